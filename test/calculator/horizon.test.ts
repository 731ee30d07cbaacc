import { describe, expect, it } from 'vitest';
import { PRESET_IDS, type Scenario } from '../../src/calculator/index.ts';
import { analysisOf, presetScenario, START } from './support.ts';

interface Plain {
  A: number;
  r: number;
  q: number;
  G: number;
  R: number;
  U: number;
  apiPct?: number;
  gpuPct?: number;
  volumePct?: number;
}

/** The spec's month-by-month model, written out by hand and independent of src/. */
const factor = (pctPerYear = 0, m: number) => (1 + pctPerYear / 100) ** ((m - 1) / 12);
const savingsIn = (p: Plain, m: number) => p.q * p.r * p.A * factor(p.apiPct, m) * factor(p.volumePct, m);
const runIn = (p: Plain, m: number) => (p.G + p.R) * factor(p.gpuPct, m);

function handRoi(p: Plain, H: number): { roi: number; netBenefit: number } {
  let sa = 0;
  let run = 0;
  for (let m = 1; m <= H; m++) {
    sa += savingsIn(p, m);
    run += runIn(p, m);
  }
  return { roi: ((sa - (p.U + run)) / (p.U + run)) * 100, netBenefit: sa - run - p.U };
}

/** First point where Σ (Sa − Run) reaches U, linear within the month; null past 120 months. */
function handBreakEven(p: Plain): number | null {
  let cumulative = 0;
  for (let m = 1; m <= 120; m++) {
    const net = savingsIn(p, m) - runIn(p, m);
    if (net > 0 && cumulative < p.U && cumulative + net >= p.U) return m - 1 + (p.U - cumulative) / net;
    cumulative += net;
  }
  return null;
}

const KEY_FIGURES = [
  'engineeringCost',
  'upfrontCost',
  'monthlyApiSavings',
  'monthlyRunCost',
  'monthlyNetSavings',
  'breakEvenMonths',
  'roi12',
  'roi36',
  'netBenefit12',
  'netBenefit36',
  'minApiBillFor6MonthPayback',
  'targets',
  'quickTest',
  'verdict',
  'warnings',
  'breakEvenDate',
  'cashFlow',
] as const;

const keyFigures = (scenario: Scenario) => {
  const analysis = analysisOf({ ...scenario, startDate: START });
  return Object.fromEntries(KEY_FIGURES.map((k) => [k, analysis[k]]));
};

describe('change over the horizon', () => {
  it.each(PRESET_IDS)('%s is unchanged with the new inputs absent or at 0', (id) => {
    const scenario = presetScenario(id);
    const zero = { apiPriceChangePctPerYear: 0, gpuPriceChangePctPerYear: 0, volumeGrowthPctPerYear: 0 };
    const before = keyFigures(scenario);
    expect(keyFigures({ ...scenario, ...zero })).toEqual(before);
    const analysis = analysisOf(scenario);
    expect(analysis.uncertainty).toBeUndefined();
    expect(analysis.gpusNeeded).toBeUndefined();
    expect(analysis.fineTuneCostRange).toBeUndefined();
  });

  describe('customer-support with API prices falling 30 % a year', () => {
    const plain: Plain = { A: 15_000, r: 1 - 200 / 15_000, q: 1, G: 200, R: 0, U: 9.6, apiPct: -30 };
    const analysis = analysisOf({ ...presetScenario('customer-support'), apiPriceChangePctPerYear: -30 });

    it('ROI and net benefit sum months 1–12 and 1–36 at 0.7^((m−1)/12)', () => {
      expect(analysis.roi12).toBeCloseTo(handRoi(plain, 12).roi, 9);
      expect(analysis.roi36).toBeCloseTo(handRoi(plain, 36).roi, 9);
      expect(analysis.netBenefit12).toBeCloseTo(handRoi(plain, 12).netBenefit, 8);
      expect(analysis.netBenefit36).toBeCloseTo(handRoi(plain, 36).netBenefit, 8);
      // The same vectors, computed once outside the project (Python).
      expect(analysis.roi12).toBeCloseTo(6_191.945_060_803, 6);
      expect(analysis.roi36).toBeCloseTo(4_505.351_904_758, 6);
      expect(analysis.netBenefit12).toBeCloseTo(149_201.108_185, 4);
      expect(analysis.netBenefit36).toBeCloseTo(324_817.850_925, 4);
    });

    it('is below the flat-price ROI (7,270.5 %)', () => {
      expect(analysis.roi12).toBeLessThan(7_270);
    });

    it('keeps month 1’s monthly figures and pays back within month 1', () => {
      expect(analysis.monthlyNetSavings).toBeCloseTo(14_600, 9);
      expect(analysis.breakEvenMonths).toBeCloseTo(9.6 / 14_600, 12);
      expect(analysis.verdict).toBe('GO');
    });

    it('the cash-flow series carries each month’s figures', () => {
      const flows = analysis.cashFlow;
      expect(flows).toHaveLength(37);
      expect(flows[0]).toEqual({ month: 0, apiSavings: 0, runCost: 0, netSavings: 0, cumulative: -9.6 });
      let cumulative = -9.6;
      for (const flow of flows.slice(1)) {
        cumulative += savingsIn(plain, flow.month) - runIn(plain, flow.month);
        expect(flow.apiSavings).toBeCloseTo(savingsIn(plain, flow.month), 8);
        expect(flow.runCost).toBe(200);
        expect(flow.cumulative).toBeCloseTo(cumulative, 6);
      }
      expect(flows[13]?.apiSavings).toBeCloseTo(14_800 * 0.7, 8);
      expect(flows[25]?.apiSavings).toBeCloseTo(14_800 * 0.49, 8);
    });
  });

  it('break-even several months out: the cumulative search, linear within the month', () => {
    // with-engineering (U = $32,500) with API prices falling 30 % a year.
    const plain: Plain = { A: 10_000, r: 1, q: 1, G: 1_000, R: 0, U: 32_500, apiPct: -30 };
    const analysis = analysisOf({ ...presetScenario('with-engineering'), apiPriceChangePctPerYear: -30 });
    const hand = handBreakEven(plain);
    expect(hand).toBeGreaterThan(3);
    expect(hand).toBeLessThan(4);
    expect(analysis.breakEvenMonths).toBeCloseTo(hand as number, 10);
    expect(analysis.breakEvenMonths).toBeCloseTo(3.781_890_038_589, 9); // computed outside (Python)
    expect(analysis.breakEvenMonths).not.toBeCloseTo(32_500 / 9_000, 2); // the flat-price 3.61
    expect(analysis.roi12).toBeCloseTo(handRoi(plain, 12).roi, 9);
    expect(analysis.roi36).toBeCloseTo(handRoi(plain, 36).roi, 9);
  });

  it('GPU prices and traffic drift too, with retraining in the run cost', () => {
    const scenario = {
      ...presetScenario('with-engineering'),
      retrainMonthlyCost: 200,
      gpuPriceChangePctPerYear: 50,
      volumeGrowthPctPerYear: 100,
    };
    const plain: Plain = { A: 10_000, r: 1, q: 1, G: 1_000, R: 200, U: 32_500, gpuPct: 50, volumePct: 100 };
    const analysis = analysisOf(scenario);
    expect(analysis.breakEvenMonths).toBeCloseTo(handBreakEven(plain) as number, 10);
    expect(analysis.roi12).toBeCloseTo(handRoi(plain, 12).roi, 9);
    expect(analysis.roi36).toBeCloseTo(handRoi(plain, 36).roi, 9);
    expect(analysis.cashFlow[7]?.runCost).toBeCloseTo(1_200 * 1.5 ** 0.5, 9);
  });

  it('a pay-back beyond 120 months is never', () => {
    const scenario = { ...presetScenario('core-formula'), fineTuneCost: 1e6, apiPriceChangePctPerYear: -90 };
    const analysis = analysisOf(scenario);
    expect(analysis.monthlyNetSavings).toBe(9_000);
    expect(analysis.breakEvenMonths).toBeNull();
    expect(analysis.breakEvenDate).toBeNull();
    expect(analysis.warnings).toContain('long-break-even');
    expect(analysis.verdict).toBe('NO-GO');
  });

  it('a slow pay-back found late in the search', () => {
    // $100 a month net, growing with traffic, against $20,000 upfront.
    const plain: Plain = { A: 2_000, r: 1, q: 1, G: 1_900, R: 0, U: 20_000, volumePct: 10 };
    const analysis = analysisOf({
      apiMonthlyCost: 2_000,
      gpuMonthlyCost: 1_900,
      fineTuneCost: 20_000,
      volumeGrowthPctPerYear: 10,
      trainingExamples: 0,
      repetitive: true,
    });
    const hand = handBreakEven(plain);
    expect(hand).toBeGreaterThan(36);
    expect(analysis.breakEvenMonths).toBeCloseTo(hand as number, 9);
  });

  it('with nothing upfront and a loss in month 1, pay-back is where the cumulative climbs back to 0', () => {
    const plain: Plain = { A: 1_000, r: 1, q: 1, G: 1_100, R: 0, U: 0, volumePct: 100 };
    const analysis = analysisOf({
      apiMonthlyCost: 1_000,
      gpuMonthlyCost: 1_100,
      fineTuneCost: 0,
      volumeGrowthPctPerYear: 100,
      trainingExamples: 0,
      repetitive: true,
    });
    const hand = handBreakEven(plain);
    expect(hand).toBeGreaterThan(4);
    expect(hand).toBeLessThan(5);
    expect(analysis.monthlyNetSavings).toBe(-100);
    expect(analysis.breakEvenMonths).toBeCloseTo(hand as number, 10);
  });

  it('with nothing upfront and savings from month 1, break-even is 0', () => {
    const analysis = analysisOf({ ...presetScenario('quick-answer'), apiPriceChangePctPerYear: -30 });
    expect(analysis.breakEvenMonths).toBe(0);
  });
});
