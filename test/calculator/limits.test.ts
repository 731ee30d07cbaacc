import { describe, expect, it } from 'vitest';
import { analysisOf, START } from './support.ts';

const base = { trainingExamples: 0, repetitive: false, startDate: START };

/** Valid inputs at the edges of floating point and of the calendar: figures or null, never a throw. */
describe('limits', () => {
  it('a pay-back too far out for a calendar keeps its months but has no date', () => {
    // $1 a month against $1M upfront and $0.70 of GPU: 3.3 million months, past year 275,760.
    const analysis = analysisOf({ ...base, apiMonthlyCost: 1, gpuMonthlyCost: 0.7, fineTuneCost: 1e6 });
    expect(analysis.breakEvenMonths).toBeCloseTo(1e6 / 0.3, 3);
    expect(analysis.breakEvenDate).toBeNull();
  });

  it('a break-even that overflows a double is never, not Infinity', () => {
    // S = 10 × 1e-301 = 1e-300 a month against $1B: 1e309 months, past the largest double.
    const analysis = analysisOf({
      ...base,
      apiMonthlyCost: 10,
      apiCostReductionPct: 1e-299,
      fineTuneCost: 1e9,
      gpuMonthlyCost: 0,
    });
    expect(analysis.monthlyNetSavings).toBeGreaterThan(0);
    expect(analysis.breakEvenMonths).toBeNull();
    expect(analysis.minApiBillFor6MonthPayback).toBeNull();
    expect(analysis.verdict).toBe('NO-GO');
  });

  it('an ROI over a subnormal cost is n/a (null), not Infinity', () => {
    const analysis = analysisOf({
      ...base,
      apiMonthlyCost: 1e7,
      fineTuneCost: 0,
      gpuMonthlyCost: 0,
      retrainMonthlyCost: 5e-324,
    });
    expect(analysis.roi12).toBeNull();
    expect(analysis.roi36).toBeNull();
    expect(analysis.breakEvenMonths).toBe(0);
  });

  it('zero total cost leaves ROI undefined, as the spec says', () => {
    const analysis = analysisOf({ ...base, apiMonthlyCost: 1_000, fineTuneCost: 0, gpuMonthlyCost: 0 });
    expect(analysis.roi12).toBeNull();
    expect(analysis.roi36).toBeNull();
    expect(analysis.targets.roi12).toBe(false);
  });

  it('nothing saved (r = 0) has no smallest paying bill', () => {
    const analysis = analysisOf({
      ...base,
      apiMonthlyCost: 1_000,
      apiCostReductionPct: 0,
      fineTuneCost: 0,
      gpuMonthlyCost: 0,
    });
    expect(analysis.minApiBillFor6MonthPayback).toBeNull();
    expect(analysis.breakEvenMonths).toBeNull();
  });
});
