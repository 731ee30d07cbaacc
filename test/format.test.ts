import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMonths,
  formatNumber,
  formatPct,
  formatPointsDelta,
  formatProbability,
  formatUsd,
  formatUsdDelta,
  formatUsdRate,
  withFormatMemo,
} from '../src/format.ts';

describe('formatUsd', () => {
  it.each([
    [14_600, '$14,600'],
    [9.6, '$9.60'],
    [204.324_324, '$204.32'],
    [1_083.333_333, '$1,083.33'],
    [6_416.666_667, '$6,416.67'],
    [32_000, '$32,000'],
    [0, '$0'],
    [0.005, '$0.01'],
    [9.999, '$10'],
    [-14_600, '-$14,600'],
    [1e9, '$1,000,000,000'],
  ])('%d is %s', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
  });
});

describe('formatPct', () => {
  it.each([
    [860, '860.0%'],
    [886.301_369_863, '886.3%'],
    [7_270.517_928_286_853, '7,270.5%'],
    [7_290.146_471_371_504, '7,290.1%'],
    [2_464.383_561_643_835_5, '2,464.4%'],
    [44.827_586_206_896_555, '44.8%'],
    [169.662_921_348_314_6, '169.7%'],
    [425.547_445_255_474_43, '425.5%'],
    [-2.0513, '-2.1%'],
    [0, '0.0%'],
  ])('%d is %s', (pct, text) => {
    expect(formatPct(pct)).toBe(text);
  });

  it('an undefined ROI is n/a', () => {
    expect(formatPct(null)).toBe('n/a');
  });
});

describe('deltas', () => {
  it('points with a true minus sign: 7,270.5 % → 3,120.0 % is −4,150.5 pts', () => {
    expect(formatPointsDelta(3_120 - 7_270.5)).toBe('−4,150.5 pts');
    expect(formatPointsDelta(12.25)).toBe('+12.3 pts');
    expect(formatPointsDelta(0)).toBe('±0.0 pts');
    expect(formatPointsDelta(-0.01)).toBe('±0.0 pts');
    expect(formatUsdDelta(-0.001)).toBe('±$0');
    expect(formatPct(-0.01)).toBe('0.0%');
  });

  it('dollars with a sign: $14,600 → $14,300 is −$300', () => {
    expect(formatUsdDelta(14_300 - 14_600)).toBe('−$300');
    expect(formatUsdDelta(9.6)).toBe('+$9.60');
  });
});

describe('formatMonths', () => {
  it.each([
    [null, 'never'],
    [0, 'immediately'],
    [9.6 / 14_600, '0.00066 months (under a day)'],
    [50 / 7_500, '0.0067 months (under a day)'],
    [500 / 9_000, '0.056 months (about 2 days)'],
    [0.09, '0.09 months (about 3 days)'],
    [1 / 30.44, '0.033 months (about 1 day)'],
    [0.0001, '0.0001 months (under a day)'],
    [0.000_099, 'under a day'],
    [1e-300, 'under a day'],
    [11_999, '11,999.0 months'],
    [12_000, 'over 1,000 years'],
    [1e300, 'over 1,000 years'],
    [0.1, '0.1 months'],
    [500 / 150, '3.3 months'],
    [32_500 / 9_000, '3.6 months'],
    [12, '12.0 months'],
  ])('%d is %s', (months, text) => {
    expect(formatMonths(months)).toBe(text);
  });

  it('is short for any break-even, however small or large', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), (months) => {
        expect(formatMonths(months).length).toBeLessThanOrEqual(40);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('formatUsdRate', () => {
  it.each([
    [6.155, '$6.155'],
    [2.69, '$2.69'],
    [2.5, '$2.50'],
    [0.075, '$0.075'],
    [0.123_456, '$0.1235'],
    [200, '$200'],
    [-0, '$0'],
  ])('%d is %s', (rate, text) => {
    expect(formatUsdRate(rate)).toBe(text);
  });
});

describe('formatNumber and formatProbability', () => {
  it('numbers in en-US with up to two decimals', () => {
    expect(formatNumber(1_234.567)).toBe('1,234.57');
    expect(formatNumber(10_000)).toBe('10,000');
  });

  it('never shows a negative zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0.01)).toBe('-0.01');
  });

  it('probabilities as whole percentages', () => {
    expect(formatProbability(0.78)).toBe('78%');
    expect(formatProbability(0.8596)).toBe('86%');
    expect(formatProbability(1)).toBe('100%');
    expect(formatProbability(0)).toBe('0%');
  });
});

describe('withFormatMemo', () => {
  it('formats exactly as without it, and keeps nothing after the render', () => {
    const values = [0, -0.004, 9.6, 14_600, -14_600, 1e9, 123.456];
    const plainOut = values.map((v) => [formatUsd(v), formatPct(v)]);
    const memoOut = withFormatMemo(() =>
      values.flatMap((v) => [
        [formatUsd(v), formatPct(v)],
        [formatUsd(v), formatPct(v)],
      ]),
    );
    expect(memoOut.filter((_, i) => i % 2 === 0)).toEqual(plainOut);
    expect(memoOut.filter((_, i) => i % 2 === 1)).toEqual(plainOut);
    expect(withFormatMemo(() => withFormatMemo(() => formatUsd(5)) + formatUsd(5))).toBe('$5$5');
  });
});
