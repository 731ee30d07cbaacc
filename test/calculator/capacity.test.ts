import { describe, expect, it } from 'vitest';
import { analysisOf, issuesOf, presetScenario, schemaIssuesOf } from './support.ts';

const { gpuMonthlyCost: _g, ...support } = presetScenario('customer-support');

/** The spec's formula by hand: the GPUs to serve the month's tokens at the target utilisation. */
const gpusFor = (served: number, tps: number, hours = 720, utilization = 50, minReplicas = 1) =>
  Math.max(minReplicas, Math.ceil(served / (tps * 3600 * hours * (utilization / 100))));

describe('serving capacity from throughput', () => {
  it('1B tokens a month at 500 tokens/s and 50 % utilisation needs exactly 2 GPUs', () => {
    // One GPU serves 500 × 3600 × 720 = 1.296B tokens a month flat out, 648M at 50 %.
    expect(gpusFor(1e9, 500)).toBe(2);
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
      inferenceHourlyRate: 1.09,
    });
    expect(analysis.gpusNeeded).toBe(2);
    expect(analysis.monthlyRunCost).toBeCloseTo(2 * 1.09 * 720, 9);
    expect(analysis.achievedUtilizationPct).toBeCloseTo((1e9 / (2 * 500 * 3600 * 720)) * 100, 9);
    expect(analysis.achievedUtilizationPct).toBeCloseTo(38.58, 2);
    expect(analysis.warnings).not.toContain('idle-capacity');
  });

  it('a higher target utilisation fits the same traffic on 1 GPU', () => {
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
      targetUtilizationPct: 80,
      inferenceHourlyRate: 1.09,
    });
    expect(analysis.gpusNeeded).toBe(gpusFor(1e9, 500, 720, 80));
    expect(analysis.gpusNeeded).toBe(1);
  });

  it('minReplicas is a floor', () => {
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
      minReplicas: 3,
      inferenceHourlyRate: 1.09,
    });
    expect(analysis.gpusNeeded).toBe(3);
    expect(analysis.monthlyRunCost).toBeCloseTo(3 * 1.09 * 720, 9);
  });

  it('the serving hours count in both the capacity and the cost', () => {
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
      inferenceHoursPerMonth: 200,
      inferenceHourlyRate: 1.09,
    });
    expect(analysis.gpusNeeded).toBe(gpusFor(1e9, 500, 200));
    expect(analysis.gpusNeeded).toBe(6);
    expect(analysis.monthlyRunCost).toBeCloseTo(6 * 1.09 * 200, 9);
  });

  it('under 10 % achieved utilisation warns idle-capacity', () => {
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 1e8,
      gpuTokensPerSecond: 500,
      inferenceHourlyRate: 1.09,
    });
    expect(analysis.gpusNeeded).toBe(1);
    expect(analysis.achievedUtilizationPct).toBeCloseTo((1e8 / 1.296e9) * 100, 9);
    expect(analysis.warnings).toEqual(['idle-capacity']);
  });

  it('growing traffic adds GPUs month by month (G_m at volume v(m))', () => {
    const analysis = analysisOf({
      ...support,
      servedTokensPerMonth: 6e8,
      gpuTokensPerSecond: 500,
      inferenceHourlyRate: 1,
      volumeGrowthPctPerYear: 100,
    });
    expect(analysis.gpusNeeded).toBe(1);
    for (const flow of analysis.cashFlow.slice(1)) {
      const volume = 2 ** ((flow.month - 1) / 12);
      expect(flow.runCost).toBeCloseTo(gpusFor(6e8 * volume, 500) * 720, 9);
    }
    expect(analysis.cashFlow[2]?.runCost).toBe(720);
    expect(analysis.cashFlow[3]?.runCost).toBe(1_440);
  });

  it('the throughput model needs a serving rate', () => {
    const issues = issuesOf({ ...support, servedTokensPerMonth: 1e9, gpuTokensPerSecond: 500 });
    expect(issues.map((i) => i.field)).toEqual(['inferenceHourlyRate']);
  });

  it('is an alternative to gpuMonthlyCost: both is an error', () => {
    const issues = schemaIssuesOf({
      ...presetScenario('customer-support'),
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
    });
    expect(issues.map((i) => i.field)).toEqual(['gpuMonthlyCost']);
  });
});
