import { fail, ok, type Result } from './result.ts';

/** How a number may be typed, quoted in every error message so the fix is obvious. */
export const NUMBER_FORMS = '15000, 15,000, $15,000, 15k, 2.5M or 40%';
export const BOOLEAN_FORMS = 'yes, no, true or false';
export const RANGE_FORMS = 'low..high, e.g. 150..400 (or 150-400), or low..likely..high, e.g. 150..200..400';

const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, b: 9, bn: 9 };
// Optional sign, optional currency sign, digits with optional thousands commas, decimals, exponent, suffix or %.
const NUMBER_RE = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(e[+-]?\d+)?(k|m|bn|b|%)?$/i;

/** Parses a human-typed number. "40%" gives 40: percentage inputs are stored in percent. */
export function parseHumanNumber(text: string): Result<number, string> {
  const raw = text.trim();
  const match = NUMBER_RE.exec(raw.includes(' ') ? raw.replaceAll(' ', '') : raw);
  if (!match) return fail(`"${raw}" is not a number (accepted: ${NUMBER_FORMS})`);
  // Indexed rather than destructured: array destructuring walks an iterator, on every typed value.
  const sign = match[1] ?? '';
  const digits = match[2] ?? '';
  const exponent = match[3];
  const suffix = match[4];
  // Shift the decimal point in the text instead of multiplying: 2.01 × 1000 is 2009.9999999999998 in
  // binary, which would make "2.01k" examples a non-integer. The clamp keeps an absurd exponent a plain
  // integer in the text (it still under- or overflows as before).
  const power =
    (exponent ? Number(exponent.slice(1)) : 0) + (suffix ? (SUFFIX_EXPONENT[suffix.toLowerCase()] ?? 0) : 0);
  const value = Number(`${sign}${digits.replaceAll(',', '')}e${Math.min(Math.max(power, -1e4), 1e4)}`);
  if (!Number.isFinite(value)) return fail(`"${raw}" is too large to be a real amount`);
  return ok(Object.is(value, -0) ? 0 : value);
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'on', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'off', '0']);

export function parseHumanBoolean(text: string): Result<boolean, string> {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(`"${text.trim()}" is not yes or no (accepted: ${BOOLEAN_FORMS})`);
}

export interface NumberRange {
  low: number;
  high: number;
  mode?: number;
}

/**
 * `150..400`, `-40..-10`, `150-400` when both ends are positive (a leading minus would be
 * ambiguous), or `150..200..400` with the most likely value in the middle.
 */
export function parseHumanRange(text: string): Result<NumberRange, string> | undefined {
  const trimmed = text.trim();
  let parts: string[] | undefined;
  if (trimmed.includes('..')) parts = trimmed.split('..');
  // Most values have no inner dash at all; only those need the regex.
  else if (trimmed.indexOf('-', 1) > 0) {
    const dash = /^([^-\s][^-]*)-([^-].*)$/.exec(trimmed);
    if (dash && !/e$/i.test(dash[1] ?? '')) parts = [dash[1] ?? '', dash[2] ?? ''];
  }
  if (!parts) return undefined;
  if (parts.length !== 2 && parts.length !== 3)
    return fail(`"${trimmed}" is not a range (accepted: ${RANGE_FORMS})`);
  const numbers: number[] = [];
  for (const part of parts) {
    const parsed = parseHumanNumber(part);
    if (!parsed.ok) return parsed;
    numbers.push(parsed.value);
  }
  const [low = 0, middle = 0, high = middle] = numbers;
  if (low > high) return fail(`range "${trimmed}" has its low end above its high end`);
  if (numbers.length === 2) return ok({ low, high: middle });
  if (middle < low || middle > high)
    return fail(`range "${trimmed}": the likely value must lie between low and high`);
  return ok({ low, mode: middle, high });
}
