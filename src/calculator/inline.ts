import { FIELD_BY_KEY, type FieldSpec, KEY_BY_NAME, normaliseKeyName } from './fields.ts';
import { type FieldIssue, fail, ok, type Result } from './result.ts';
import { unknownKeyIssue } from './schema.ts';
import { parseHumanBoolean, parseHumanNumber, parseHumanRange } from './values.ts';

// key=value, where a value may be quoted ("…", “…” as Slack's clients type them, or '…').
const PAIR_RE = /([^\s=]+)=("[^"]*"|“[^”]*”|'[^']*'|\S*)|(\S+)/g;

/** Converts one typed value to the field's type; bounds are the schema's job. */
export function parseFieldValue(field: FieldSpec, text: string): Result<unknown, string> {
  const value = text.trim();
  switch (field.kind) {
    case 'boolean':
      return parseHumanBoolean(value);
    case 'choice': {
      const choice = field.choices?.find((c) => c.toLowerCase() === value.toLowerCase());
      return choice ? ok(choice) : fail(`"${value}" is not one of ${field.choices?.join(', ')}`);
    }
    case 'text':
    case 'date':
      return ok(value);
    default: {
      if (field.rangeable) {
        const range = parseHumanRange(value);
        if (range) return range;
      }
      const number = parseHumanNumber(value);
      if (!number.ok && !field.rangeable && parseHumanRange(value)?.ok)
        return fail(`${field.key} cannot be a range; give one number`);
      return number;
    }
  }
}

const QUOTES = /^["“']|["”']$/g;
const QUOTES_AT_ENDS = /^["“']|["”']$/;
const unquote = (value: string) => (QUOTES_AT_ENDS.test(value) ? value.replace(QUOTES, '') : value);

/** Parses `key=value …` into raw scenario values keyed by spec name. Unknown and repeated keys are errors. */
export function parseInline(text: string): Result<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  // exec in a loop, indexed: matchAll and destructuring each walk an iterator per pair.
  // PAIR_RE is global (it keeps lastIndex); every alternative consumes a character, so this ends.
  PAIR_RE.lastIndex = 0;
  for (let match = PAIR_RE.exec(text); match !== null; match = PAIR_RE.exec(text)) {
    const name = match[1];
    const rawValue = match[2];
    const bare = match[3];
    if (bare !== undefined) {
      issues.push({ field: bare, message: `"${bare}" is not a key=value pair (e.g. api=15k)` });
      continue;
    }
    const key = KEY_BY_NAME.get(normaliseKeyName(name ?? ''));
    const field = key ? FIELD_BY_KEY.get(key) : undefined;
    if (!key || !field) {
      issues.push(unknownKeyIssue(name ?? ''));
      continue;
    }
    if (seen.has(key)) {
      issues.push({ field: key, message: `${name} (${key}) is given twice; give it once` });
      continue;
    }
    seen.add(key);
    const value = unquote(rawValue ?? '');
    if (value === '') {
      issues.push({ field: key, message: `${name} (${key}) has no value (e.g. ${name}=${field.example})` });
      continue;
    }
    const parsed = parseFieldValue(field, value);
    if (parsed.ok) values[key] = parsed.value;
    else issues.push({ field: key, message: `${name} (${key}): ${parsed.error}` });
  }
  return issues.length > 0 ? fail(issues) : ok(values);
}
