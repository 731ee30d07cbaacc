import {
  type AnalyseOptions,
  type Analysis,
  evaluate,
  FIELD_BY_KEY,
  type FieldIssue,
  findPreset,
  type Scenario,
  validateScenario,
} from '../../src/calculator/index.ts';

/** A fixed start so that break-even dates do not depend on the day the suite runs. */
export const START = '2026-01-15';

export function presetScenario(id: string): Scenario {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.scenario;
}

/** Evaluates a scenario the test knows is valid; a failure shows the issues instead of a bare `ok`. */
export function analysisOf(raw: unknown, options: AnalyseOptions = {}): Analysis {
  const result = evaluate(raw, options);
  if (!result.ok) throw new Error(`expected a valid scenario, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The issues of a scenario the test knows is wrong, from `evaluate` (schema and missing inputs). */
export function issuesOf(raw: unknown, options: AnalyseOptions = {}): FieldIssue[] {
  const result = evaluate(raw, options);
  if (result.ok) throw new Error(`expected issues, got a valid scenario: ${JSON.stringify(raw)}`);
  return result.error;
}

export function schemaIssuesOf(raw: unknown): FieldIssue[] {
  const result = validateScenario(raw);
  if (result.ok) throw new Error(`expected schema issues for ${JSON.stringify(raw)}`);
  return result.error;
}

/** True when the message names the field as users know it: its spec key or one of its aliases. */
export function namesField(issue: FieldIssue): boolean {
  const names = [issue.field, ...(FIELD_BY_KEY.get(issue.field)?.aliases ?? [])];
  return names.some((name) => issue.message.includes(name));
}
