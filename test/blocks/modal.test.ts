import type { ActionsBlock, ModalView } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inputActionId,
  inputBlockId,
  MORE_INPUTS_BLOCK_ID,
  REFINE_ACTION_ID,
  REFINE_ACTIONS_BLOCK_ID,
  REFINE_SECTION_BLOCK_ID,
  SCENARIO_MODAL_CALLBACK_ID,
} from '../../src/blocks/ids.ts';
import {
  CATALOGUE_PICKER_KEYS,
  FIRST_SCREEN_KEYS,
  MODAL_FIELD_KEYS,
  MORE_INPUT_KEYS,
  modalErrors,
  REFINE_BUTTON_TEXT,
  REFINE_KEYS,
  readModalState,
  scenarioModal,
} from '../../src/blocks/modal.ts';
import {
  evaluate,
  FIELD_BY_KEY,
  FIELDS,
  PRESETS,
  parseInline,
  type Scenario,
} from '../../src/calculator/index.ts';
import { submittedValues, type ViewStateValues } from '../support/viewState.ts';
import { presetScenario, TODAY } from './fixtures.ts';
import {
  blockIds,
  CATALOGUE,
  figures,
  initialOf,
  inputFor,
  inputs,
  METADATA,
  open,
  optionsOf,
  PRICES,
  picked,
} from './modalFixtures.ts';

const headers = (view: ModalView) =>
  view.blocks.filter((b) => b.type === 'header').map((b) => (b as { text: { text: string } }).text.text);

const isExpanded = (view: ModalView) => blockIds(view).has(REFINE_SECTION_BLOCK_ID);

/** The defaults the modal prefills, as readModalState gives them back. */
const PREFILLED: Scenario = {
  apiCostReductionPct: 100,
  qualityFactorPct: 100,
  engineerHourlyRate: 200,
  qualityBarPct: 90,
  taskChangeCadence: 'stable',
};

/** A value of the right kind for any key, for "does this key open the Refine section" checks. */
function sampleValue(key: string): unknown {
  const field = FIELD_BY_KEY.get(key);
  switch (field?.kind) {
    case 'choice':
      return field.choices?.[0];
    case 'boolean':
      return true;
    case 'text':
      return key === 'apiModel' ? 'gpt-4o' : key.endsWith('Gpu') ? 'runpod:l40s' : 'x';
    case 'date':
      return '2027-01-15';
    default:
      return Math.max(1, field?.min ?? 1);
  }
}

describe('scenarioModal: the first screen', () => {
  it('is the modal the submission handler expects', () => {
    const view = open({});
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: SCENARIO_MODAL_CALLBACK_ID,
      title: { type: 'plain_text', text: 'Fine-tuning ROI' },
      submit: { type: 'plain_text', text: 'Calculate' },
      close: { type: 'plain_text', text: 'Cancel' },
      private_metadata: METADATA,
    });
    expect(open({}, { title: 'A title far longer than Slack allows' }).title.text).toHaveLength(24);
    expect(() =>
      scenarioModal({ initial: {}, privateMetadata: 'x'.repeat(3001), catalogue: CATALOGUE }),
    ).toThrow(RangeError);
  });

  it('has the core boxes and the catalogue helpers, and none of the Refine inputs', () => {
    const view = open({});
    expect(inputs(view).map((b) => b.block_id)).toEqual([...FIRST_SCREEN_KEYS]);
    for (const key of [...REFINE_KEYS, MORE_INPUTS_BLOCK_ID]) expect(inputFor(view, key)).toBeUndefined();
    expect(isExpanded(view)).toBe(false);
    expect(headers(view)).toEqual([
      'Workload',
      'Fine-tuning',
      'Serving',
      'No figures at hand? Estimate from the price catalogue',
      'Quality',
      'Effort',
      'Quick test',
    ]);
    expect(FIRST_SCREEN_KEYS).toEqual([
      'name',
      'apiMonthlyCost',
      'apiCostReductionPct',
      'apiCostAfter',
      'fineTuneCost',
      'gpuMonthlyCost',
      'retrainMonthlyCost',
      'apiModel',
      'inputTokensPerMonth',
      'outputTokensPerMonth',
      'trainGpu',
      'gpuHours',
      'serveGpu',
      'inferenceHoursPerMonth',
      'qualityFactorPct',
      'engineeringWeeks',
      'engineerHourlyRate',
      'trainingExamples',
      'repetitive',
      'qualityBarPct',
      'taskChangeCadence',
    ]);
  });

  it('ends with the Refine button', () => {
    const view = open({});
    const last = view.blocks.at(-1) as ActionsBlock;
    expect(last).toMatchObject({
      type: 'actions',
      block_id: REFINE_ACTIONS_BLOCK_ID,
      elements: [{ type: 'button', action_id: REFINE_ACTION_ID, text: { text: REFINE_BUTTON_TEXT } }],
    });
    expect(REFINE_BUTTON_TEXT.length).toBeLessThanOrEqual(75);
  });

  it('block_id and action_id of every box are its spec key', () => {
    const view = open({}, { refine: true });
    for (const key of MODAL_FIELD_KEYS) {
      expect(inputFor(view, key)?.block_id).toBe(inputBlockId(key));
      expect(inputFor(view, key)?.element).toMatchObject({ action_id: inputActionId(key) });
    }
  });

  it('takes numbers as typed text; yes/no, the cadence, the FAQ choices and the catalogue from menus', () => {
    const view = open({}, { refine: true });
    const menus = ['repetitive', 'taskChangeCadence', 'modelSize', 'method', ...CATALOGUE_PICKER_KEYS];
    for (const key of MODAL_FIELD_KEYS)
      expect(inputFor(view, key)?.element.type).toBe(
        menus.includes(key) ? 'static_select' : 'plain_text_input',
      );
    const hint = inputFor(view, 'apiMonthlyCost')?.hint?.text ?? '';
    expect(hint).toContain('15k');
    expect(hint).toContain('$15,000');
    expect(inputFor(view, 'apiMonthlyCost')?.label.text).toBe('API bill today (USD a month)');
    expect(inputFor(view, 'inputTokensPerMonth')?.hint?.text).toContain('10M');
  });

  it('starts with the spec defaults; only the quick test is required, since each cost has a helper', () => {
    const view = open({});
    expect(initialOf(view, 'apiCostReductionPct')).toBe('100');
    expect(initialOf(view, 'qualityFactorPct')).toBe('100');
    expect(initialOf(view, 'engineerHourlyRate')).toBe('200');
    expect(initialOf(view, 'qualityBarPct')).toBe('90');
    expect(initialOf(view, 'taskChangeCadence')).toBe('stable');
    for (const key of ['apiMonthlyCost', 'fineTuneCost', 'gpuMonthlyCost']) {
      expect(initialOf(view, key)).toBeUndefined();
      expect(inputFor(view, key)?.optional).toBe(true);
    }
    for (const key of ['trainingExamples', 'repetitive']) expect(inputFor(view, key)?.optional).toBe(false);
    const expanded = open({}, { refine: true });
    for (const box of inputs(expanded))
      if (!['trainingExamples', 'repetitive'].includes(box.block_id ?? ''))
        expect(box.optional, box.block_id).toBe(true);
  });

  it('prefills plainly: 15000, 9.6, ranges as low..high', () => {
    const view = open({
      ...presetScenario('customer-support'),
      gpuMonthlyCost: { low: 150, high: 400 },
      engineeringWeeks: 2.5,
    });
    expect(initialOf(view, 'apiMonthlyCost')).toBe('15000');
    expect(initialOf(view, 'fineTuneCost')).toBe('9.6');
    expect(initialOf(view, 'gpuMonthlyCost')).toBe('150..400');
    expect(initialOf(view, 'engineeringWeeks')).toBe('2.5');
    expect(initialOf(view, 'repetitive')).toBe('yes');
    expect(initialOf(view, 'name')).toBe('Customer support');
    expect(isExpanded(view)).toBe(false);
  });

  it('does not prefill a default whose alternative is given', () => {
    const view = open({
      ...presetScenario('customer-support'),
      completionBeforePct: 95,
      completionAfterPct: 90,
    });
    expect(initialOf(view, 'apiCostAfter')).toBe('200');
    expect(initialOf(view, 'apiCostReductionPct')).toBeUndefined();
    expect(initialOf(view, 'qualityFactorPct')).toBeUndefined();
  });

  it('every presets opens on the first screen alone', () => {
    for (const preset of PRESETS) expect(isExpanded(open(preset.scenario)), preset.id).toBe(false);
  });
});

describe('scenarioModal: the Refine section', () => {
  it('holds drift, capacity, the FAQ estimate and the key=value box, after the first screen', () => {
    const view = open({}, { refine: true });
    expect(inputs(view).map((b) => b.block_id)).toEqual([
      ...FIRST_SCREEN_KEYS,
      ...REFINE_KEYS,
      MORE_INPUTS_BLOCK_ID,
    ]);
    expect(REFINE_KEYS).toEqual([
      'apiPriceChangePctPerYear',
      'gpuPriceChangePctPerYear',
      'volumeGrowthPctPerYear',
      'servedTokensPerMonth',
      'gpuTokensPerSecond',
      'targetUtilizationPct',
      'minReplicas',
      'inferenceHourlyRate',
      'modelSize',
      'method',
      'trainingRuns',
      'gpuHourlyRate',
    ]);
    expect(view.blocks.some((b) => b.type === 'actions')).toBe(false);
    const first = open({});
    // The first screen is the same, block for block, up to where the Refine button stood.
    expect(view.blocks.slice(0, first.blocks.length - 2)).toEqual(first.blocks.slice(0, -2));
  });

  it('explains ranges: low..high in any rangeable box runs the Monte Carlo', () => {
    const text = JSON.stringify(open({}, { refine: true }).blocks);
    expect(text).toContain('150..400');
    expect(text).toMatch(/chance of paying back/);
    for (const key of ['gpuMonthlyCost', 'apiPriceChangePctPerYear', 'gpuHourlyRate'])
      expect(inputFor(open({}, { refine: true }), key)?.hint?.text).toMatch(
        /range such as .*\.\..* Monte Carlo/,
      );
  });

  it.each([...REFINE_KEYS, ...MORE_INPUT_KEYS])('opens expanded when the scenario uses %s', (key) => {
    const view = open({ ...presetScenario('customer-support'), [key]: sampleValue(key) });
    expect(isExpanded(view)).toBe(true);
  });

  it('stays collapsed when the scenario uses only first-screen catalogue helpers', () => {
    const view = open({
      apiModel: 'gpt-4o',
      inputTokensPerMonth: 10e6,
      trainGpu: 'runpod:l40s',
      gpuHours: 4,
    });
    expect(isExpanded(view)).toBe(false);
    expect(initialOf(view, 'apiModel')).toBe('gpt-4o');
    expect(initialOf(view, 'trainGpu')).toBe('runpod:l40s');
  });

  it("gives examples in the key=value box's hint that the box accepts", () => {
    const box = inputFor(open({}, { refine: true }), MORE_INPUTS_BLOCK_ID);
    const placeholder = (box?.element as { placeholder?: { text: string } } | undefined)?.placeholder;
    const examples = [
      ...(box?.hint?.text ?? '').matchAll(/\S+=\S+/g),
      ...(placeholder?.text ?? '').matchAll(/\S+=\S+/g),
    ].map((m) => m[0].replace(/\.$/, ''));
    expect(examples.length).toBeGreaterThan(4);
    for (const example of examples) expect(parseInline(example).ok, example).toBe(true);
  });

  it('carries every key without a box of its own in the key=value box', () => {
    expect([...MODAL_FIELD_KEYS, ...MORE_INPUT_KEYS].sort()).toEqual(FIELDS.map((f) => f.key).sort());
    const view = open({ inputPricePer1M: 2.5, inputTokensPerMonth: 1e9, startDate: '2027-01-15' });
    expect(initialOf(view, MORE_INPUTS_BLOCK_ID)).toBe('price_in=2.5 start=2027-01-15');
    expect(initialOf(view, 'inputTokensPerMonth')).toBe('1000000000');
  });
});

describe('readModalState', () => {
  it.each(PRESETS.map((p) => [p.id]))('round-trips %s: prefill → submit → same figures', (id) => {
    const scenario = presetScenario(id);
    const { values, issues } = readModalState(submittedValues(open(scenario)));
    expect(issues).toEqual([]);
    expect(figures(values)).toEqual(figures(scenario));
  });

  it('round-trips the catalogue helpers: model, tokens, GPUs and hours', () => {
    const scenario: Scenario = {
      ...PREFILLED,
      apiModel: 'gpt-4o',
      inputTokensPerMonth: 10e6,
      outputTokensPerMonth: 2e6,
      trainGpu: 'runpod:a100-sxm-80gb',
      gpuHours: 4,
      serveGpu: 'runpod:l40s',
      inferenceHoursPerMonth: 360,
      trainingExamples: 10_000,
      repetitive: true,
    };
    const { values, issues } = readModalState(submittedValues(open(scenario)));
    expect(issues).toEqual([]);
    expect(values).toEqual(scenario);
    const f = figures(values);
    expect(f).toEqual(figures(scenario));
    expect(f.notes).toEqual([
      'API bill estimated from tokens: $45.00 a month.',
      'Fine-tuning cost $5.56 = 4 GPU-hours × $1.39/h.',
      'GPU serving $284.40 a month = $0.79/h × 360 h.',
    ]);
  });

  it('round-trips every Refine input, ranges included', () => {
    const drift: Scenario = {
      ...presetScenario('customer-support'),
      engineerHourlyRate: 200,
      qualityFactorPct: 100,
      taskChangeCadence: 'stable',
      apiPriceChangePctPerYear: { low: -40, high: -10 },
      gpuPriceChangePctPerYear: -20,
      volumeGrowthPctPerYear: 50,
      gpuMonthlyCost: { low: 150, high: 400 },
    };
    const capacity: Scenario = {
      ...PREFILLED,
      apiMonthlyCost: 15_000,
      fineTuneCost: 100,
      servedTokensPerMonth: 500e6,
      gpuTokensPerSecond: { low: 1000, high: 2000 },
      targetUtilizationPct: 60,
      minReplicas: 2,
      inferenceHourlyRate: 0.79,
      trainingExamples: 10_000,
      repetitive: true,
    };
    const faq: Scenario = {
      ...PREFILLED,
      apiMonthlyCost: 15_000,
      gpuMonthlyCost: 200,
      modelSize: '70B',
      method: 'qlora',
      trainingRuns: 3,
      gpuHourlyRate: { low: 1.5, high: 2.5 },
      trainingExamples: 10_000,
      repetitive: true,
    };
    for (const scenario of [drift, capacity, faq]) {
      const view = open(scenario);
      expect(isExpanded(view)).toBe(true);
      const { values, issues } = readModalState(submittedValues(view));
      expect(issues).toEqual([]);
      expect(values).toEqual(scenario);
      expect(figures(values)).toEqual(figures(scenario));
    }
  });

  it('round-trips the inputs without boxes, text with spaces and ranges', () => {
    const scenario: Scenario = {
      name: 'Docs "bot" with spaces',
      apiMonthlyCost: { low: 8000, high: 12_000 },
      apiCostReductionPct: 95,
      qualityFactorPct: 90,
      inferenceHourlyRate: { low: 0.5, high: 1.2 },
      inferenceHoursPerMonth: 360,
      fineTuneCost: 120,
      apiPriceChangePctPerYear: -30,
      volumeGrowthPctPerYear: 50,
      trainingExamples: 12_345,
      repetitive: true,
      qualityBarPct: 85,
      taskChangeCadence: 'quarterly',
      inputPricePer1M: 2.5,
      completionBeforePct: 95,
      startDate: '2027-01-15',
    };
    const { values, issues } = readModalState(submittedValues(open({ ...scenario })));
    expect(issues).toEqual([]);
    expect(values).toEqual({ ...scenario, engineerHourlyRate: 200 });
  });

  it('reads a pick in the catalogue menus as the row id, and a picked model with tokens as the bill', () => {
    const view = open({});
    const state = {
      ...submittedValues(view, {
        apiModel: 'gpt-4o',
        inputTokensPerMonth: '10M',
        fineTuneCost: '9.6',
        trainingExamples: '10k',
        repetitive: 'yes',
      }),
      ...picked(view, 'serveGpu', 'lambda:a10'),
    };
    const { values, issues } = readModalState(state);
    expect(issues).toEqual([]);
    expect(values).toMatchObject({ apiModel: 'gpt-4o', inputTokensPerMonth: 10e6, serveGpu: 'lambda:a10' });
    const result = evaluate(values, { today: TODAY, prices: PRICES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.inputs.apiMonthlyCost).toBe(25);
    expect(result.value.inputs.gpuMonthlyCost).toBeCloseTo(1.29 * 720, 6);
    expect(result.value.inputs.pricesUsed.map((p) => [p.id, p.used])).toEqual([
      ['gpt-4o', true],
      ['lambda:a10', true],
    ]);
  });

  it('reads what a person types: 20k, $1,000, 40%, a cleared box', () => {
    const view = open(presetScenario('core-formula'));
    const state = submittedValues(view, {
      apiMonthlyCost: '$20k',
      gpuMonthlyCost: '1,000',
      apiCostReductionPct: '40%',
      qualityBarPct: null,
      repetitive: 'yes',
      taskChangeCadence: 'weekly',
    });
    const { values, issues } = readModalState(state);
    expect(issues).toEqual([]);
    expect(values).toMatchObject({
      apiMonthlyCost: 20_000,
      gpuMonthlyCost: 1000,
      apiCostReductionPct: 40,
      repetitive: true,
      taskChangeCadence: 'weekly',
    });
    expect(values).not.toHaveProperty('qualityBarPct');
  });

  it('reports an unreadable value on its own box, and a duplicate or unknown key on the key=value box', () => {
    const view = open(presetScenario('core-formula'), { refine: true });
    const state = submittedValues(view, {
      apiMonthlyCost: 'lots',
      engineeringWeeks: '3..2',
      gpuHourlyRate: 'cheap',
      [MORE_INPUTS_BLOCK_ID]: 'gpu=500 colour=blue',
    });
    const { issues } = readModalState(state);
    expect(issues.map((i) => i.field)).toEqual([
      'apiMonthlyCost',
      'engineeringWeeks',
      'gpuHourlyRate',
      MORE_INPUTS_BLOCK_ID,
    ]);
    expect(issues[0]?.message).toContain('"lots" is not a number');
    const errors = modalErrors(issues);
    expect(Object.keys(errors).sort()).toEqual(
      ['apiMonthlyCost', 'engineeringWeeks', 'gpuHourlyRate', MORE_INPUTS_BLOCK_ID].sort(),
    );
    expect(errors[MORE_INPUTS_BLOCK_ID]).toContain('colour');

    const duplicate = readModalState(submittedValues(view, { [MORE_INPUTS_BLOCK_ID]: 'gpu=500' }));
    expect(duplicate.issues).toEqual([
      { field: MORE_INPUTS_BLOCK_ID, message: expect.stringContaining('gpuMonthlyCost is also filled') },
    ]);
    const twice = readModalState(
      submittedValues(view, { apiModel: 'gpt-4o', [MORE_INPUTS_BLOCK_ID]: 'model=gpt-4o-mini' }),
    );
    expect(twice.issues).toEqual([
      { field: MORE_INPUTS_BLOCK_ID, message: expect.stringContaining('apiModel is also filled') },
    ]);
  });

  it('never throws on arbitrary input, and keys every issue by a box of the modal', () => {
    const ids = blockIds(open({}, { refine: true }));
    const boxId = fc.constantFrom(...ids).map(String);
    const elementState = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.string(), value: fc.oneof(fc.string(), fc.constant(null), fc.anything()) }),
      fc.record({
        type: fc.constant('static_select'),
        selected_option: fc.oneof(fc.anything(), fc.record({ value: fc.string() })),
      }),
    );
    const block = fc.oneof(fc.anything(), fc.dictionary(fc.oneof(boxId, fc.string()), elementState));
    const state = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.oneof(boxId, fc.string(), fc.constant('__proto__')), block),
    );
    fc.assert(
      fc.property(state, (raw) => {
        const { values, issues } = readModalState(raw as ViewStateValues);
        expect(typeof values).toBe('object');
        for (const issue of issues) expect(ids.has(issue.field)).toBe(true);
        for (const key of Object.keys(modalErrors(issues))) expect(ids.has(key)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('modalErrors', () => {
  it('maps every issue onto a block_id the expanded modal has, within 150 characters', () => {
    const ids = blockIds(open({}, { refine: true }));
    const field = fc.oneof(
      fc.constantFrom(...FIELDS.map((f) => f.key), 'scenario', MORE_INPUTS_BLOCK_ID),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ field, message: fc.string({ maxLength: 400 }) }), { maxLength: 8 }),
        (issues) => {
          for (const [blockId, message] of Object.entries(modalErrors(issues))) {
            expect(ids.has(blockId)).toBe(true);
            expect(message.length).toBeLessThanOrEqual(150);
            expect(message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps every error of a first-screen submission on a box the first screen shows', () => {
    const view = open({});
    const ids = blockIds(view);
    const typed = fc.constantFrom(
      null,
      '',
      'abc',
      '0',
      '-5',
      '4',
      '10M',
      '150..400',
      '3..2',
      '1e999',
      '200',
      '15k',
      '40%',
      '101',
    );
    const boxes = inputs(view).map((b) => b.block_id as string);
    const choice = (key: string) =>
      fc.constantFrom(null, ...optionsOf(view, key).map((o) => o.value as string));
    const entry = (key: string) =>
      inputFor(view, key)?.element.type === 'static_select' ? choice(key) : typed;
    const filled = fc.record(Object.fromEntries(boxes.map((key) => [key, entry(key)])));
    fc.assert(
      fc.property(filled, (chosen) => {
        const flat: Record<string, string | null> = {};
        const state: ViewStateValues = {};
        for (const [key, value] of Object.entries(chosen)) {
          const grouped = ['trainGpu', 'serveGpu'].includes(key);
          if (grouped && value !== null) Object.assign(state, picked(view, key, value as string));
          else flat[key] = value as string | null;
        }
        const values = { ...submittedValues(view, flat), ...state };
        const read = readModalState(values);
        const issues = read.issues.length > 0 ? read.issues : evaluateIssues(read.values);
        for (const key of Object.keys(modalErrors(issues))) expect(ids.has(key), key).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('puts "hours need a rate" on the catalogue picker, which the first screen always shows', () => {
    const view = open({});
    const { values } = readModalState(
      submittedValues(view, {
        apiMonthlyCost: '1000',
        gpuHours: '4',
        inferenceHoursPerMonth: '360',
        trainingExamples: '100',
        repetitive: 'no',
      }),
    );
    const errors = modalErrors(evaluateIssues(values));
    expect(Object.keys(errors).sort()).toEqual(['serveGpu', 'trainGpu']);
    expect(errors.trainGpu).toMatch(/train_gpu/);
    expect(errors.serveGpu).toMatch(/serve_gpu/);
  });

  it('puts a missing bill under the API bill when the catalogue helper has no tokens', () => {
    const view = open({});
    const { values } = readModalState(
      submittedValues(view, {
        apiModel: 'gpt-4o',
        gpuMonthlyCost: '200',
        fineTuneCost: '10',
        trainingExamples: '100',
        repetitive: 'no',
      }),
    );
    const errors = modalErrors(evaluateIssues(values));
    expect(Object.keys(errors).sort()).toEqual(['apiMonthlyCost', 'inputTokensPerMonth']);
    expect(errors.inputTokensPerMonth).toMatch(/tokens_in/);
  });

  it("puts evaluate's own issues where the user can fix them", () => {
    const view = open({}, { refine: true });
    const { values } = readModalState(
      submittedValues(view, {
        apiMonthlyCost: '0',
        apiCostAfter: '200',
        fineTuneCost: '10',
        gpuMonthlyCost: '100',
        trainingExamples: '100',
        repetitive: 'no',
        [MORE_INPUTS_BLOCK_ID]: 'completionBeforePct=95',
      }),
    );
    const result = evaluate(values, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = modalErrors(result.error);
    for (const key of Object.keys(errors)) expect(blockIds(view).has(key)).toBe(true);
    expect(errors.apiMonthlyCost).toMatch(/^Must be a number above 0/);
    expect(errors.apiCostAfter).toContain('not both');
    expect(errors[MORE_INPUTS_BLOCK_ID]).toMatch(/completion/);
  });

  it('joins two issues on one box and maps whole-scenario issues to the first money box', () => {
    const errors = modalErrors([
      { field: 'gpuMonthlyCost', message: 'gpu (gpuMonthlyCost) is too high' },
      {
        field: 'gpuMonthlyCost',
        message: 'give either gpuMonthlyCost (gpu) or the throughput model, not both',
      },
      { field: 'scenario', message: 'a scenario must be an object of inputs' },
      { field: 'completionBeforePct', message: 'the quality estimate needs both rates' },
    ]);
    expect(errors.gpuMonthlyCost).toBe(
      'Is too high · give either gpuMonthlyCost (gpu) or the throughput model, not both',
    );
    expect(errors.apiMonthlyCost).toBe('a scenario must be an object of inputs');
    expect(errors[MORE_INPUTS_BLOCK_ID]).toBe('the quality estimate needs both rates');
  });
});

/** Validation and resolution issues for a submission, as the submission handler meets them. */
function evaluateIssues(values: Record<string, unknown>) {
  const result = evaluate(values, { today: TODAY, prices: PRICES, samples: 50 });
  return result.ok ? [] : result.error;
}

describe('modalErrors against the blocks a view really has', () => {
  it('moves an error whose block is not in the view onto one that is, keeping the field name', () => {
    const errors = modalErrors(
      [{ field: 'modelSize', message: 'modelSize must be one of 7B, 70B' }],
      new Set(['apiMonthlyCost', 'gpuMonthlyCost']),
    );
    expect(Object.keys(errors)).toEqual(['apiMonthlyCost']);
    expect(errors.apiMonthlyCost).toMatch(/modelSize/);
  });

  it('uses the first present block when the API bill box is absent too', () => {
    const errors = modalErrors([{ field: 'modelSize', message: 'bad' }], new Set(['gpuMonthlyCost']));
    expect(Object.keys(errors)).toEqual(['gpuMonthlyCost']);
  });
});
