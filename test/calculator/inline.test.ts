import { describe, expect, it } from 'vitest';
import {
  type FieldIssue,
  parseHumanBoolean,
  parseHumanNumber,
  parseHumanRange,
  parseInline,
  validateScenario,
} from '../../src/calculator/index.ts';
import { analysisOf, presetScenario } from './support.ts';

function inlineValues(text: string): Record<string, unknown> {
  const result = parseInline(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(result.error)}`);
  return result.value;
}

function inlineIssues(text: string): FieldIssue[] {
  const result = parseInline(text);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.error;
}

describe('human numbers', () => {
  it.each([
    ['15000', 15_000],
    ['15,000', 15_000],
    ['$15,000', 15_000],
    ['$15,000.50', 15_000.5],
    ['15k', 15_000],
    ['15K', 15_000],
    ['2.5M', 2_500_000],
    ['2.5m', 2_500_000],
    ['1.2b', 1_200_000_000],
    ['40%', 40],
    ['9.60', 9.6],
    ['.5', 0.5],
    ['-30%', -30],
    ['-$5', -5],
    ['1e3', 1_000],
    ['  15k  ', 15_000],
    // A suffix shifts the decimal point exactly: 2.01 × 1000 is 2009.9999999999998 in binary.
    ['2.01k', 2_010],
    ['1.005M', 1_005_000],
    ['4.03k', 4_030],
  ])('%s is %d', (text, value) => {
    expect(parseHumanNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    'abc',
    '15,00',
    '1,5000',
    '15kk',
    '$',
    '--5',
    '1.2.3',
    '15 dollars',
    'NaN',
    'Infinity',
    '0x10',
  ])('%j is not a number, and says what is accepted', (text) => {
    const result = parseHumanNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('15,000, $15,000, 15k, 2.5M or 40%');
  });

  it('1e999 is too large to be an amount', () => {
    expect(parseHumanNumber('1e999')).toEqual({
      ok: false,
      error: '"1e999" is too large to be a real amount',
    });
  });

  it.each([
    ['yes', true],
    ['YES', true],
    ['true', true],
    ['no', false],
    ['false', false],
    [' No ', false],
  ])('%j is %s', (text, value) => {
    expect(parseHumanBoolean(text)).toEqual({ ok: true, value });
  });

  it('maybe is not a boolean', () => {
    expect(parseHumanBoolean('maybe')).toEqual({ ok: false, error: expect.stringContaining('yes, no') });
  });
});

describe('human ranges', () => {
  it.each([
    ['150..400', { low: 150, high: 400 }],
    ['150-400', { low: 150, high: 400 }],
    ['$150-$400', { low: 150, high: 400 }],
    ['1.5k..2k', { low: 1_500, high: 2_000 }],
    ['30%..60%', { low: 30, high: 60 }],
    ['-40..-10', { low: -40, high: -10 }],
    ['-40..10', { low: -40, high: 10 }],
    ['200..200', { low: 200, high: 200 }],
  ])('%s is %j', (text, range) => {
    expect(parseHumanRange(text)).toEqual({ ok: true, value: range });
  });

  it.each(['150', '-30', '1e-5', '-40-10'])('%s is not a range', (text) => {
    expect(parseHumanRange(text)).toBeUndefined();
  });

  it.each(['400..150', '1..2..3..4', '1..5..3', '..5', 'a..b', '150-abc'])(
    '%s is a malformed range',
    (text) => {
      expect(parseHumanRange(text)?.ok).toBe(false);
    },
  );
});

describe('inline key=value', () => {
  it('parses the README’s customer-support line to the preset’s figures', () => {
    const values = inlineValues('api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80');
    expect(values).toEqual({
      apiMonthlyCost: 15_000,
      apiCostAfter: 200,
      gpuMonthlyCost: 200,
      fineTuneCost: 9.6,
      trainingExamples: 10_000,
      repetitive: true,
      qualityBarPct: 80,
    });
    expect(analysisOf(values).roi12).toBe(analysisOf(presetScenario('customer-support')).roi12);
  });

  it.each([
    ['api', 'apiMonthlyCost', '$15,000', 15_000],
    ['after', 'apiCostAfter', '200', 200],
    ['reduction', 'apiCostReductionPct', '40%', 40],
    ['quality', 'qualityFactorPct', '70%', 70],
    ['ft', 'fineTuneCost', '9.60', 9.6],
    ['gpu', 'gpuMonthlyCost', '1k', 1_000],
    ['retrain', 'retrainMonthlyCost', '200', 200],
    ['weeks', 'engineeringWeeks', '4', 4],
    ['rate', 'engineerHourlyRate', '$200', 200],
    ['examples', 'trainingExamples', '10k', 10_000],
    ['repetitive', 'repetitive', 'no', false],
    ['repetitive', 'repetitive', 'TRUE', true],
    ['repetitive', 'repetitive', 'false', false],
    ['repetitive', 'repetitive', 'Yes', true],
    ['bar', 'qualityBarPct', '80%', 80],
    ['cadence', 'taskChangeCadence', 'Weekly', 'weekly'],
    ['name', 'name', 'Support', 'Support'],
    // Spec names work too, case-insensitively.
    ['apiMonthlyCost', 'apiMonthlyCost', '2.5M', 2_500_000],
    ['APIMONTHLYCOST', 'apiMonthlyCost', '15000', 15_000],
  ])('%s=%s sets %s', (alias, key, text, value) => {
    expect(inlineValues(`${alias}=${text}`)).toEqual({ [key]: value });
  });

  it.each([
    ['name="Support bot"', 'Support bot'],
    ['name=“Support bot”', 'Support bot'],
    ["name='Support bot'", 'Support bot'],
    ['name="a=b c"', 'a=b c'],
  ])('a quoted name: %s', (text, name) => {
    expect(inlineValues(`${text} api=15k`)).toEqual({ name, apiMonthlyCost: 15_000 });
  });

  it('ranges where the field takes one: gpu=150..400, gpu=150-400, api_drift=-40..-10', () => {
    expect(inlineValues('gpu=150..400 api_drift=-40..-10 reduction=30%..60%')).toEqual({
      gpuMonthlyCost: { low: 150, high: 400 },
      apiPriceChangePctPerYear: { low: -40, high: -10 },
      apiCostReductionPct: { low: 30, high: 60 },
    });
    expect(inlineValues('gpu=150-400')).toEqual({ gpuMonthlyCost: { low: 150, high: 400 } });
    expect(inlineValues('api_drift=-30%')).toEqual({ apiPriceChangePctPerYear: -30 });
  });

  it('a range for a field that takes one number is an error naming it', () => {
    expect(inlineIssues('retrain=100..200')).toEqual([
      { field: 'retrainMonthlyCost', message: expect.stringContaining('cannot be a range') },
    ]);
  });

  it('unknown keys are errors, never dropped', () => {
    const issues = inlineIssues('api=15k colour=blue gpuu=200');
    expect(issues.map((i) => i.field)).toEqual(['colour', 'gpuu']);
    expect(issues[0]?.message).toContain('unknown key "colour"');
  });

  it('duplicates are errors, also under an alias and a spec name', () => {
    expect(inlineIssues('api=15k api=16k').map((i) => i.field)).toEqual(['apiMonthlyCost']);
    expect(inlineIssues('api=15k apiMonthlyCost=16k')[0]?.message).toContain('given twice');
  });

  it('a duplicate whose first value was malformed reports both', () => {
    const issues = inlineIssues('api=abc api=15k');
    expect(issues).toEqual([
      { field: 'apiMonthlyCost', message: expect.stringContaining('"abc" is not a number') },
      { field: 'apiMonthlyCost', message: expect.stringContaining('given twice') },
    ]);
  });

  it.each([
    ['api=abc', 'apiMonthlyCost', '"abc" is not a number'],
    ['api=', 'apiMonthlyCost', 'has no value (e.g. api=15k)'],
    ['api=""', 'apiMonthlyCost', 'has no value'],
    ['repetitive=maybe', 'repetitive', 'yes, no, true or false'],
    ['cadence=daily', 'taskChangeCadence', 'weekly, monthly, quarterly, stable'],
    ['gpu=400..150', 'gpuMonthlyCost', 'low end above its high end'],
    ['api=1e999', 'apiMonthlyCost', 'too large'],
    ['15000', '15000', 'not a key=value pair'],
    ['=5', '=5', 'not a key=value pair'],
  ])('%s is malformed, naming %s', (text, field, message) => {
    const issues = inlineIssues(text);
    expect(issues).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it('every malformed value names the key as typed and its spec name', () => {
    const issues = inlineIssues('api=x reduction=y quality=z bar=w examples=v');
    expect(issues.map((i) => i.message.slice(0, i.message.indexOf(':')))).toEqual([
      'api (apiMonthlyCost)',
      'reduction (apiCostReductionPct)',
      'quality (qualityFactorPct)',
      'bar (qualityBarPct)',
      'examples (trainingExamples)',
    ]);
  });

  it('bounds are the schema’s: api=-5 parses, then fails validation by name', () => {
    const values = inlineValues('api=-5');
    expect(values).toEqual({ apiMonthlyCost: -5 });
    const validated = validateScenario(values);
    expect(validated.ok).toBe(false);
    if (!validated.ok) expect(validated.error.map((i) => i.field)).toEqual(['apiMonthlyCost']);
  });

  it('examples=2.01k is the whole number 2,010', () => {
    const values = inlineValues('examples=2.01k');
    expect(values).toEqual({ trainingExamples: 2_010 });
    expect(validateScenario(values).ok).toBe(true);
  });
});

describe('ranges with a most likely value', () => {
  it('reads low..likely..high and refuses a likely value outside the range', () => {
    const parsed = parseInline('gpu=150..200..400');
    expect(parsed.ok && parsed.value.gpuMonthlyCost).toEqual({ low: 150, mode: 200, high: 400 });
    const outside = parseInline('gpu=150..500..400');
    expect(outside.ok).toBe(false);
  });
});
