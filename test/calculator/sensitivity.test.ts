import { describe, expect, it } from 'vitest';
import { cases, computeCore, PRESET_IDS, type TornadoRow, tornado } from '../../src/calculator/index.ts';
import { analysisOf, presetScenario } from './support.ts';

const INPUTS = [
  'apiMonthlyCost',
  'reductionPct',
  'qualityFactorPct',
  'gpuMonthlyCost',
  'fineTuneCost',
  'engineeringWeeks',
];

const rowFor = (rows: TornadoRow[], input: string): TornadoRow => {
  const row = rows.find((r) => r.input === input);
  if (!row) throw new Error(`no tornado row for ${input}`);
  return row;
};

describe('tornado', () => {
  it.each(PRESET_IDS)('%s: six rows, one per input, sorted by swing descending', (id) => {
    const rows = tornado(analysisOf(presetScenario(id)).inputs);
    expect(rows.map((r) => r.input).sort()).toEqual([...INPUTS].sort());
    const swings = rows.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    for (const row of rows)
      expect(row.swing).toBeCloseTo(Math.abs((row.high.roi12 ?? 0) - (row.low.roi12 ?? 0)), 9);
  });

  it('moves each input ±20 %, clamped to its valid range (reduction ≤ 100 %)', () => {
    const { inputs } = analysisOf(presetScenario('customer-support'));
    const rows = tornado(inputs);
    const r = (1 - 200 / 15_000) * 100;
    const expected: Record<string, [number, number]> = {
      apiMonthlyCost: [12_000, 18_000],
      reductionPct: [r * 0.8, 100], // 118.4 % clamped
      qualityFactorPct: [80, 120],
      gpuMonthlyCost: [160, 240],
      fineTuneCost: [7.68, 11.52],
      engineeringWeeks: [0, 0],
    };
    for (const [input, [low, high]] of Object.entries(expected)) {
      const row = rowFor(rows, input);
      expect(row.basis).toBe('±20%');
      expect(row.low.value).toBeCloseTo(low, 9);
      expect(row.high.value).toBeCloseTo(high, 9);
    }
  });

  it('the quality factor is clamped at 200 %', () => {
    const { inputs } = analysisOf({ ...presetScenario('core-formula'), qualityFactorPct: 180 });
    const row = rowFor(tornado(inputs), 'qualityFactorPct');
    expect(row.low.value).toBeCloseTo(144, 9);
    expect(row.high.value).toBe(200);
  });

  it('each point is the year-1 ROI and break-even with that one input moved, by hand', () => {
    const { inputs } = analysisOf(presetScenario('customer-support'));
    const gpu = rowFor(tornado(inputs), 'gpuMonthlyCost');
    const roi = (g: number) => ((14_800 * 12 - (9.6 + g * 12)) / (9.6 + g * 12)) * 100;
    expect(gpu.low.roi12).toBeCloseTo(roi(160), 9);
    expect(gpu.high.roi12).toBeCloseTo(roi(240), 9);
    expect(gpu.low.breakEvenMonths).toBeCloseTo(9.6 / (14_800 - 160), 12);
    expect(gpu.high.breakEvenMonths).toBeCloseTo(9.6 / (14_800 - 240), 12);
  });

  it('with-engineering: the engineering effort row moves 4 weeks to 3.2 and 4.8', () => {
    const { inputs } = analysisOf(presetScenario('with-engineering'));
    const row = rowFor(tornado(inputs), 'engineeringWeeks');
    expect(row.low.value).toBeCloseTo(3.2, 12);
    expect(row.high.value).toBeCloseTo(4.8, 12);
    const roi = (weeks: number) => {
      const U = 500 + weeks * 40 * 200;
      return ((120_000 - (U + 12_000)) / (U + 12_000)) * 100;
    };
    expect(row.low.roi12).toBeCloseTo(roi(3.2), 9);
    expect(row.high.roi12).toBeCloseTo(roi(4.8), 9);
  });

  it('moves the GPU cost under drift with the throughput model too', () => {
    const { inputs } = analysisOf({
      ...presetScenario('customer-support'),
      gpuMonthlyCost: undefined,
      servedTokensPerMonth: 1e9,
      gpuTokensPerSecond: 500,
      inferenceHourlyRate: 1.09,
      apiPriceChangePctPerYear: -30,
    });
    const G = 2 * 1.09 * 720;
    let savings = 0;
    for (let m = 1; m <= 12; m++) savings += 14_800 * 0.7 ** ((m - 1) / 12);
    const roi = (g: number) => ((savings - (9.6 + g * 12)) / (9.6 + g * 12)) * 100;
    const gpu = rowFor(tornado(inputs), 'gpuMonthlyCost');
    expect(gpu.low.roi12).toBeCloseTo(roi(0.8 * G), 9);
    expect(gpu.high.roi12).toBeCloseTo(roi(1.2 * G), 9);
    expect(gpu.swing).toBeGreaterThan(0);
  });

  it('uses the range ends for an input given as a range', () => {
    const analysis = analysisOf(
      {
        ...presetScenario('customer-support'),
        gpuMonthlyCost: { low: 150, high: 400 },
        engineeringWeeks: { low: 1, high: 4 },
      },
      { samples: 100 },
    );
    const rows = tornado(analysis.inputs, analysis.uncertainty?.ranges);
    const gpu = rowFor(rows, 'gpuMonthlyCost');
    expect(gpu.basis).toBe('range');
    expect([gpu.low.value, gpu.high.value]).toEqual([150, 400]);
    const weeks = rowFor(rows, 'engineeringWeeks');
    expect(weeks.basis).toBe('range');
    expect([weeks.low.value, weeks.high.value]).toEqual([1, 4]);
    expect(rowFor(rows, 'fineTuneCost').basis).toBe('±20%');
  });
});

describe('pessimistic, expected and optimistic cases', () => {
  it.each(PRESET_IDS)('%s: pessimistic ≤ expected ≤ optimistic on year-1 ROI', (id) => {
    const { inputs, roi12 } = analysisOf(presetScenario(id));
    const [pessimistic, expected, optimistic] = cases(inputs);
    expect([pessimistic?.name, expected?.name, optimistic?.name]).toEqual([
      'pessimistic',
      'expected',
      'optimistic',
    ]);
    expect(expected?.figures.roi12).toBe(roi12);
    expect(pessimistic?.figures.roi12).toBeLessThanOrEqual(expected?.figures.roi12 ?? Number.NaN);
    expect(expected?.figures.roi12).toBeLessThanOrEqual(optimistic?.figures.roi12 ?? Number.NaN);
  });

  it('customer-support: every input moved 20 % against, then for, fine-tuning, by hand', () => {
    const { inputs } = analysisOf(presetScenario('customer-support'));
    const [pessimistic, , optimistic] = cases(inputs);
    // The reduction comes from $200 remaining: at a $12,000 bill it is 1 − 200/12,000, then 20 % less.
    const r = 1 - 200 / 12_000;
    const roi = (Sa: number, run: number, U: number) => ((Sa * 12 - (U + run * 12)) / (U + run * 12)) * 100;
    expect(pessimistic?.figures.roi12).toBeCloseTo(roi(0.8 * (r * 0.8) * 12_000, 240, 11.52), 9);
    // r × 1.2 is above 100 %: clamped.
    expect(optimistic?.figures.roi12).toBeCloseTo(roi(1.2 * 1 * 18_000, 160, 7.68), 9);
  });

  it('the expected case is the analysis itself', () => {
    const { inputs } = analysisOf(presetScenario('low-volume-legal'));
    expect(cases(inputs)[1]?.figures).toEqual(computeCore(inputs));
  });
});

describe('a reduction given as the API spend that remains (r = 1 − F/A)', () => {
  const support = presetScenario('customer-support'); // A $15,000, F $200
  const { apiCostAfter: _f, ...supportWithoutAfter } = support;

  it('a bill bar is exactly a re-run with that bill: r moves with A', () => {
    const row = rowFor(tornado(analysisOf(support).inputs), 'apiMonthlyCost');
    expect([row.low.value, row.high.value]).toEqual([12_000, 18_000]);
    for (const end of [row.low, row.high]) {
      const rerun = analysisOf({ ...support, apiMonthlyCost: end.value });
      expect(end.roi12).toBe(rerun.roi12);
      expect(end.breakEvenMonths).toBe(rerun.breakEvenMonths);
    }
  });

  it('the pessimistic case is a re-run with every input moved, r re-derived from the lower bill', () => {
    const [pessimistic] = cases(analysisOf(support).inputs);
    const rerun = analysisOf({
      ...supportWithoutAfter,
      apiMonthlyCost: 12_000,
      apiCostReductionPct: (1 - 200 / 12_000) * 100 * 0.8,
      qualityFactorPct: 80,
      gpuMonthlyCost: 240,
      fineTuneCost: 11.52,
    });
    expect(pessimistic?.figures.roi12).toBeCloseTo(rerun.roi12 ?? Number.NaN, 9);
    expect(pessimistic?.figures.breakEvenMonths).toBeCloseTo(rerun.breakEvenMonths ?? Number.NaN, 12);
  });

  it('the bill moves no lower than F, where nothing of it disappears (a lower bill is invalid)', () => {
    const scenario = { ...support, apiMonthlyCost: 10_000, apiCostAfter: 9_000 };
    const { inputs } = analysisOf(scenario);
    const row = rowFor(tornado(inputs), 'apiMonthlyCost');
    expect(row.low.value).toBe(9_000);
    expect(row.low.roi12).toBe(analysisOf({ ...scenario, apiMonthlyCost: 9_000 }).roi12);
    const [pessimistic] = cases(inputs);
    expect(pessimistic?.figures.monthlyApiSavings).toBe(0);
  });
});
