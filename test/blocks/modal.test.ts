import type { InputBlock, ModalView } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inputActionId,
  inputBlockId,
  MORE_INPUTS_BLOCK_ID,
  SCENARIO_MODAL_CALLBACK_ID,
} from '../../src/blocks/ids.ts';
import {
  MODAL_FIELD_KEYS,
  MORE_INPUT_KEYS,
  modalErrors,
  readModalState,
  scenarioModal,
} from '../../src/blocks/modal.ts';
import { evaluate, FIELDS, PRESETS, type Scenario } from '../../src/calculator/index.ts';
import { submittedValues, type ViewStateValues } from '../support/viewState.ts';
import { presetScenario, TODAY } from './fixtures.ts';

const open = (initial: Scenario, title?: string) =>
  scenarioModal({ initial, privateMetadata: '{"channel":"C1"}', ...(title ? { title } : {}) });

const inputs = (view: ModalView) => view.blocks.filter((b): b is InputBlock => b.type === 'input');
const inputFor = (view: ModalView, key: string) => inputs(view).find((b) => b.block_id === inputBlockId(key));
const initialOf = (view: ModalView, key: string) => {
  const element = inputFor(view, key)?.element as Record<string, unknown> | undefined;
  return element?.initial_value ?? (element?.initial_option as { value?: string } | undefined)?.value;
};
const blockIds = (view: ModalView) => new Set(view.blocks.map((b) => b.block_id).filter(Boolean));

/** What the figures depend on: equal here means the modal lost nothing on the way round. */
const figures = (scenario: unknown) => {
  const result = evaluate(scenario, { today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const a = result.value;
  return {
    S: a.monthlyNetSavings,
    breakEven: a.breakEvenMonths,
    roi12: a.roi12,
    roi36: a.roi36,
    min: a.minApiBillFor6MonthPayback,
    verdict: a.verdict,
    warnings: a.warnings,
    quickTest: a.quickTest,
    name: a.name,
    uncertainty: a.uncertainty,
  };
};

describe('scenarioModal', () => {
  it('is the modal the submission handler expects', () => {
    const view = open({});
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: SCENARIO_MODAL_CALLBACK_ID,
      title: { type: 'plain_text', text: 'Fine-tuning ROI' },
      submit: { type: 'plain_text', text: 'Calculate' },
      close: { type: 'plain_text', text: 'Cancel' },
      private_metadata: '{"channel":"C1"}',
    });
    expect(open({}, 'A title far longer than Slack allows').title.text).toHaveLength(24);
    expect(() => scenarioModal({ initial: {}, privateMetadata: 'x'.repeat(3001) })).toThrow(RangeError);
  });

  it('has one box per modal key, block_id and action_id both the spec key, in the groups of the brief', () => {
    const view = open({});
    const boxes = inputs(view);
    expect(boxes.map((b) => b.block_id)).toEqual([...MODAL_FIELD_KEYS, MORE_INPUTS_BLOCK_ID]);
    for (const key of MODAL_FIELD_KEYS)
      expect(inputFor(view, key)?.element).toMatchObject({ action_id: inputActionId(key) });
    const headers = view.blocks
      .filter((b) => b.type === 'header')
      .map((b) => (b as { text: { text: string } }).text.text);
    expect(headers).toEqual([
      'Workload',
      'Fine-tuning',
      'Serving',
      'Quality',
      'Effort',
      'Quick test',
      'More inputs',
    ]);
    expect(MODAL_FIELD_KEYS).toEqual([
      'name',
      'apiMonthlyCost',
      'apiCostReductionPct',
      'apiCostAfter',
      'fineTuneCost',
      'gpuMonthlyCost',
      'retrainMonthlyCost',
      'qualityFactorPct',
      'engineeringWeeks',
      'engineerHourlyRate',
      'trainingExamples',
      'repetitive',
      'qualityBarPct',
      'taskChangeCadence',
    ]);
  });

  it('takes numbers as typed text and yes/no and the cadence from a menu', () => {
    const view = open({});
    for (const key of MODAL_FIELD_KEYS) {
      const type = inputFor(view, key)?.element.type;
      expect(type).toBe(
        ['repetitive', 'taskChangeCadence'].includes(key) ? 'static_select' : 'plain_text_input',
      );
    }
    const hint = inputFor(view, 'apiMonthlyCost')?.hint?.text ?? '';
    expect(hint).toContain('15k');
    expect(hint).toContain('$15,000');
    expect(inputFor(view, 'apiMonthlyCost')?.label.text).toBe('API bill today (USD a month)');
  });

  it('starts blank with the spec defaults and the required money boxes empty', () => {
    const view = open({});
    expect(initialOf(view, 'apiCostReductionPct')).toBe('100');
    expect(initialOf(view, 'qualityFactorPct')).toBe('100');
    expect(initialOf(view, 'engineerHourlyRate')).toBe('200');
    expect(initialOf(view, 'qualityBarPct')).toBe('90');
    expect(initialOf(view, 'taskChangeCadence')).toBe('stable');
    for (const key of [
      'apiMonthlyCost',
      'fineTuneCost',
      'gpuMonthlyCost',
      'trainingExamples',
      'repetitive',
    ]) {
      expect(initialOf(view, key)).toBeUndefined();
      expect(inputFor(view, key)?.optional).toBe(false);
    }
    for (const key of [
      'apiCostReductionPct',
      'apiCostAfter',
      'qualityFactorPct',
      'retrainMonthlyCost',
      'name',
    ])
      expect(inputFor(view, key)?.optional).toBe(true);
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
  });

  it('does not prefill a default whose alternative is given, and lets an estimator stand in for a required box', () => {
    const view = open({
      ...presetScenario('customer-support'),
      completionBeforePct: 95,
      completionAfterPct: 90,
    });
    expect(initialOf(view, 'apiCostAfter')).toBe('200');
    expect(initialOf(view, 'apiCostReductionPct')).toBeUndefined();
    expect(initialOf(view, 'qualityFactorPct')).toBeUndefined();
    const estimated = open({ inputTokensPerMonth: 1e9, inputPricePer1M: 2.5, inferenceHourlyRate: 0.79 });
    expect(inputFor(estimated, 'apiMonthlyCost')?.optional).toBe(true);
    expect(inputFor(estimated, 'gpuMonthlyCost')?.optional).toBe(true);
    expect(initialOf(estimated, MORE_INPUTS_BLOCK_ID)).toBe(
      'tokens_in=1000000000 price_in=2.5 serve_rate=0.79',
    );
  });

  it('carries every key without a box of its own in the key=value box', () => {
    expect([...MODAL_FIELD_KEYS, ...MORE_INPUT_KEYS].sort()).toEqual(FIELDS.map((f) => f.key).sort());
  });
});

describe('readModalState', () => {
  it.each(PRESETS.map((p) => [p.id]))('round-trips %s: prefill → submit → same figures', (id) => {
    const scenario = presetScenario(id);
    const { values, issues } = readModalState(submittedValues(open(scenario)));
    expect(issues).toEqual([]);
    expect(figures(values)).toEqual(figures(scenario));
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
      apiModel: 'gpt 4o',
      startDate: '2027-01-15',
    };
    const { values, issues } = readModalState(submittedValues(open(scenario)));
    expect(issues).toEqual([]);
    expect(values).toEqual({ ...scenario, engineerHourlyRate: 200 });
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
    const view = open(presetScenario('core-formula'));
    const state = submittedValues(view, {
      apiMonthlyCost: 'lots',
      engineeringWeeks: '3..2',
      [MORE_INPUTS_BLOCK_ID]: 'gpu=500 colour=blue',
    });
    const { issues } = readModalState(state);
    expect(issues.map((i) => i.field)).toEqual(['apiMonthlyCost', 'engineeringWeeks', MORE_INPUTS_BLOCK_ID]);
    expect(issues[0]?.message).toContain('"lots" is not a number');
    const errors = modalErrors(issues);
    expect(Object.keys(errors).sort()).toEqual(
      ['apiMonthlyCost', 'engineeringWeeks', MORE_INPUTS_BLOCK_ID].sort(),
    );
    expect(errors[MORE_INPUTS_BLOCK_ID]).toContain('colour');

    const duplicate = readModalState(submittedValues(view, { [MORE_INPUTS_BLOCK_ID]: 'gpu=500' }));
    expect(duplicate.issues).toEqual([
      { field: MORE_INPUTS_BLOCK_ID, message: expect.stringContaining('gpuMonthlyCost is also filled') },
    ]);
  });

  it('never throws on arbitrary input, and keys every issue by a box of the modal', () => {
    const ids = blockIds(open({}));
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
  it('maps every issue onto a block_id the modal has, within 150 characters', () => {
    const ids = blockIds(open({}));
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

  it("puts evaluate's own issues where the user can fix them", () => {
    const view = open({});
    const { values } = readModalState(
      submittedValues(view, {
        apiMonthlyCost: '0',
        apiCostAfter: '200',
        fineTuneCost: '10',
        gpuMonthlyCost: '100',
        trainingExamples: '100',
        repetitive: 'no',
        [MORE_INPUTS_BLOCK_ID]: 'completion_before=95',
      }),
    );
    const result = evaluate({ ...values, completionBeforePct: 95 }, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = modalErrors(result.error);
    for (const key of Object.keys(errors)) expect(blockIds(view).has(key)).toBe(true);
    expect(errors.apiMonthlyCost).toMatch(/^Must be a number above 0/);
    expect(errors.apiCostAfter).toContain('not both');
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
