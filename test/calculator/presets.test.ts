import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, type WarningId } from '../../src/calculator/index.ts';
import { formatMonths, formatPct, formatUsd } from '../../src/format.ts';
import { analysisOf, presetScenario, START } from './support.ts';

/** A figure as the spec's table prints it ("7,270.5 %", "0.00066 mo"): its value and its decimals. */
function printed(text: string): { value: number; decimals: number } {
  const number = text.replace(/[^\d.]/g, '');
  return { value: Number(number), decimals: number.split('.')[1]?.length ?? 0 };
}

interface Row {
  id: string;
  S: string;
  breakEven: string;
  roi12: string;
  roi36: string;
  answers: { apiBillOver5k: boolean; repetitive: boolean; examples5kPlus: boolean; quality90Enough: boolean };
  yes: number;
  verdict: 'GO' | 'NO-GO';
  warnings: WarningId[];
}

/** The spec's worked-examples table, row for row, as printed there. */
const TABLE: Row[] = [
  {
    id: 'core-formula',
    S: '9,000',
    breakEven: '0.056 mo',
    roi12: '860.0 %',
    roi36: '886.3 %',
    answers: { apiBillOver5k: true, repetitive: false, examples5kPlus: false, quality90Enough: true },
    yes: 2,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
  },
  {
    id: 'customer-support',
    S: '14,600',
    breakEven: '0.00066 mo',
    roi12: '7,270.5 %',
    roi36: '7,290.1 %',
    answers: { apiBillOver5k: true, repetitive: true, examples5kPlus: true, quality90Enough: true },
    yes: 4,
    verdict: 'GO',
    warnings: [],
  },
  {
    id: 'code-generation',
    S: '7,500',
    breakEven: '0.0067 mo',
    roi12: '2,464.4 %',
    roi36: '2,488.0 %',
    answers: { apiBillOver5k: true, repetitive: true, examples5kPlus: true, quality90Enough: true },
    yes: 4,
    verdict: 'GO',
    warnings: [],
  },
  {
    id: 'low-volume-legal',
    S: '150',
    breakEven: '3.33 mo',
    roi12: '44.8 %',
    roi36: '63.6 %',
    answers: { apiBillOver5k: false, repetitive: true, examples5kPlus: false, quality90Enough: false },
    yes: 1,
    verdict: 'NO-GO',
    warnings: ['low-volume', 'data-scarcity'],
  },
  {
    id: 'quick-answer',
    S: '1,500',
    breakEven: '0',
    roi12: '300.0 %',
    roi36: '300.0 %',
    answers: { apiBillOver5k: false, repetitive: false, examples5kPlus: false, quality90Enough: true },
    yes: 1,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
  },
  {
    id: 'with-engineering',
    S: '9,000',
    breakEven: '3.61 mo',
    roi12: '169.7 %',
    roi36: '425.5 %',
    answers: { apiBillOver5k: true, repetitive: false, examples5kPlus: false, quality90Enough: true },
    yes: 2,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
  },
];

const analysed = (id: string) => analysisOf({ ...presetScenario(id), startDate: START });

describe('the spec’s worked examples', () => {
  it('has exactly the six presets of the table', () => {
    expect(PRESET_IDS).toEqual(TABLE.map((row) => row.id));
  });

  it.each(TABLE)('$id: monthly net savings $S', ({ id, S }) => {
    const { value } = printed(S);
    const analysis = analysed(id);
    expect(analysis.monthlyNetSavings).toBeCloseTo(value, 9);
    expect(formatUsd(analysis.monthlyNetSavings)).toBe(`$${S}`);
  });

  it.each(TABLE)('$id: break-even $breakEven', ({ id, breakEven }) => {
    const { value, decimals } = printed(breakEven);
    const months = analysed(id).breakEvenMonths;
    expect(months).not.toBeNull();
    if (value === 0) expect(months).toBe(0);
    else expect(months).toBeCloseTo(value, decimals);
  });

  it.each(TABLE)('$id: year-1 ROI $roi12 and 3-year ROI $roi36', ({ id, roi12, roi36 }) => {
    const analysis = analysed(id);
    for (const [actual, text] of [
      [analysis.roi12, roi12],
      [analysis.roi36, roi36],
    ] as const) {
      const { value, decimals } = printed(text);
      expect(actual).toBeCloseTo(value, decimals);
      // The spec prints "7,270.5 %"; the app's formatter writes it without the space.
      expect(formatPct(actual)).toBe(text.replace(' %', '%'));
    }
  });

  it.each(TABLE)('$id: quick test $yes yes, verdict $verdict', ({ id, answers, yes, verdict }) => {
    const analysis = analysed(id);
    expect(analysis.quickTest).toEqual({ ...answers, yesCount: yes });
    expect(analysis.verdict).toBe(verdict);
  });

  it.each(TABLE)('$id: warnings $warnings, exactly', ({ id, warnings }) => {
    expect(analysed(id).warnings).toEqual(warnings);
  });
});

describe('the exact figures behind the table (no intermediate rounding)', () => {
  // [id, E, U, Sa, Run, r %, q %]; every other figure follows from the spec's formulas by hand.
  const INPUTS = [
    ['core-formula', 0, 500, 10_000, 1_000, 100, 100],
    ['customer-support', 0, 9.6, 15_000 - 200, 200, (1 - 200 / 15_000) * 100, 100],
    ['code-generation', 0, 50, 8_000 - 200, 300, (1 - 200 / 8_000) * 100, 100],
    ['low-volume-legal', 0, 500, 350, 200, 100, 70],
    ['quick-answer', 0, 0, 2_000, 500, 100, 100],
    ['with-engineering', 32_000, 32_500, 10_000, 1_000, 100, 100],
  ] as const;

  it.each(INPUTS)('%s', (id, E, U, Sa, Run, r, q) => {
    const a = analysed(id);
    const S = Sa - Run;
    const roi = (h: number) => ((Sa * h - (U + Run * h)) / (U + Run * h)) * 100;
    expect(a.reductionPct).toBeCloseTo(r, 9);
    expect(a.qualityFactorPct).toBeCloseTo(q, 9);
    expect(a.engineeringCost).toBeCloseTo(E, 9);
    expect(a.upfrontCost).toBeCloseTo(U, 9);
    expect(a.monthlyApiSavings).toBeCloseTo(Sa, 9);
    expect(a.monthlyRunCost).toBeCloseTo(Run, 9);
    expect(a.monthlyNetSavings).toBeCloseTo(S, 9);
    expect(a.breakEvenMonths).toBeCloseTo(U === 0 ? 0 : U / S, 12);
    expect(a.roi12).toBeCloseTo(roi(12), 9);
    expect(a.roi36).toBeCloseTo(roi(36), 9);
    expect(a.netBenefit12).toBeCloseTo(S * 12 - U, 9);
    expect(a.netBenefit36).toBeCloseTo(S * 36 - U, 9);
    expect(a.minApiBillFor6MonthPayback).toBeCloseTo((Run + U / 6) / ((q / 100) * (r / 100)), 9);
  });

  it.each([
    ['core-formula', '1,083.33'],
    ['customer-support', '204.32'],
    ['with-engineering', '6,416.67'],
  ])('%s: minApiBillFor6MonthPayback %s', (id, text) => {
    const { value, decimals } = printed(text);
    expect(analysed(id).minApiBillFor6MonthPayback).toBeCloseTo(value, decimals);
  });

  it('with-engineering carries the article’s $32,000 of labour (4 weeks × 40 h × $200)', () => {
    expect(analysed('with-engineering').engineeringCost).toBe(32_000);
  });
});

describe('targets and the break-even date', () => {
  it.each([
    // id, S > $500, break-even < 6, year-1 ROI > 100 %, 3-year ROI > 300 %
    ['core-formula', true, true, true, true],
    ['customer-support', true, true, true, true],
    ['code-generation', true, true, true, true],
    ['low-volume-legal', false, true, false, false],
    ['quick-answer', true, true, true, false],
    ['with-engineering', true, true, true, true],
  ])('%s: targets met %s %s %s %s', (id, monthlySavings, breakEven, roi12, roi36) => {
    expect(analysed(id).targets).toEqual({ monthlySavings, breakEven, roi12, roi36 });
  });

  it.each([
    // Whole months with addMonths, the rest as days of 30.44, rounded to the day.
    ['core-formula', '2026-01-17'], // 0.0556 × 30.44 = 1.69 days
    ['customer-support', '2026-01-15'], // 0.02 days
    ['code-generation', '2026-01-15'], // 0.2 days
    ['low-volume-legal', '2026-04-25'], // 3 months + 0.333 × 30.44 = 10.1 days
    ['quick-answer', '2026-01-15'], // immediately
    ['with-engineering', '2026-05-04'], // 3 months + 0.611 × 30.44 = 18.6 days
  ])('%s breaks even on %s', (id, date) => {
    const analysis = analysed(id);
    expect(analysis.startDate).toBe(START);
    expect(analysis.breakEvenDate).toBe(date);
  });

  it('a scenario that never pays back has no date', () => {
    const analysis = analysisOf({ ...presetScenario('core-formula'), gpuMonthlyCost: 20_000 });
    expect(analysis.breakEvenMonths).toBeNull();
    expect(analysis.breakEvenDate).toBeNull();
    expect(analysis.warnings).toContain('long-break-even');
  });

  it('display rounding of break-even months', () => {
    expect(TABLE.map(({ id }) => formatMonths(analysed(id).breakEvenMonths))).toEqual([
      '0.056 months (about 2 days)',
      '0.00066 months (under a day)',
      '0.0067 months (under a day)',
      '3.3 months',
      'immediately',
      '3.6 months',
    ]);
  });
});

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s has a one-line description', (_id, preset) => {
    expect(preset.description).toMatch(/^[^\n]{10,200}$/);
  });

  it.each([
    ['core-formula', '764'],
    ['customer-support', '7,167'],
    ['low-volume-legal', '260'],
  ])('%s notes the article’s %s % and why ours differs', (id, figure) => {
    const preset = PRESETS.find((p) => p.id === id);
    expect(preset?.articleDiscrepancy).toContain(figure);
  });
});
