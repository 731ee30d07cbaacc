import { describe, expect, it } from 'vitest';
import { parseInline, type Scenario } from '../../src/calculator/index.ts';
import { analysisOf, issuesOf, presetScenario } from './support.ts';

const GPU = { low: 150, mode: 275, high: 400 };

/** The triangular distribution's CDF and inverse, by hand, for the independent estimates. */
function triangularCdf(x: number, { low, mode, high } = GPU): number {
  if (x <= low) return 0;
  if (x >= high) return 1;
  return x <= mode
    ? (x - low) ** 2 / ((high - low) * (mode - low))
    : 1 - (high - x) ** 2 / ((high - low) * (high - mode));
}

function triangularQuantile(p: number, { low, mode, high } = GPU): number {
  const c = (mode - low) / (high - low);
  return p < c
    ? low + Math.sqrt(p * (high - low) * (mode - low))
    : high - Math.sqrt((1 - p) * (high - low) * (high - mode));
}

/** Sa = $500 a month, U = $2,000, G ~ triangular(150, 275, 400): S = 500 − G, break-even = 2000 / S. */
const threshold: Scenario = {
  name: 'Threshold',
  apiMonthlyCost: 500,
  fineTuneCost: 2_000,
  gpuMonthlyCost: { low: 150, high: 400 },
  trainingExamples: 10_000,
  repetitive: true,
};

const uncertaintyOf = (scenario: Scenario) => {
  const spread = analysisOf(scenario).uncertainty;
  if (!spread) throw new Error('expected an uncertainty block');
  return spread;
};

describe('Monte Carlo over ranges', () => {
  const spread = uncertaintyOf(threshold);

  it('draws the spec’s 10,000 samples', () => {
    expect(spread.samples).toBe(10_000);
    expect(spread.ranges).toEqual({ gpuMonthlyCost: GPU });
  });

  it('probabilities within ±2 points of the closed form', () => {
    // Break-even ≤ N months ⟺ 500 − G ≥ 2000/N ⟺ G ≤ 500 − 2000/N.
    const within = (months: number) => triangularCdf(500 - 2_000 / months);
    expect(within(6)).toBeCloseTo(0.008_89, 5);
    expect(within(12)).toBeCloseTo(0.857_78, 5);
    expect(Math.abs(spread.pBreakEvenWithin6Months - within(6))).toBeLessThan(0.02);
    expect(Math.abs(spread.pBreakEvenWithin12Months - within(12))).toBeLessThan(0.02);
    expect(Math.abs(spread.pNumbersAgree - within(12))).toBeLessThan(0.02);
    expect(spread.pPositiveMonthlySavings).toBe(1);
  });

  it('percentiles of ROI and break-even match the transformed quantiles of G', () => {
    const roi12 = (g: number) => ((500 * 12 - (2_000 + g * 12)) / (2_000 + g * 12)) * 100;
    const breakEven = (g: number) => 2_000 / (500 - g);
    // ROI falls as G rises, so its P10 is G's P90; break-even rises with G.
    expect(Math.abs((spread.roi12.p10 ?? Number.NaN) - roi12(triangularQuantile(0.9)))).toBeLessThan(1);
    expect(Math.abs((spread.roi12.p50 ?? Number.NaN) - roi12(triangularQuantile(0.5)))).toBeLessThan(1);
    expect(Math.abs((spread.roi12.p90 ?? Number.NaN) - roi12(triangularQuantile(0.1)))).toBeLessThan(1);
    expect(
      Math.abs((spread.breakEvenMonths.p10 ?? Number.NaN) - breakEven(triangularQuantile(0.1))),
    ).toBeLessThan(0.3);
    expect(Math.abs((spread.breakEvenMonths.p50 ?? Number.NaN) - breakEven(275))).toBeLessThan(0.1);
    expect(
      Math.abs((spread.breakEvenMonths.p90 ?? Number.NaN) - breakEven(triangularQuantile(0.9))),
    ).toBeLessThan(0.3);
  });

  it('P(year-1 ROI > 100 %) within ±2 points of the closed form', () => {
    // Sa = $600, U = $1,200: ROI12 > 100 % ⟺ 7,200 > 2 (1,200 + 12 G) ⟺ G < 200.
    const roiSpread = uncertaintyOf({ ...threshold, apiMonthlyCost: 600, fineTuneCost: 1_200 });
    expect(triangularCdf(200)).toBeCloseTo(0.08, 10);
    expect(Math.abs(roiSpread.pRoi12Over100 - triangularCdf(200))).toBeLessThan(0.02);
    expect(roiSpread.pBreakEvenWithin6Months).toBe(1); // G ≤ 400 = 600 − 1,200/6
  });

  it('never paying back counts as +∞: a percentile there is null', () => {
    const never = uncertaintyOf({ ...threshold, gpuMonthlyCost: { low: 400, high: 600 } });
    const pPositive = triangularCdf(500, { low: 400, mode: 500, high: 600 });
    expect(Math.abs(never.pPositiveMonthlySavings - pPositive)).toBeLessThan(0.02);
    expect(never.breakEvenMonths.p90).toBeNull();
    expect(never.breakEvenMonths.p10).not.toBeNull();
  });

  it('the deterministic figures use the midpoint, or the mode when given', () => {
    expect(analysisOf(threshold).monthlyRunCost).toBe(275);
    expect(
      analysisOf({ ...threshold, gpuMonthlyCost: { low: 150, high: 400, mode: 200 } }).monthlyRunCost,
    ).toBe(200);
  });

  it('a mode outside its range is an error naming the field', () => {
    const issues = issuesOf({ ...threshold, gpuMonthlyCost: { low: 150, high: 400, mode: 450 } });
    expect(issues.map((i) => i.field)).toEqual(['gpuMonthlyCost']);
    expect(issues[0]?.message).toContain('mode');
  });
});

describe('determinism', () => {
  it('the same scenario gives identical figures twice, whatever its key order', () => {
    const parsed = parseInline(
      'api=15000 after=200 gpu=150..400 ft=9.6 examples=10000 repetitive=yes bar=80',
    );
    if (!parsed.ok) throw new Error('inline failed');
    const first = uncertaintyOf(parsed.value as Scenario);
    const second = uncertaintyOf(parsed.value as Scenario);
    expect(second).toEqual(first);
    const reordered = Object.fromEntries(Object.entries(parsed.value).reverse()) as Scenario;
    expect(uncertaintyOf(reordered)).toEqual(first);
  });

  it('a degenerate range (low = high) equals the deterministic figures', () => {
    const base = presetScenario('with-engineering');
    const fixed = analysisOf(base);
    const ranged = analysisOf({
      ...base,
      apiMonthlyCost: { low: 10_000, high: 10_000 },
      apiCostReductionPct: { low: 100, high: 100 },
      qualityFactorPct: { low: 100, high: 100 },
      fineTuneCost: { low: 500, high: 500 },
      gpuMonthlyCost: { low: 1_000, high: 1_000 },
      engineeringWeeks: { low: 4, high: 4 },
      apiPriceChangePctPerYear: { low: 0, high: 0 },
    });
    for (const key of ['monthlyNetSavings', 'breakEvenMonths', 'roi12', 'roi36', 'verdict'] as const)
      expect(ranged[key]).toEqual(fixed[key]);
    const spread = ranged.uncertainty;
    expect(spread?.samples).toBe(10_000);
    expect(spread?.roi12).toEqual({ p10: fixed.roi12, p50: fixed.roi12, p90: fixed.roi12 });
    expect(spread?.breakEvenMonths).toEqual({
      p10: fixed.breakEvenMonths,
      p50: fixed.breakEvenMonths,
      p90: fixed.breakEvenMonths,
    });
    expect(spread?.pPositiveMonthlySavings).toBe(1);
    expect(spread?.pBreakEvenWithin6Months).toBe(1);
    expect(spread?.pRoi12Over100).toBe(1);
    expect(spread?.pNumbersAgree).toBe(1);
  });

  it('the samples option sizes the run', () => {
    expect(analysisOf(threshold, { samples: 200 }).uncertainty?.samples).toBe(200);
  });
});

describe('the seed', () => {
  it('ignores what the model never reads: the name, the start date and the verdict-only inputs', () => {
    const renamed: Scenario = {
      ...threshold,
      name: 'Another name',
      startDate: '2027-03-01',
      trainingExamples: 10,
      repetitive: false,
      qualityBarPct: 99,
      taskChangeCadence: 'weekly',
    };
    expect(uncertaintyOf(renamed)).toEqual(uncertaintyOf(threshold));
  });

  it('follows the model inputs: two scenarios with the same spread of S still draw differently', () => {
    // A and G both $100 higher: S = A − G is the same function of the uniform draws, so a constant seed
    // would give the same break-even percentiles to the last few bits.
    const shifted: Scenario = { ...threshold, apiMonthlyCost: 600, gpuMonthlyCost: { low: 250, high: 500 } };
    const a = uncertaintyOf(threshold).breakEvenMonths;
    const b = uncertaintyOf(shifted).breakEvenMonths;
    expect(Math.abs((a.p50 ?? Number.NaN) - (b.p50 ?? Number.NaN))).toBeGreaterThan(1e-6);
    expect(Math.abs((a.p50 ?? Number.NaN) - (b.p50 ?? Number.NaN))).toBeLessThan(0.1);
  });
});
