import { describe, expect, it } from 'vitest';
import { applyOverrides, parseInline, type Scenario, validateScenario } from '../../src/calculator/index.ts';
import { analysisOf, presetScenario } from './support.ts';

/** What `@ftroi what if …` does: parse the overrides, apply them to the base, validate the result. */
function whatIf(base: Scenario, text: string): Scenario {
  const overrides = parseInline(text);
  if (!overrides.ok) throw new Error(JSON.stringify(overrides.error));
  const next = validateScenario(applyOverrides(base, overrides.value as Scenario));
  if (!next.ok) throw new Error(JSON.stringify(next.error));
  return next.value;
}

describe('applyOverrides', () => {
  const support = presetScenario('customer-support');

  it('gpu=500 on customer-support gives $14,300 a month', () => {
    const analysis = analysisOf(whatIf(support, 'gpu=500'));
    expect(analysis.monthlyNetSavings).toBeCloseTo(14_300, 9);
  });

  it('reduction=40% replaces the base’s apiCostAfter, with no conflict', () => {
    const next = whatIf(support, 'gpu=500 reduction=40%');
    expect(next.apiCostAfter).toBeUndefined();
    expect(next.apiCostReductionPct).toBe(40);
    const analysis = analysisOf(next);
    expect(analysis.reductionPct).toBe(40);
    expect(analysis.monthlyNetSavings).toBeCloseTo(0.4 * 15_000 - 500, 9);
  });

  it('after=… replaces a base reduction', () => {
    const base = { ...presetScenario('core-formula'), apiCostReductionPct: 40 };
    const next = whatIf(base, 'after=1k');
    expect(next.apiCostReductionPct).toBeUndefined();
    expect(analysisOf(next).reductionPct).toBeCloseTo(90, 12);
  });

  it('a direct value replaces the base’s estimators, and an estimator the base’s direct value', () => {
    const estimated = {
      ...presetScenario('core-formula'),
      gpuMonthlyCost: undefined,
      inferenceHourlyRate: 2,
    };
    expect(whatIf(estimated, 'gpu=500')).not.toHaveProperty('inferenceHourlyRate');
    const next = whatIf(support, 'serve_rate=0.5');
    expect(next.gpuMonthlyCost).toBeUndefined();
    expect(analysisOf(next).monthlyRunCost).toBeCloseTo(360, 9);
  });

  it('leaves the base untouched and other inputs as they were', () => {
    const before = structuredClone(support);
    const next = whatIf(support, 'weeks=2');
    expect(support).toEqual(before);
    expect(next).toEqual({ ...support, engineeringWeeks: 2 });
  });
});
