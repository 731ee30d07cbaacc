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
 * and edits recompute it later from the metadata, and must show the dates the summary showed.
 */
export function runScenario(raw: unknown, ctx: Pick<AppContext, 'prices' | 'now'>): ScenarioOutcome {
  const valid = validateScenario(raw);
  if (!valid.ok) return { kind: 'invalid', issues: valid.error };
  const result = analyse(valid.value, { prices: ctx.prices, today: ctx.now() });
  if (result.ok) {
    // The date analyse started from, written into the scenario afterwards: no figure depends on the
    // time of day, and parsing it back before analysing cost ~8 µs a request.
    const analysis = result.value;
    if (!analysis.scenario.startDate)
      analysis.scenario = { ...analysis.scenario, startDate: analysis.startDate };
    return { kind: 'ok', analysis };
  }
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
