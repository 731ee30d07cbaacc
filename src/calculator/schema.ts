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

/** zod's built-in checks (z.number() already refuses NaN and ±Infinity), each with the field's own message. */
function boundedNumber(field: FieldSpec, message: string) {
  const error = { error: message };
  let schema = field.kind === 'integer' ? z.number(error).int(error) : z.number(error);
  const { min, max, minExclusive } = field;
  if (min !== undefined) schema = minExclusive ? schema.gt(min, error) : schema.gte(min, error);
  if (max !== undefined) schema = schema.lte(max, error);
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

const conflict = (issues: FieldIssue[], field: string, message: string) => issues.push({ field, message });

/** The spec's "alternative" pairs: typing both halves is ambiguous, so it is an error, never a guess. */
/** `s` says which inputs were given (valid or not); `valid` holds the values that passed their schema. */
function conflictIssues(s: Scenario, valid: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (has(s, 'apiCostReductionPct') && has(s, 'apiCostAfter'))
    conflict(
      issues,
      'apiCostAfter',
      'give either apiCostReductionPct (reduction) or apiCostAfter (after), not both',
    );
  const tokenModel = has(s, 'tokenReductionPct') || has(s, 'pricePerTokenReductionPct');
  if (tokenModel && (has(s, 'apiCostReductionPct') || has(s, 'apiCostAfter')))
    conflict(
      issues,
      'tokenReductionPct',
      'give either tokenReductionPct/pricePerTokenReductionPct (token_reduction, price_reduction) or apiCostReductionPct/apiCostAfter, not both',
    );
  const rates = ['completionBeforePct', 'completionAfterPct', 'retryBeforePct', 'retryAfterPct'] as const;
  const givenRates = rates.filter((k) => has(s, k));
  if (givenRates.length > 0 && has(s, 'qualityFactorPct'))
    conflict(
      issues,
      'qualityFactorPct',
      'give either qualityFactorPct (quality) or the completion/retry rates, not both',
    );
  const completions = ['completionBeforePct', 'completionAfterPct'] as const;
  if (givenRates.length > 0 && completions.some((k) => !has(s, k)))
    conflict(
      issues,
      'completionBeforePct',
      'the quality estimate needs both completionBeforePct and completionAfterPct',
    );
  if (has(s, 'fineTuneCost') && has(s, 'gpuHours') && has(s, 'gpuHourlyRate'))
    conflict(issues, 'fineTuneCost', 'give either fineTuneCost (ft) or gpuHours × gpuHourlyRate, not both');
  const servingRate = has(s, 'inferenceHourlyRate');
  if (has(s, 'gpuMonthlyCost') && servingRate)
    conflict(
      issues,
      'gpuMonthlyCost',
      'give either gpuMonthlyCost (gpu) or inferenceHourlyRate × inferenceHoursPerMonth, not both',
    );
  const throughput = has(s, 'servedTokensPerMonth') || has(s, 'gpuTokensPerSecond');
  if (throughput && has(s, 'gpuMonthlyCost'))
    conflict(
      issues,
      'gpuMonthlyCost',
      'give either gpuMonthlyCost (gpu) or the throughput model (servedTokensPerMonth, gpuTokensPerSecond), not both',
    );
  if (throughput && !(has(s, 'servedTokensPerMonth') && has(s, 'gpuTokensPerSecond')))
    conflict(
      issues,
      'servedTokensPerMonth',
      'the throughput model needs both servedTokensPerMonth and gpuTokensPerSecond',
    );
  if (has(s, 'modelSize') !== has(s, 'method'))
    conflict(
      issues,
      'modelSize',
      'the FAQ fine-tuning estimate needs both modelSize (7B or 70B) and method (qlora or full)',
    );
  const { apiMonthlyCost: bill, apiCostAfter: after } = valid;
  if (typeof after === 'number' && bill !== undefined) {
    const lowestBill = typeof bill === 'number' ? bill : bill.low;
    // Only against a valid bill: a bad bill has its own error, and this one would just repeat it.
    if (lowestBill > 0 && after > lowestBill)
      conflict(
        issues,
        'apiCostAfter',
        `apiCostAfter (after) must be at most apiMonthlyCost (api): the API spend that remains cannot exceed the bill`,
      );
  }
  return issues;
}

const FIELD_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(FIELDS.map((f) => [f.key, fieldSchema(f)]));

/**
 * Every given input through its field's zod schema, unknown keys refused, then the alternatives
 * checked. Only the keys present are parsed: a whole-object schema of ~45 optional fields allocated
 * ~9 KB a request and showed in the request profile.
 */
export function validateScenario(raw: unknown): Result<Scenario> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail([{ field: 'scenario', message: 'a scenario must be an object of inputs' }]);
  const issues: FieldIssue[] = [];
  const scenario: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const schema = FIELD_SCHEMAS.get(key);
    if (!schema) {
      issues.push(unknownKeyIssue(key));
      continue;
    }
    if (value === undefined) continue;
    given[key] = value;
    const parsed = schema.safeParse(value);
    if (parsed.success) scenario[key] = parsed.data;
    else issues.push(...parsed.error.issues.map((issue) => fieldIssue(key, issue)));
  }
  // Conflicts among the valid inputs are reported with the field errors: one round of fixes, not two.
  issues.push(...conflictIssues(given as Scenario, scenario as Scenario));
  return issues.length > 0 ? fail(dedupe(issues)) : ok(scenario as Scenario);
}

function fieldIssue(field: string, issue: z.core.$ZodIssue): FieldIssue {
  if (issue.code !== 'unrecognized_keys') return { field, message: issue.message };
  // A stray member inside a range belongs to the input holding it.
  const spec = FIELD_BY_KEY.get(field);
  const name = spec ? displayKey(spec) : field;
  return { field, message: `${name}: a range takes only low, high and mode, not ${issue.keys.join(', ')}` };
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
