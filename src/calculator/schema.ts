import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import {
  acceptedForm,
  displayKey,
  FIELD_BY_KEY,
  FIELDS,
  type FieldSpec,
  KEY_BY_NAME,
  normaliseKeyName,
} from './fields.ts';
import { type FieldIssue, fail, ok, type Result } from './result.ts';
import type { Scenario } from './scenario.ts';

function boundedNumber(field: FieldSpec, message: string) {
  let schema = z.number({ error: message }).refine(Number.isFinite, { error: message });
  if (field.kind === 'integer') schema = schema.refine(Number.isInteger, { error: message });
  const { min, max, minExclusive } = field;
  if (min !== undefined)
    schema = schema.refine((v) => (minExclusive ? v > min : v >= min), { error: message });
  if (max !== undefined) schema = schema.refine((v) => v <= max, { error: message });
  return schema;
}

function fieldSchema(field: FieldSpec): z.ZodType {
  const message = `${displayKey(field)} must be ${acceptedForm(field)}`;
  switch (field.kind) {
    case 'boolean':
      return z.boolean({ error: message });
    case 'choice':
      return z.enum(field.choices as [string, ...string[]], { error: message });
    case 'text':
      return z
        .string({ error: message })
        .trim()
        .min(1, { error: message })
        .max(field.max ?? 150, { error: message });
    case 'date':
      return z
        .string({ error: message })
        .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(parseISO(s)), {
          error: message,
        });
    default: {
      const single = boundedNumber(field, message);
      if (!field.rangeable) return single;
      const range = z
        .strictObject({ low: single, high: single, mode: single.optional() }, { error: message })
        .refine((r) => r.low <= r.high, {
          error: `${displayKey(field)}: the range's low end is above its high end`,
        })
        .refine((r) => r.mode === undefined || (r.mode >= r.low && r.mode <= r.high), {
          error: `${displayKey(field)}: the most likely value (mode) must lie within low..high`,
        });
      return z.union([single, range], { error: message });
    }
  }
}

const has = (s: Scenario, key: keyof Scenario) => s[key] !== undefined;

/** The spec's "alternative" pairs: typing both halves is ambiguous, so it is an error, never a guess. */
function conflictIssues(s: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const conflict = (field: string, message: string) => issues.push({ field, message });
  if (has(s, 'apiCostReductionPct') && has(s, 'apiCostAfter'))
    conflict('apiCostAfter', 'give either apiCostReductionPct (reduction) or apiCostAfter (after), not both');
  const tokenModel = has(s, 'tokenReductionPct') || has(s, 'pricePerTokenReductionPct');
  if (tokenModel && (has(s, 'apiCostReductionPct') || has(s, 'apiCostAfter')))
    conflict(
      'tokenReductionPct',
      'give either tokenReductionPct/pricePerTokenReductionPct (token_reduction, price_reduction) or apiCostReductionPct/apiCostAfter, not both',
    );
  const rates = ['completionBeforePct', 'completionAfterPct', 'retryBeforePct', 'retryAfterPct'] as const;
  const givenRates = rates.filter((k) => has(s, k));
  if (givenRates.length > 0 && has(s, 'qualityFactorPct'))
    conflict(
      'qualityFactorPct',
      'give either qualityFactorPct (quality) or the completion/retry rates, not both',
    );
  const completions = ['completionBeforePct', 'completionAfterPct'] as const;
  if (givenRates.length > 0 && completions.some((k) => !has(s, k)))
    conflict(
      'completionBeforePct',
      'the quality estimate needs both completionBeforePct and completionAfterPct',
    );
  if (has(s, 'fineTuneCost') && has(s, 'gpuHours') && has(s, 'gpuHourlyRate'))
    conflict('fineTuneCost', 'give either fineTuneCost (ft) or gpuHours × gpuHourlyRate, not both');
  const servingRate = has(s, 'inferenceHourlyRate');
  if (has(s, 'gpuMonthlyCost') && servingRate)
    conflict(
      'gpuMonthlyCost',
      'give either gpuMonthlyCost (gpu) or inferenceHourlyRate × inferenceHoursPerMonth, not both',
    );
  const throughput = has(s, 'servedTokensPerMonth') || has(s, 'gpuTokensPerSecond');
  if (throughput && has(s, 'gpuMonthlyCost'))
    conflict(
      'gpuMonthlyCost',
      'give either gpuMonthlyCost (gpu) or the throughput model (servedTokensPerMonth, gpuTokensPerSecond), not both',
    );
  if (throughput && !(has(s, 'servedTokensPerMonth') && has(s, 'gpuTokensPerSecond')))
    conflict(
      'servedTokensPerMonth',
      'the throughput model needs both servedTokensPerMonth and gpuTokensPerSecond',
    );
  if (has(s, 'modelSize') !== has(s, 'method'))
    conflict(
      'modelSize',
      'the FAQ fine-tuning estimate needs both modelSize (7B or 70B) and method (qlora or full)',
    );
  const { apiMonthlyCost: bill, apiCostAfter: after } = s;
  if (typeof after === 'number' && bill !== undefined) {
    const lowestBill = typeof bill === 'number' ? bill : bill.low;
    // Only against a valid bill: a bad bill has its own error, and this one would just repeat it.
    if (lowestBill > 0 && after > lowestBill)
      conflict(
        'apiCostAfter',
        `apiCostAfter (after) must be at most apiMonthlyCost (api): the API spend that remains cannot exceed the bill`,
      );
  }
  return issues;
}

const shape = Object.fromEntries(FIELDS.map((f) => [f.key, fieldSchema(f).optional()]));

/** The whole scenario: every field bounded, no unknown keys, no conflicting alternatives. */
export const scenarioSchema = z.strictObject(shape).superRefine((value, ctx) => {
  for (const issue of conflictIssues(value as Scenario))
    ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
}) as unknown as z.ZodType<Scenario>;

export function validateScenario(raw: unknown): Result<Scenario> {
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(dedupe(parsed.error.issues.flatMap(toFieldIssues)));
}

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  if (issue.code === 'unrecognized_keys') {
    if (issue.path.length === 0) return issue.keys.map((key) => unknownKeyIssue(key));
    // A stray member inside a range belongs to the input holding it, not to the scenario's keys.
    const field = String(issue.path[0]);
    const spec = FIELD_BY_KEY.get(field);
    const name = spec ? displayKey(spec) : field;
    return [
      { field, message: `${name}: a range takes only low, high and mode, not ${issue.keys.join(', ')}` },
    ];
  }
  const field = issue.path.length > 0 ? String(issue.path[0]) : 'scenario';
  const message = issue.path.length === 0 ? 'a scenario must be an object of inputs' : issue.message;
  return [{ field, message }];
}

export function unknownKeyIssue(key: string): FieldIssue {
  const known = KEY_BY_NAME.get(normaliseKeyName(key));
  const hint = known ? ` (did you mean ${known}?)` : `; known keys: ${knownKeyList()}`;
  return { field: key, message: `unknown key "${key}"${hint}` };
}

function knownKeyList(): string {
  return FIELDS.filter((f) => f.group === 'core' || f.group === 'verdict')
    .map((f) => (f.aliases[0] ? `${f.aliases[0]} (${f.key})` : f.key))
    .join(', ');
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.field}\u0000${i.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export const fieldSpec = (key: string) => FIELD_BY_KEY.get(key);
