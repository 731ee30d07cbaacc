import { describe, expect, it } from 'vitest';
import {
  ALWAYS_ON_HOURS,
  faqFineTuneCost,
  fineTuneCostFromGpuHours,
  gpuMonthlyCostFromRate,
  qualityFactorFromRates,
} from '../../src/calculator/index.ts';
import { analysisOf, issuesOf, presetScenario } from './support.ts';

const core = presetScenario('core-formula');
const { fineTuneCost: _c, gpuMonthlyCost: _g, ...coreWithoutCosts } = core;

describe('alternatives to the direct inputs', () => {
  it('r from apiCostAfter: r = 1 − F/A', () => {
    const analysis = analysisOf(presetScenario('customer-support'));
    expect(analysis.reductionPct).toBeCloseTo((1 - 200 / 15_000) * 100, 12);
    expect(analysis.monthlyApiSavings).toBeCloseTo(14_800, 9);
  });

  it('r = 0 when nothing of the bill disappears; r = 100 by default', () => {
    expect(analysisOf({ ...core, apiCostAfter: 10_000 }).monthlyApiSavings).toBe(0);
    expect(analysisOf(core).reductionPct).toBe(100);
  });

  it('q from completion and retry rates: each retry is a full extra call', () => {
    // 95 % → 90 % completion, 20 % → 5 % retries: (90/95) × (1.20/1.05).
    const expected = (90 / 95) * (1.2 / 1.05) * 100;
    expect(qualityFactorFromRates(95, 90, 20, 5)).toBeCloseTo(expected, 12);
    const analysis = analysisOf({
      ...core,
      completionBeforePct: 95,
      completionAfterPct: 90,
      retryBeforePct: 20,
      retryAfterPct: 5,
    });
    expect(analysis.qualityFactorPct).toBeCloseTo(expected, 12);
    expect(analysis.monthlyApiSavings).toBeCloseTo((expected / 100) * 10_000, 9);
  });

  it('q from completion rates alone takes no retries', () => {
    const analysis = analysisOf({ ...core, completionBeforePct: 80, completionAfterPct: 60 });
    expect(analysis.qualityFactorPct).toBeCloseTo(75, 12);
  });

  it('a retry rate doubles the calls at 100 %, so halving retries is not a 2× factor', () => {
    expect(qualityFactorFromRates(100, 100, 100, 0)).toBe(200);
    expect(qualityFactorFromRates(100, 100, 50, 25)).toBeCloseTo((1.5 / 1.25) * 100, 12);
  });

  it('rates that give q above 200 % are refused, naming the field', () => {
    const issues = issuesOf({ ...core, completionBeforePct: 10, completionAfterPct: 100 });
    expect(issues.map((i) => i.field)).toEqual(['completionAfterPct']);
    expect(issues[0]?.message).toContain('200 %');
  });

  it('C from gpuHours × gpuHourlyRate (× trainingRuns)', () => {
    expect(fineTuneCostFromGpuHours(4, 2.4)).toBeCloseTo(9.6, 12);
    expect(
      analysisOf({ ...core, fineTuneCost: undefined, gpuHours: 4, gpuHourlyRate: 2.4 }).upfrontCost,
    ).toBeCloseTo(9.6, 12);
    expect(
      analysisOf({ ...core, fineTuneCost: undefined, gpuHours: 4, gpuHourlyRate: 2.4, trainingRuns: 3 })
        .upfrontCost,
    ).toBeCloseTo(28.8, 12);
  });

  it('gpuHours without a rate asks for gpuHourlyRate', () => {
    const issues = issuesOf({ ...coreWithoutCosts, gpuMonthlyCost: 1_000, gpuHours: 4 });
    expect(issues.map((i) => i.field)).toEqual(['gpuHourlyRate']);
  });

  it('G from inferenceHourlyRate × 720 hours by default, or × the hours given', () => {
    expect(ALWAYS_ON_HOURS).toBe(24 * 30);
    expect(gpuMonthlyCostFromRate(0.28)).toBeCloseTo(201.6, 12);
    const always = analysisOf({ ...coreWithoutCosts, fineTuneCost: 500, inferenceHourlyRate: 0.28 });
    expect(always.monthlyRunCost).toBeCloseTo(201.6, 12);
    const partTime = analysisOf({
      ...coreWithoutCosts,
      fineTuneCost: 500,
      inferenceHourlyRate: 0.28,
      inferenceHoursPerMonth: 200,
    });
    expect(partTime.monthlyRunCost).toBeCloseTo(56, 12);
  });

  it('serving hours without a rate ask for inferenceHourlyRate', () => {
    const issues = issuesOf({ ...coreWithoutCosts, fineTuneCost: 500, inferenceHoursPerMonth: 200 });
    expect(issues.map((i) => i.field)).toEqual(['inferenceHourlyRate']);
  });

  it('with-engineering: E = 4 weeks × 40 h × $200 = $32,000 and U = $32,500', () => {
    const analysis = analysisOf(presetScenario('with-engineering'));
    expect(analysis.engineeringCost).toBe(32_000);
    expect(analysis.upfrontCost).toBe(32_500);
  });

  it('retraining adds to the monthly run cost', () => {
    const analysis = analysisOf({ ...core, retrainMonthlyCost: 200 });
    expect(analysis.monthlyRunCost).toBe(1_200);
    expect(analysis.monthlyNetSavings).toBe(8_800);
  });
});

describe('fine-tuning time from the article’s FAQ', () => {
  it('7B QLoRA at $2.40/h: 2–4 h on 1 GPU is $4.80–$9.60, point $7.20', () => {
    const faq = faqFineTuneCost('7B', 'qlora', 2.4);
    expect(faq?.low).toBeCloseTo(4.8, 12);
    expect(faq?.point).toBeCloseTo(7.2, 12);
    expect(faq?.high).toBeCloseTo(9.6, 12);
    const analysis = analysisOf({
      ...coreWithoutCosts,
      gpuMonthlyCost: 1_000,
      modelSize: '7B',
      method: 'qlora',
      gpuHourlyRate: 2.4,
    });
    expect(analysis.upfrontCost).toBeCloseTo(7.2, 12);
    expect(analysis.fineTuneCostRange?.low).toBeCloseTo(4.8, 12);
    expect(analysis.fineTuneCostRange?.high).toBeCloseTo(9.6, 12);
  });

  it('70B QLoRA: 8–16 h on 1 GPU', () => {
    expect(faqFineTuneCost('70B', 'qlora', 2)).toMatchObject({ low: 16, point: 24, high: 32, gpus: 1 });
  });

  it('70B full: 24–48 h × 8 GPUs', () => {
    expect(faqFineTuneCost('70B', 'full', 2)).toEqual({
      low: 24 * 8 * 2,
      point: 36 * 8 * 2,
      high: 48 * 8 * 2,
      gpus: 8,
      lowHours: 24,
      highHours: 48,
    });
  });

  it('trainingRuns multiplies every end', () => {
    expect(faqFineTuneCost('7B', 'qlora', 2.4, 2)).toMatchObject({ low: 9.6, high: 19.2 });
  });

  it('an unknown pair (7B full) asks for hours', () => {
    expect(faqFineTuneCost('7B', 'full', 2.4)).toBeUndefined();
    const issues = issuesOf({
      ...coreWithoutCosts,
      gpuMonthlyCost: 1_000,
      modelSize: '7B',
      method: 'full',
      gpuHourlyRate: 2.4,
    });
    expect(issues.map((i) => i.field)).toEqual(['gpuHours']);
    expect(issues[0]?.message).toContain('7B + full');
  });

  it('the FAQ estimate without a rate asks for gpuHourlyRate', () => {
    const issues = issuesOf({ ...coreWithoutCosts, gpuMonthlyCost: 1_000, modelSize: '7B', method: 'qlora' });
    expect(issues.map((i) => i.field)).toEqual(['gpuHourlyRate']);
  });

  it('a typed fineTuneCost wins over the FAQ estimate and says so', () => {
    const analysis = analysisOf({ ...core, modelSize: '7B', method: 'qlora', gpuHourlyRate: 2.4 });
    expect(analysis.upfrontCost).toBe(500);
    expect(analysis.fineTuneCostRange).toBeUndefined();
    expect(analysis.inputs.notes.join(' ')).toContain(
      'the typed $500.00 was used, not the estimate of $7.20',
    );
  });
});
