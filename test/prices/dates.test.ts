import { addDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { asOfRange, bundledCatalogue, catalogueRowsForDisplay, isStale } from '../../src/prices/catalogue.ts';

describe('isStale', () => {
  const asOf = '2026-09-25';
  const daysLater = (days: number) => addDays(parseISO(asOf), days);

  it.each([
    [89, false],
    [90, false],
    [91, true],
  ])('%i days after the as-of date: stale %s', (days, stale) => {
    expect(isStale(asOf, daysLater(days))).toBe(stale);
  });

  it('counts calendar days, not hours, so the time of day does not matter', () => {
    expect(isStale(asOf, new Date(2026, 11, 24, 23, 59))).toBe(false);
    expect(isStale(asOf, new Date(2026, 11, 25, 0, 1))).toBe(true);
  });

  it('takes another threshold', () => {
    expect(isStale(asOf, daysLater(8), 7)).toBe(true);
    expect(isStale(asOf, daysLater(7), 7)).toBe(false);
  });

  it('does not call a future date stale', () => {
    expect(isStale(asOf, daysLater(-30))).toBe(false);
  });
});

describe('asOfRange', () => {
  it('spans the bundled catalogue from Claude Sonnet 4.5 to the Vast.ai A100 snapshot', () => {
    expect(asOfRange(bundledCatalogue)).toEqual({ oldest: '2025-11-25', newest: '2026-10-29' });
  });
});

describe('catalogueRowsForDisplay', () => {
  const today = parseISO('2026-12-04');
  const rows = catalogueRowsForDisplay(bundledCatalogue, today);
  const byId = (id: string) => rows.find((row) => row.id === id);

  it('shows every row once, GPUs first', () => {
    expect(rows).toHaveLength(bundledCatalogue.gpu.length + bundledCatalogue.api.length);
    expect(rows[0].kind).toBe('gpu');
    expect(rows.at(-1)?.kind).toBe('api');
  });

  it('shows a GPU price with its unit, date, source and freshness', () => {
    expect(byId('runpod:h100-sxm')).toMatchObject({
      label: 'RunPod H100 SXM, community cloud',
      price: '$2.69',
      unit: 'USD/GPU-hour',
      asOf: '2026-09-25',
      stale: false,
      source: 'runpod.io/pricing',
    });
  });

  it('shows an API model’s input and output prices', () => {
    expect(byId('gpt-4o')).toMatchObject({
      price: '$2.50 in / $10.00 out',
      unit: 'USD/1M tokens',
      stale: true,
    });
  });

  it('never rounds a figure away', () => {
    expect(byId('coreweave:h100')?.price).toBe('$6.155');
  });

  it('carries a row’s note', () => {
    expect(byId('vast:a100-sxm')?.note).toContain('1.14');
    expect(byId('runpod:h100-sxm')).not.toHaveProperty('note');
  });
});
