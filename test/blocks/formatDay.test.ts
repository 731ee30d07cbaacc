import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/blocks/figures.ts';

// The reference formatDay used to call per date: en-GB day, short month, year, in UTC.
const intlDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

describe('formatDay', () => {
  it('writes a date as en-GB does', () => {
    expect(formatDay('2026-12-04')).toBe('4 Dec 2026');
    expect(formatDay('2027-03-23')).toBe('23 Mar 2027');
    expect(formatDay('2028-02-29')).toBe('29 Feb 2028');
  });

  it('agrees with Intl.DateTimeFormat on every calendar date from 1000 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(formatDay(iso)).toBe(intlDay.format(date));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('shows anything that is not a real calendar date as given', () => {
    for (const text of ['2027-02-31', '2027-13-01', '0099-01-01', '2027-1-1', 'soon', ''])
      expect(formatDay(text)).toBe(text);
  });
});
