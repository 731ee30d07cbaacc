import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeMatches, levenshtein } from '../../src/prices/closeMatches.ts';

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['h100-sxm', 'h100-smx', 2],
    ['abc', '', 3],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
  });

  it('is symmetric and zero only between equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('closeMatches', () => {
  const rows = [
    { id: 'runpod:h100-sxm' },
    { id: 'lambda:a10' },
    { id: 'vast:h100-sxm', aliases: ['vast:h100'] },
  ];

  it('ranks shared tokens, then distance, then catalogue order', () => {
    expect(closeMatches('h100', rows)).toEqual(['vast:h100-sxm', 'runpod:h100-sxm']);
  });

  it('matches through an alias but suggests the id', () => {
    expect(closeMatches('vast:h10', rows)).toEqual(['vast:h100-sxm']);
  });

  it('honours the limit', () => {
    expect(closeMatches('h100-sxm', rows, 1)).toHaveLength(1);
  });
});
