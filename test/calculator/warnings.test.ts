import { describe, expect, it } from 'vitest';
import type { PriceBook, Scenario, WarningId } from '../../src/calculator/index.ts';
import { analysisOf, presetScenario } from './support.ts';

// Each warning on both sides of its threshold (spec, "Warnings"), from scenarios that raise no other.
const support = presetScenario('customer-support'); // A $15,000, F $200, G $200, C $9.60: no warnings
const core: Scenario = { ...presetScenario('core-formula'), trainingExamples: 10_000, repetitive: true };

const fires = (id: WarningId, scenario: Scenario, options = {}) =>
  analysisOf(scenario, options).warnings.includes(id);

describe('warnings fire at their thresholds, and not before', () => {
  it('the presets the spec pins raise none of them', () => {
    expect(analysisOf(support).warnings).toEqual([]);
    expect(analysisOf(core).warnings).toEqual([]);
  });

  it('low-volume: A under $2,000; $2,000 itself is not', () => {
    expect(fires('low-volume', { ...support, apiMonthlyCost: 1_999.99 })).toBe(true);
    expect(fires('low-volume', { ...support, apiMonthlyCost: 2_000 })).toBe(false);
  });

  it('rapidly-evolving: a task that changes weekly, and no slower cadence', () => {
    expect(fires('rapidly-evolving', { ...support, taskChangeCadence: 'weekly' })).toBe(true);
    for (const cadence of ['monthly', 'quarterly', 'stable'] as const)
      expect(fires('rapidly-evolving', { ...support, taskChangeCadence: cadence })).toBe(false);
  });

  it('high-quality-bar: 98 % or more of GPT-4-class quality', () => {
    expect(fires('high-quality-bar', { ...support, qualityBarPct: 98 })).toBe(true);
    expect(fires('high-quality-bar', { ...support, qualityBarPct: 100 })).toBe(true);
    expect(fires('high-quality-bar', { ...support, qualityBarPct: 97.9 })).toBe(false);
  });

  it('one-off: a use case that is not repetitive', () => {
    expect(fires('one-off', { ...support, repetitive: false })).toBe(true);
    expect(fires('one-off', support)).toBe(false);
  });

  it('data-scarcity: under 5,000 examples; 5,000 itself is not', () => {
    expect(fires('data-scarcity', { ...support, trainingExamples: 4_999 })).toBe(true);
    expect(fires('data-scarcity', { ...support, trainingExamples: 5_000 })).toBe(false);
  });

  it('engineering-dominated: E above the first-year net savings; equal is not', () => {
    // S = $9,000 a month: $108,000 in year 1, which is 13.5 weeks × 40 h × $200/h.
    const at = { ...core, engineeringWeeks: 13.5 };
    expect(analysisOf(at).engineeringCost).toBe(analysisOf(at).firstYearNetSavings);
    expect(fires('engineering-dominated', at)).toBe(false);
    expect(fires('engineering-dominated', { ...at, engineerHourlyRate: 200.01 })).toBe(true);
  });

  it('engineering-dominated needs some engineering: E = 0 never dominates, even against a loss', () => {
    const loss = { ...core, gpuMonthlyCost: 20_000 };
    expect(analysisOf(loss).firstYearNetSavings).toBeLessThan(0);
    expect(fires('engineering-dominated', loss)).toBe(false);
    expect(fires('engineering-dominated', { ...loss, engineeringWeeks: 0.1 })).toBe(true);
  });

  it('long-break-even: over 12 months, or never; exactly 12 is not', () => {
    // U / S with S = $9,000: $108,000 is exactly 12 months.
    expect(analysisOf({ ...core, fineTuneCost: 108_000 }).breakEvenMonths).toBe(12);
    expect(fires('long-break-even', { ...core, fineTuneCost: 108_000 })).toBe(false);
    expect(fires('long-break-even', { ...core, fineTuneCost: 108_001 })).toBe(true);
    expect(fires('long-break-even', { ...core, gpuMonthlyCost: 20_000 })).toBe(true);
  });

  it('idle-capacity: under 10 % achieved utilisation; 10 % itself is not', () => {
    const { gpuMonthlyCost: _g, ...unserved } = support;
    // One GPU at 500 tokens/s serves 500 × 3,600 × 720 = 1.296B tokens a month flat out.
    const serving = (servedTokensPerMonth: number): Scenario => ({
      ...unserved,
      servedTokensPerMonth,
      gpuTokensPerSecond: 500,
      inferenceHourlyRate: 1.09,
    });
    expect(analysisOf(serving(1.296e8)).achievedUtilizationPct).toBe(10);
    expect(fires('idle-capacity', serving(1.296e8))).toBe(false);
    expect(fires('idle-capacity', serving(1.295e8))).toBe(true);
  });

  it('stale-price: a catalogue figure used more than 90 days after its as-of date', () => {
    const gpu = {
      id: 'runpod:h100-sxm',
      label: 'RunPod H100 SXM',
      source: 'runpod.io/pricing',
      asOf: '2026-03-01',
      usdPerGpuHour: 2.69,
    };
    const prices: PriceBook = {
      apiModel: (id) => ({ ok: false, error: `no API model "${id}"` }),
      gpu: () => ({ ok: true, value: gpu }),
    };
    const { fineTuneCost: _c, ...untuned } = support;
    const scenario: Scenario = { ...untuned, trainGpu: gpu.id, gpuHours: 4 };
    expect(fires('stale-price', scenario, { prices, today: new Date(2026, 4, 30) })).toBe(false); // 90 days
    expect(fires('stale-price', scenario, { prices, today: new Date(2026, 4, 31) })).toBe(true); // 91 days
  });
});
