import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldIssue, validateScenario } from '../../src/calculator/index.ts';
import { analysisOf, issuesOf, namesField, presetScenario, schemaIssuesOf } from './support.ts';

const fieldsOf = (issues: FieldIssue[]) => issues.map((i) => i.field);

/** Inputs a field needs beside it, so that only its own bound is under test. */
const COMPANIONS: Record<string, Record<string, unknown>> = {
  apiCostAfter: { apiMonthlyCost: 1e9 },
  completionBeforePct: { completionAfterPct: 50 },
  completionAfterPct: { completionBeforePct: 50 },
  retryBeforePct: { completionBeforePct: 50, completionAfterPct: 50 },
  retryAfterPct: { completionBeforePct: 50, completionAfterPct: 50 },
  servedTokensPerMonth: { gpuTokensPerSecond: 1_000 },
  gpuTokensPerSecond: { servedTokensPerMonth: 1e6 },
  modelSize: { method: 'qlora' },
  method: { modelSize: '7B' },
};

const withField = (key: string, value: unknown) => ({ ...COMPANIONS[key], [key]: value });

// [key, accepted values, rejected values]: the spec's "valid" column, edges included.
const BOUNDS: [string, number[], number[]][] = [
  ['apiMonthlyCost', [0.01, 15_000, 1e9], [0, -1, 1e9 + 1]],
  ['apiCostReductionPct', [0, 40, 100], [-0.1, 100.1]],
  ['apiCostAfter', [0, 200], [-1]],
  ['qualityFactorPct', [0.1, 100, 200], [0, -5, 200.1]],
  ['completionBeforePct', [1, 100], [0, 0.9, 100.5]],
  ['completionAfterPct', [1, 100], [0, 0.9, 100.5]],
  ['retryBeforePct', [0, 100], [-1, 100.1]],
  ['retryAfterPct', [0, 100], [-1, 100.1]],
  ['fineTuneCost', [0, 9.6], [-0.01]],
  ['gpuHours', [0, 4], [-1]],
  ['gpuHourlyRate', [0, 2.4], [-1]],
  ['gpuMonthlyCost', [0, 200], [-1]],
  ['inferenceHourlyRate', [0, 0.28], [-0.01]],
  ['inferenceHoursPerMonth', [0, 720], [-1]],
  ['retrainMonthlyCost', [0, 200], [-1]],
  ['engineeringWeeks', [0, 4, 520], [-1, 520.5]],
  ['engineerHourlyRate', [0, 200], [-1]],
  ['trainingExamples', [0, 10_000], [-1, 1.5, 4999.9]],
  ['qualityBarPct', [1, 90, 100], [0, 0.5, 101]],
  ['apiPriceChangePctPerYear', [-90, 0, 300], [-91, 301]],
  ['gpuPriceChangePctPerYear', [-90, 300], [-90.5, 300.5]],
  ['volumeGrowthPctPerYear', [-90, 300], [-100, 400]],
  ['servedTokensPerMonth', [0, 5e8], [-1]],
  ['gpuTokensPerSecond', [0.5, 1_500], [0, -1]],
  ['targetUtilizationPct', [1, 50, 100], [0, 101]],
  ['minReplicas', [1, 3], [0, 1.5]],
  ['trainingRuns', [1, 2], [0, 2.5]],
  ['inputTokensPerMonth', [0, 1e7], [-1]],
  ['outputTokensPerMonth', [0, 2e6], [-1]],
  ['inputPricePer1M', [0, 2.5], [-1]],
  ['outputPricePer1M', [0, 10], [-1]],
  ['tokenReductionPct', [0, 60, 100], [-1, 101]],
  ['pricePerTokenReductionPct', [0, 60, 100], [-1, 101]],
];

const NUMERIC_KEYS = FIELDS.filter((f) => ['money', 'percent', 'number', 'integer'].includes(f.kind)).map(
  (f) => f.key,
);

describe('ranges from the spec’s input table', () => {
  const accepted = BOUNDS.flatMap(([key, good]) => good.map((value) => [key, value] as const));
  const rejected = BOUNDS.flatMap(([key, , bad]) => bad.map((value) => [key, value] as const));

  it.each(accepted)('%s = %d is accepted', (key, value) => {
    expect(validateScenario(withField(key, value))).toEqual({ ok: true, value: withField(key, value) });
  });

  it.each(rejected)('%s = %d is rejected, naming the field and what is accepted', (key, value) => {
    const issues = schemaIssuesOf(withField(key, value));
    expect(fieldsOf(issues)).toEqual([key]);
    expect(namesField(issues[0] as FieldIssue)).toBe(true);
    expect(issues[0]?.message).toMatch(/must be a (number|percentage|whole number)/);
  });

  it('messages quote the bounds', () => {
    const [api] = schemaIssuesOf({ apiMonthlyCost: 0 });
    expect(api?.message).toContain('above 0 to 1,000,000,000');
    const [bar] = schemaIssuesOf({ qualityBarPct: 101 });
    expect(bar?.message).toContain('from 1 to 100');
    const [weeks] = schemaIssuesOf({ engineeringWeeks: 521 });
    expect(weeks?.message).toContain('from 0 to 520');
    const [examples] = schemaIssuesOf({ trainingExamples: 1.5 });
    expect(examples?.message).toContain('whole number');
  });

  it('every numeric field is in the bounds table', () => {
    const covered = new Set(BOUNDS.map(([key]) => key));
    expect(NUMERIC_KEYS.filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('non-finite and mistyped values', () => {
  const cases = NUMERIC_KEYS.flatMap((key) =>
    [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map((v) => [key, v] as const),
  );

  it.each(cases)('%s = %d is rejected by name', (key, value) => {
    const issues = schemaIssuesOf(withField(key, value));
    expect(fieldsOf(issues)).toContain(key);
    expect(issues.every(namesField)).toBe(true);
  });

  it('a non-finite end of a range is rejected', () => {
    expect(fieldsOf(schemaIssuesOf({ gpuMonthlyCost: { low: Number.NaN, high: 400 } }))).toEqual([
      'gpuMonthlyCost',
    ]);
    expect(
      fieldsOf(schemaIssuesOf({ gpuMonthlyCost: { low: 150, high: Number.POSITIVE_INFINITY } })),
    ).toEqual(['gpuMonthlyCost']);
  });

  it.each([
    ['apiMonthlyCost', '15000'],
    ['repetitive', 'yes'],
    ['repetitive', 1],
    ['taskChangeCadence', 'daily'],
    ['modelSize', '13B'],
    ['startDate', '2026-02-30'],
    ['startDate', '15/01/2026'],
    ['name', ''],
    ['name', 'x'.repeat(151)],
    ['trainingExamples', null],
  ])('%s = %j is rejected by name', (key, value) => {
    const issues = schemaIssuesOf(withField(key, value));
    expect(fieldsOf(issues)).toEqual([key]);
    expect(issues.every(namesField)).toBe(true);
  });

  it.each([null, 42, 'api=15k', [], [1, 2]])(
    'a scenario that is not an object (%j) is one clear issue',
    (raw) => {
      expect(schemaIssuesOf(raw)).toEqual([
        { field: 'scenario', message: 'a scenario must be an object of inputs' },
      ]);
    },
  );
});

describe('ranges as JSON', () => {
  it('accepts low..high with and without a mode within it', () => {
    expect(validateScenario({ gpuMonthlyCost: { low: 150, high: 400 } }).ok).toBe(true);
    expect(validateScenario({ gpuMonthlyCost: { low: 150, high: 400, mode: 150 } }).ok).toBe(true);
    expect(validateScenario({ gpuMonthlyCost: { low: 200, high: 200, mode: 200 } }).ok).toBe(true);
  });

  it.each([
    ['a mode outside its range', { gpuMonthlyCost: { low: 150, high: 400, mode: 500 } }, /mode/],
    ['a low end above the high end', { gpuMonthlyCost: { low: 400, high: 150 } }, /low end/],
    ['an end out of the field’s range', { apiCostReductionPct: { low: 50, high: 120 } }, /must be/],
    ['an unknown member', { gpuMonthlyCost: { low: 150, high: 400, p: 1 } }, /only low, high and mode/],
    ['a range for an input that takes none', { retrainMonthlyCost: { low: 1, high: 2 } }, /must be/],
  ])('rejects %s, by name', (_what, raw, message) => {
    const issues = schemaIssuesOf(raw);
    expect(fieldsOf(issues)).toEqual(Object.keys(raw));
    expect(issues[0]?.message).toMatch(message);
    expect(issues.every(namesField)).toBe(true);
  });
});

describe('required inputs', () => {
  const REQUIRED = ['apiMonthlyCost', 'fineTuneCost', 'gpuMonthlyCost', 'trainingExamples', 'repetitive'];

  it('an empty scenario reports each required input by field', () => {
    const issues = issuesOf({});
    expect(fieldsOf(issues)).toEqual(REQUIRED);
    expect(issues.every(namesField)).toBe(true);
  });

  it.each(REQUIRED)('missing %s alone is reported alone', (key) => {
    const scenario: Record<string, unknown> = { ...presetScenario('customer-support') };
    delete scenario[key];
    if (key === 'apiMonthlyCost') delete scenario.apiCostAfter; // else after > api has nothing to compare
    const issues = issuesOf(scenario);
    expect(fieldsOf(issues)).toEqual([key]);
    expect(namesField(issues[0] as FieldIssue)).toBe(true);
  });

  it('an alternative stands in for a required input', () => {
    const { apiMonthlyCost, fineTuneCost, gpuMonthlyCost, ...rest } = presetScenario('core-formula');
    const analysis = analysisOf({
      ...rest,
      inputTokensPerMonth: 4e9,
      inputPricePer1M: 2.5,
      gpuHours: 100,
      gpuHourlyRate: 5,
      inferenceHourlyRate: 1_000 / 720,
    });
    expect(analysis.inputs.apiMonthlyCost).toBe(apiMonthlyCost);
    expect(analysis.inputs.fineTuneCost).toBe(fineTuneCost);
    expect(analysis.inputs.gpuMonthlyCost).toBeCloseTo(gpuMonthlyCost as number, 9);
    expect(analysis.roi12).toBeCloseTo(860, 9);
  });

  it('defaults: r 100 %, q 100 %, R 0, 0 weeks, $200/h, bar 90 %, stable', () => {
    const { inputs } = analysisOf({
      apiMonthlyCost: 1_000,
      fineTuneCost: 0,
      gpuMonthlyCost: 0,
      trainingExamples: 0,
      repetitive: true,
    });
    expect(inputs).toMatchObject({
      reductionPct: 100,
      qualityFactorPct: 100,
      retrainMonthlyCost: 0,
      engineeringWeeks: 0,
      engineerHourlyRate: 200,
      qualityBarPct: 90,
      taskChangeCadence: 'stable',
    });
  });
});

describe('both halves of an alternative pair', () => {
  const base = presetScenario('core-formula');
  // [what, extra inputs, the field the issue is filed under, the other half its message must name]
  it.each([
    [
      'reduction and after',
      { apiCostReductionPct: 40, apiCostAfter: 200 },
      'apiCostAfter',
      'apiCostReductionPct',
    ],
    [
      'quality factor and completion rates',
      { qualityFactorPct: 90, completionBeforePct: 95, completionAfterPct: 90 },
      'qualityFactorPct',
      'completion',
    ],
    [
      'quality factor and retry rates',
      { qualityFactorPct: 90, completionBeforePct: 95, completionAfterPct: 95, retryAfterPct: 5 },
      'qualityFactorPct',
      'retry',
    ],
    ['fine-tune cost and GPU hours × rate', { gpuHours: 4, gpuHourlyRate: 2.4 }, 'fineTuneCost', 'gpuHours'],
    [
      'GPU cost and the inference rate',
      { inferenceHourlyRate: 0.28 },
      'gpuMonthlyCost',
      'inferenceHourlyRate',
    ],
    [
      'GPU cost and the throughput model',
      { servedTokensPerMonth: 1e9, gpuTokensPerSecond: 500 },
      'gpuMonthlyCost',
      'servedTokensPerMonth',
    ],
    [
      'reduction and the token/price reductions',
      { apiCostReductionPct: 40, tokenReductionPct: 60 },
      'tokenReductionPct',
      'apiCostReductionPct',
    ],
  ])('%s is an error', (_what, extra, field, other) => {
    const issues = schemaIssuesOf({ ...base, ...extra });
    expect(fieldsOf(issues)).toEqual([field]);
    expect(issues[0]?.message).toContain(other);
    expect(issues.every(namesField)).toBe(true);
  });

  it.each([
    ['only one completion rate', { completionBeforePct: 95 }, 'completionBeforePct'],
    ['only a retry rate', { retryAfterPct: 5 }, 'completionBeforePct'],
    ['only the served tokens', { servedTokensPerMonth: 1e9 }, 'servedTokensPerMonth'],
    ['only the throughput', { gpuTokensPerSecond: 500 }, 'servedTokensPerMonth'],
    ['only a model size', { modelSize: '7B' }, 'modelSize'],
    ['only a method', { method: 'qlora' }, 'modelSize'],
  ])('%s is an incomplete estimate', (_what, extra, field) => {
    const { gpuMonthlyCost: _g, ...rest } = base;
    const issues = schemaIssuesOf({ ...rest, ...extra });
    expect(fieldsOf(issues)).toEqual([field]);
    expect(issues.every(namesField)).toBe(true);
  });

  it('apiCostAfter above apiMonthlyCost is an error; equal to it is r = 0', () => {
    const issues = schemaIssuesOf({ ...base, apiCostAfter: 10_000.01 });
    expect(fieldsOf(issues)).toEqual(['apiCostAfter']);
    expect(issues[0]?.message).toContain('apiMonthlyCost');
    expect(analysisOf({ ...base, apiCostAfter: 10_000 }).reductionPct).toBe(0);
  });

  it('apiCostAfter must not exceed the low end of a ranged bill', () => {
    const issues = schemaIssuesOf({ ...base, apiMonthlyCost: { low: 100, high: 1_000 }, apiCostAfter: 500 });
    expect(fieldsOf(issues)).toEqual(['apiCostAfter']);
  });

  it('apiCostAfter must not exceed a bill estimated from tokens either (10M at $2.50/1M is $25)', () => {
    const { apiMonthlyCost: _a, ...unbilled } = base;
    const tokens = { ...unbilled, inputTokensPerMonth: 10e6, inputPricePer1M: 2.5 };
    const issues = issuesOf({ ...tokens, apiCostAfter: 200 });
    expect(issues).toEqual([
      {
        field: 'apiCostAfter',
        message:
          'apiCostAfter (after) must be at most apiMonthlyCost (api), here $25.00 a month: the API spend that remains cannot exceed the bill',
      },
    ]);
    expect(analysisOf({ ...tokens, apiCostAfter: 25 }).reductionPct).toBe(0);
    expect(analysisOf({ ...tokens, apiCostAfter: 5 }).reductionPct).toBeCloseTo(80, 12);
  });
});

describe('unknown keys', () => {
  it('are errors naming each key', () => {
    const issues = schemaIssuesOf({ ...presetScenario('core-formula'), foo: 1, bar: 2 });
    expect(fieldsOf(issues)).toEqual(['foo', 'bar']);
    expect(issues.every((i) => i.message.includes(`unknown key "${i.field}"`))).toBe(true);
  });

  it('an alias or a mis-cased spec name in JSON suggests the spec name', () => {
    const [alias] = schemaIssuesOf({ api: 15_000 });
    expect(alias).toEqual({ field: 'api', message: expect.stringContaining('did you mean apiMonthlyCost?') });
    const [cased] = schemaIssuesOf({ apimonthlycost: 15_000 });
    expect(cased?.message).toContain('did you mean apiMonthlyCost?');
  });

  it('an unknown key with no likely match lists the known keys', () => {
    const [issue] = schemaIssuesOf({ colour: 'blue' });
    expect(issue?.message).toContain('known keys: name, api (apiMonthlyCost)');
  });
});
