/**
 * Display formatting for every surface (Slack, CLI). Formatters are built once: constructing an
 * Intl.NumberFormat per call costs ~18 µs and showed up in the request profile.
 */
const usdWhole = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const usdCents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// A rate keeps the digits it was quoted with ($6.155/h), so that rate × hours adds up to the total shown.
const usdRate = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// A value that rounds to zero prints as zero, never "-$0" or "-0.0%" (cheaper than signDisplay).
const zeroAt = (value: number, step: number): number => (Math.abs(value) < step / 2 ? 0 : value);
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compactMonths = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/**
 * Within one render the same figure is often shown twice (the text fallback and its field, an input
 * and its estimate); Intl formatting is the bulk of a summary's cost, so a render may scope a memo.
 * Nothing outlives the render: no figure of one request is ever served to another.
 */
let usdMemo: Map<number, string> | undefined;
let pctMemo: Map<number, string> | undefined;
let monthsMemo: Map<number, string> | undefined;

export function withFormatMemo<T>(render: () => T): T {
  const outer = [usdMemo, pctMemo, monthsMemo] as const;
  usdMemo = new Map();
  pctMemo = new Map();
  monthsMemo = new Map();
  try {
    return render();
  } finally {
    [usdMemo, pctMemo, monthsMemo] = outer;
  }
}

function memoised(
  memo: Map<number, string> | undefined,
  value: number,
  format: (v: number) => string,
): string {
  const hit = memo?.get(value);
  if (hit !== undefined) return hit;
  const text = format(value);
  memo?.set(value, text);
  return text;
}

/** `$14,600` for whole dollars, `$9.60` when there are cents. */
export const formatUsd = (amount: number): string => memoised(usdMemo, amount, formatUsdOnce);

function formatUsdOnce(amount: number): string {
  const rounded = zeroAt(Math.round(amount * 100) / 100, 0.01);
  return Number.isInteger(rounded) ? usdWhole.format(rounded) : usdCents.format(rounded);
}

/** A price per unit (per hour, per 1M tokens) with up to four decimals: `$200`, `$2.50`, `$6.155`. */
export function formatUsdRate(rate: number): string {
  const rounded = zeroAt(Math.round(rate * 1e4) / 1e4, 1e-4);
  return Number.isInteger(rounded) ? usdWhole.format(rounded) : usdRate.format(rounded);
}

/** A list price as a catalogue row has it, cents always shown: `$2.50`, `$6.155`. */
export const formatUsdPrice = (price: number): string => usdRate.format(price);

/** Percentages always with one decimal: `7,270.5%`; `n/a` where the spec leaves ROI undefined. */
export const formatPct = (pct: number | null): string =>
  pct === null ? 'n/a' : memoised(pctMemo, pct, formatPctOnce);

const formatPctOnce = (pct: number): string => `${oneDecimal.format(zeroAt(pct, 0.1))}%`;

/** A signed change in percentage points, with a true minus sign: `−4,150.5 pts`. */
export function formatPointsDelta(delta: number): string {
  const size = oneDecimal.format(Math.abs(delta));
  return size === '0.0' ? '±0.0 pts' : `${delta < 0 ? '−' : '+'}${size} pts`;
}

export function formatUsdDelta(delta: number): string {
  const size = formatUsd(Math.abs(delta));
  return size === '$0' ? '±$0' : `${delta < 0 ? '−' : '+'}${size}`;
}

export const formatNumber = (value: number): string => plain.format(zeroAt(value, 0.01));

/** Break-even in words: "never", "immediately", "0.00066 months (under a day)", "3.6 months". */
export const formatMonths = (months: number | null): string =>
  months === null ? 'never' : memoised(monthsMemo, months, formatMonthsOnce);

// Past these the figure is a string of zeros (1e-300 printed 300 characters) or of digits, and no
// decision turns on it: 0.0001 months is about 4 minutes.
const TINY_MONTHS = 0.0001;
const HUGE_MONTHS = 12_000;

function formatMonthsOnce(months: number): string {
  if (months === 0) return 'immediately';
  if (months < TINY_MONTHS) return 'under a day';
  if (months >= HUGE_MONTHS) return 'over 1,000 years';
  if (months < 0.1) {
    const days = months * 30.44;
    const about = Math.round(days);
    const inDays = days < 1 ? 'under a day' : `about ${about} day${about === 1 ? '' : 's'}`;
    return `${compactMonths.format(months)} months (${inDays})`;
  }
  return `${oneDecimal.format(months)} months`;
}

export const formatProbability = (p: number): string => `${Math.round(p * 100)}%`;
