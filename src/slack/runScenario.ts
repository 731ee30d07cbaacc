import { formatISO } from 'date-fns';
import {
  type Analysis,
  analyse,
  applyOverrides,
  type FieldIssue,
  parseInline,
  type Scenario,
  validateScenario,
} from '../calculator/index.ts';
import type { AppContext } from '../context.ts';

export type ScenarioOutcome =
  | { kind: 'ok'; analysis: Analysis }
  /** Valid so far but missing required inputs: the modal opens prefilled instead. */
  | { kind: 'incomplete'; scenario: Scenario; missing: FieldIssue[] }
  | { kind: 'invalid'; issues: FieldIssue[] };

const isMissing = (issue: FieldIssue) => issue.missing === true;

/**
 * validate → resolve → analyse, sorting failures into "ask for more" and "fix this". A posted
 * scenario carries its start date (today, unless one was given): Breakdown, Sensitivity, what-ifs
 * and edits recompute it later from the metadata, and must show the dates the summary showed. It
 * is set before analysing, so the posted figures are exactly those any recomputation gives.
 */
export function runScenario(raw: unknown, ctx: Pick<AppContext, 'prices' | 'now'>): ScenarioOutcome {
  const valid = validateScenario(raw);
  if (!valid.ok) return { kind: 'invalid', issues: valid.error };
  const today = ctx.now();
  const dated = valid.value.startDate
    ? valid.value
    : { ...valid.value, startDate: formatISO(today, { representation: 'date' }) };
  const result = analyse(dated, { prices: ctx.prices, today });
  if (result.ok) return { kind: 'ok', analysis: result.value };
  return result.error.every(isMissing)
    ? { kind: 'incomplete', scenario: valid.value, missing: result.error }
    : { kind: 'invalid', issues: result.error.filter((i) => !isMissing(i)) };
}

/** `key=value …` typed by a user, optionally over a base scenario (a "what if" in a thread). */
export function runInlineText(
  text: string,
  ctx: Pick<AppContext, 'prices' | 'now'>,
  base?: Scenario,
): ScenarioOutcome {
  const parsed = parseInline(text);
  if (!parsed.ok) return { kind: 'invalid', issues: parsed.error };
  return runScenario(base ? applyOverrides(base, parsed.value as Scenario) : parsed.value, ctx);
}
