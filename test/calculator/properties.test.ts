import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  FIELDS,
  KEY_BY_NAME,
  parseHumanNumber,
  parseHumanRange,
  parseInline,
  type Scenario,
  validateScenario,
} from '../../src/calculator/index.ts';
import { formatNumber, formatPct, formatUsd } from '../../src/format.ts';
import { analysisOf } from './support.ts';

const RUNS = { numRuns: 1_000 };
// Arbitrary objects may carry a valid range: a small Monte Carlo keeps a thousand runs quick.
const FEW_SAMPLES = { samples: 20 };

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A complete, valid scenario drawn from the spec's input ranges (bounded to keep sums meaningful). */
const scenarioArb = fc.record(
  {
    apiMonthlyCost: finite(0.01, 1e7),
    apiCostReductionPct: finite(0, 100),
    qualityFactorPct: finite(0.1, 200),
    fineTuneCost: finite(0, 1e6),
    gpuMonthlyCost: finite(0, 1e6),
    retrainMonthlyCost: finite(0, 1e4),
    engineeringWeeks: finite(0, 52),
    engineerHourlyRate: finite(0, 500),
    trainingExamples: fc.nat({ max: 100_000 }),
    repetitive: fc.boolean(),
    qualityBarPct: finite(1, 100),
    taskChangeCadence: fc.constantFrom('weekly', 'monthly', 'quarterly', 'stable'),
  },
  { requiredKeys: ['apiMonthlyCost', 'fineTuneCost', 'gpuMonthlyCost', 'trainingExamples', 'repetitive'] },
) as fc.Arbitrary<Scenario>;

const driftArb = fc.record(
  {
    apiPriceChangePctPerYear: finite(-90, 300),
    gpuPriceChangePctPerYear: finite(-90, 300),
    volumeGrowthPctPerYear: finite(-90, 300),
  },
  { requiredKeys: [] },
);

const withOptionalDrift = fc.tuple(scenarioArb, fc.option(driftArb, { nil: undefined })).map(([s, d]) => ({
  ...s,
  ...d,
}));

/** Strings made of the characters people type in numbers and ranges, so the parsers' edges get hit. */
const numberish = fc.string({
  unit: fc.constantFrom(...'0123456789,.$kKmMbB%eE+- '.split(''), '..', 'bn'),
  maxLength: 16,
});

const KEY_NAMES = [...KEY_BY_NAME.keys()];
const inlineish = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEY_NAMES), fc.string({ maxLength: 6 })),
      fc.oneof(
        numberish,
        fc.string({ maxLength: 8 }),
        fc.constantFrom('yes', 'no', '"a b"', '“x”', "'y'", ''),
      ),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join(' '));

const FIELD_KEYS = FIELDS.map((f) => f.key);
const rangeArb = fc.record(
  { low: fc.double(), high: fc.double(), mode: fc.double() },
  { requiredKeys: ['low', 'high'] },
);
const scenarioish = fc.dictionary(
  fc.oneof(fc.constantFrom(...FIELD_KEYS), fc.string({ maxLength: 6 })),
  fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 10 }),
    fc.boolean(),
    rangeArb,
    fc.constant(null),
  ),
  { maxKeys: 12 },
);

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
});

describe('parsers never throw', () => {
  it('parseHumanNumber: a result for any string; ok means a finite number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (text) => {
        const result = parseHumanNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(typeof result.error).toBe('string');
      }),
      RUNS,
    );
  });

  it('parseHumanRange: undefined or a result; ok means low ≤ high', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (text) => {
        const result = parseHumanRange(text);
        if (result?.ok) expect(result.value.low).toBeLessThanOrEqual(result.value.high);
      }),
      RUNS,
    );
  });

  it('parseInline: ok means spec keys only', () => {
    const specKeys = new Set(FIELD_KEYS);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), inlineish), (text) => {
        const result = parseInline(text);
        if (result.ok) for (const key of Object.keys(result.value)) expect(specKeys.has(key)).toBe(true);
        else for (const issue of result.error) expect(issue.field.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('validateScenario and evaluate: a result for any value at all', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), scenarioish), (raw) => {
        const valid = validateScenario(raw);
        const evaluated = evaluate(raw, FEW_SAMPLES);
        if (!valid.ok) expect(evaluated).toEqual(valid);
        if (!evaluated.ok) for (const issue of evaluated.error) expect(typeof issue.message).toBe('string');
      }),
      RUNS,
    );
  });

  it('inline text through validation and evaluation: never a throw', () => {
    fc.assert(
      fc.property(inlineish, (text) => {
        const parsed = parseInline(text);
        if (parsed.ok) evaluate(parsed.value, FEW_SAMPLES);
      }),
      RUNS,
    );
  });

  it('every valid scenario evaluates to finite figures (or null where the spec says never / n/a)', () => {
    fc.assert(
      fc.property(withOptionalDrift, (scenario) => {
        const result = evaluate(scenario);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const a = result.value;
        for (const value of [a.monthlyNetSavings, a.upfrontCost, a.netBenefit12, a.netBenefit36])
          expect(Number.isFinite(value)).toBe(true);
        for (const value of [a.breakEvenMonths, a.roi12, a.roi36, a.minApiBillFor6MonthPayback])
          expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('format → parse round trips', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 });

  it('formatUsd ($12,345.67) parses back to the same amount', () => {
    fc.assert(
      fc.property(cents, (n) => {
        const amount = n / 100;
        expect(parseHumanNumber(formatUsd(amount))).toEqual({ ok: true, value: amount });
      }),
      RUNS,
    );
  });

  it('Intl en-US (12,345.67) parses back to the same number', () => {
    fc.assert(
      fc.property(cents, (n) => {
        const value = n / 100;
        expect(parseHumanNumber(formatNumber(value))).toEqual({ ok: true, value });
      }),
      RUNS,
    );
  });

  it('12.3k and 2.5M style parse back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(parseHumanNumber(`${n / 10}k`)).toEqual({ ok: true, value: n * 100 });
        expect(parseHumanNumber(`${n / 100}M`)).toEqual({ ok: true, value: n * 10_000 });
      }),
      RUNS,
    );
  });

  it('formatPct (7,270.5%) parses back to the same one-decimal figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), (n) => {
        expect(parseHumanNumber(formatPct(n / 10))).toEqual({ ok: true, value: n / 10 });
      }),
      RUNS,
    );
  });
});

describe('the model’s invariants', () => {
  const increase = finite(0, 1e6);

  it('raising apiMonthlyCost never lowers monthlyNetSavings', () => {
    fc.assert(
      fc.property(withOptionalDrift, increase, (scenario, delta) => {
        const A = scenario.apiMonthlyCost as number;
        const raised = Math.min(1e9, A + delta);
        const before = analysisOf(scenario).monthlyNetSavings;
        const after = analysisOf({ ...scenario, apiMonthlyCost: raised }).monthlyNetSavings;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('raising apiMonthlyCost never lowers S when the remaining spend is fixed (apiCostAfter)', () => {
    fc.assert(
      fc.property(scenarioArb, finite(0, 1), increase, (scenario, share, delta) => {
        const A = scenario.apiMonthlyCost as number;
        const { apiCostReductionPct: _r, ...rest } = scenario;
        const base = { ...rest, apiCostAfter: A * share };
        const before = analysisOf(base).monthlyNetSavings;
        const after = analysisOf({ ...base, apiMonthlyCost: A + delta }).monthlyNetSavings;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('raising gpuMonthlyCost never raises roi12', () => {
    fc.assert(
      fc.property(withOptionalDrift, increase, (scenario, delta) => {
        const G = scenario.gpuMonthlyCost as number;
        const before = analysisOf(scenario).roi12;
        const after = analysisOf({ ...scenario, gpuMonthlyCost: G + delta }).roi12;
        if (before !== null && after !== null) expect(after).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('breakEvenMonths × monthlyNetSavings = upfrontCost when S > 0', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = analysisOf(scenario);
        if (a.monthlyNetSavings <= 0) {
          expect(a.breakEvenMonths).toBeNull();
          return;
        }
        // Only a quotient past the largest double (a subnormal S) may read as never.
        if (a.breakEvenMonths === null) {
          expect(Number.isFinite(a.upfrontCost / a.monthlyNetSavings)).toBe(false);
          return;
        }
        const product = a.breakEvenMonths * a.monthlyNetSavings;
        expect(Math.abs(product - a.upfrontCost)).toBeLessThanOrEqual(1e-9 * Math.max(1, a.upfrontCost));
      }),
      RUNS,
    );
  });

  it('GO implies 3+ quick-test yes, S > 0 and break-even within 12 months', () => {
    fc.assert(
      fc.property(withOptionalDrift, (scenario) => {
        const a = analysisOf(scenario);
        if (a.verdict !== 'GO') return;
        expect(a.quickTest.yesCount).toBeGreaterThanOrEqual(3);
        expect(a.monthlyNetSavings).toBeGreaterThan(0);
        expect(a.breakEvenMonths).not.toBeNull();
        expect(a.breakEvenMonths).toBeLessThanOrEqual(12);
      }),
      RUNS,
    );
  });

  it('the verdict is GO exactly when the test and the numbers agree', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = analysisOf(scenario);
        const numbers = a.monthlyNetSavings > 0 && a.breakEvenMonths !== null && a.breakEvenMonths <= 12;
        expect(a.verdict === 'GO').toBe(a.quickTest.yesCount >= 3 && numbers);
      }),
      RUNS,
    );
  });
});
