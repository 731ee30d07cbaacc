import { FIELDS, isRange, type Scenario } from '../calculator/index.ts';

/** What a user types for a field: its short alias when it has one, as in the Slack grammar. */
const typedKey = (field: (typeof FIELDS)[number]): string => field.aliases[0] ?? field.key;

function typedValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (isRange(value as never)) {
    const range = value as { low: number; high: number; mode?: number };
    return range.mode === undefined
      ? `${range.low}..${range.high}`
      : `${range.low}..${range.mode}..${range.high}`;
  }
  const text = String(value);
  // The parser strips one quote from each end, so a value that starts or ends with one needs its own.
  if (!/\s/.test(text) && !/^["“']|["”']$/.test(text)) return text;
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}

/**
 * A scenario as `key=value` pairs in the registry's order: printed under a report and a preset so
 * the reader can re-run it with one value changed. Numbers keep full precision so it round-trips.
 */
export function inlineForm(scenario: Scenario): string {
  const values = scenario as Record<string, unknown>;
  return FIELDS.filter((field) => values[field.key] !== undefined)
    .map((field) => `${typedKey(field)}=${typedValue(values[field.key])}`)
    .join(' ');
}
