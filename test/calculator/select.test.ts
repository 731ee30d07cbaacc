import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, selectKth } from '../../src/calculator/select.ts';

const sortedQuantile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a === b ? a : a + (b - a) * (at - lo);
};

const samples = fc.array(
  fc.oneof(
    fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.integer({ min: -3, max: 3 }),
  ),
  {
    minLength: 1,
    maxLength: 400,
  },
);

describe('quickselect percentiles', () => {
  it('selectKth returns what a full sort puts at k', () => {
    fc.assert(
      fc.property(samples, fc.nat(), (values, seed) => {
        const k = seed % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        // + 0 folds −0 into 0: the two compare equal, and a sort may put either first.
        expect(selectKth(Float64Array.from(values), k) + 0).toBe((sorted[k] as number) + 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('quantile equals the sort-based type-7 quantile, infinities and ties included', () => {
    fc.assert(
      fc.property(samples, fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (values, p) => {
        const expected = sortedQuantile(values, p);
        const got = quantile(Float64Array.from(values), p);
        if (Number.isNaN(expected)) expect(got).toBeNaN();
        else expect(got).toBeCloseTo(expected, 6);
      }),
      { numRuns: 2_000 },
    );
  });
});
