/**
 * The Refine step: the modal rebuilt from what its boxes hold, with the Refine section open. Nothing
 * typed may be lost, unparseable text included, and no default may come back into a cleared box.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MORE_INPUTS_BLOCK_ID, REFINE_SECTION_BLOCK_ID } from '../../src/blocks/ids.ts';
import { FIRST_SCREEN_KEYS, readModalRawText, readModalState, refinedModal } from '../../src/blocks/modal.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { submittedValues, type ViewStateValues } from '../support/viewState.ts';
import { presetScenario } from './fixtures.ts';
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
  picked,
} from './modalFixtures.ts';

const refine = (state: ViewStateValues, title?: string) =>
  refinedModal({
    typed: readModalRawText(state),
    privateMetadata: METADATA,
    catalogue: CATALOGUE,
    ...(title ? { title } : {}),
  });

describe('readModalRawText', () => {
  it('keeps what was typed exactly, unparseable or not, and what was picked', () => {
    const view = open({}, { refine: true });
    const state = {
      ...submittedValues(view, {
        apiMonthlyCost: 'about 15k?',
        apiCostReductionPct: null,
        gpuMonthlyCost: '150..400',
        repetitive: 'yes',
        apiModel: 'gpt-4o',
        apiPriceChangePctPerYear: '-30%',
        [MORE_INPUTS_BLOCK_ID]: 'start=2027-01-15 nonsense',
      }),
      ...picked(view, 'trainGpu', 'vast:h100-sxm'),
    };
    expect(readModalRawText(state)).toEqual({
      apiMonthlyCost: 'about 15k?',
      gpuMonthlyCost: '150..400',
      qualityFactorPct: '100',
      engineerHourlyRate: '200',
      repetitive: 'yes',
      qualityBarPct: '90',
      taskChangeCadence: 'stable',
      apiModel: 'gpt-4o',
      trainGpu: 'vast:h100-sxm',
      apiPriceChangePctPerYear: '-30%',
      [MORE_INPUTS_BLOCK_ID]: 'start=2027-01-15 nonsense',
    });
  });

  it('never throws, whatever the state', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const typed = readModalRawText(raw as ViewStateValues);
        for (const value of Object.values(typed)) expect(typeof value).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('refinedModal', () => {
  it('is the same modal with the Refine section open, title and private_metadata unchanged', () => {
    const first = open({}, { title: 'Support bot ROI' });
    const view = refine(submittedValues(first), 'Support bot ROI');
    expect(view).toMatchObject({
      callback_id: first.callback_id,
      title: first.title,
      submit: first.submit,
      close: first.close,
      private_metadata: METADATA,
    });
    expect(blockIds(view).has(REFINE_SECTION_BLOCK_ID)).toBe(true);
    expect(view.blocks.slice(0, first.blocks.length - 2)).toEqual(first.blocks.slice(0, -2));
    expect(blockKitViolations('modal', view)).toEqual([]);
  });

  it('refills every first-screen box with its raw text, keeps a cleared default cleared', () => {
    const first = open(presetScenario('customer-support'));
    const state = {
      ...submittedValues(first, {
        apiMonthlyCost: 'lots',
        qualityBarPct: null,
        taskChangeCadence: 'weekly',
        inputTokensPerMonth: '10M',
        apiModel: 'claude-sonnet-4.5',
      }),
      ...picked(first, 'serveGpu', 'coreweave:l40s'),
    };
    const view = refine(state);
    expect(initialOf(view, 'apiMonthlyCost')).toBe('lots');
    expect(initialOf(view, 'qualityBarPct')).toBeUndefined();
    expect(initialOf(view, 'taskChangeCadence')).toBe('weekly');
    expect(initialOf(view, 'apiCostAfter')).toBe('200');
    expect(initialOf(view, 'apiCostReductionPct')).toBeUndefined();
    expect(initialOf(view, 'apiModel')).toBe('claude-sonnet-4.5');
    expect(initialOf(view, 'serveGpu')).toBe('coreweave:l40s');
    expect(initialOf(view, 'inputTokensPerMonth')).toBe('10M');
    // What Slack would submit from the rebuilt modal is what the first one held.
    const again = { ...submittedValues(view), ...picked(view, 'serveGpu', 'coreweave:l40s') };
    expect(readModalRawText(again)).toEqual(readModalRawText(state));
  });

  it('loses no typed text, for any text in any box', () => {
    const first = open({});
    const textBoxes = inputs(first)
      .filter((b) => b.element.type === 'plain_text_input')
      .map((b) => b.block_id as string);
    const typed = fc.string({ minLength: 1, maxLength: 140 }).filter((t) => t.trim() !== '');
    const menus = ['repetitive', 'taskChangeCadence', 'apiModel'];
    const menu = (key: string) =>
      fc.option(fc.constantFrom(...optionsOf(first, key).map((o) => o.value as string)), { nil: null });
    const entries = fc.record({
      ...Object.fromEntries(textBoxes.map((key) => [key, fc.option(typed, { nil: null })])),
      ...Object.fromEntries(menus.map((key) => [key, menu(key)])),
    });
    fc.assert(
      fc.property(entries, (chosen) => {
        const state = submittedValues(first, chosen as Record<string, string | null>);
        const view = refine(state);
        expect(blockKitViolations('modal', view)).toEqual([]);
        expect(readModalRawText(submittedValues(view))).toEqual(readModalRawText(state));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back to the same scenario once refined and submitted', () => {
    const scenario = { ...presetScenario('customer-support'), apiModel: 'gpt-4o', inputTokensPerMonth: 5e6 };
    const first = open(scenario);
    const view = refine(submittedValues(first));
    const before = readModalState(submittedValues(first));
    const after = readModalState(submittedValues(view));
    expect(after).toEqual(before);
    expect(figures(after.values)).toEqual(figures(before.values));
  });

  it('adds the Refine inputs empty, and the key=value box with whatever it held', () => {
    const expanded = open({ startDate: '2027-01-15' });
    const view = refine(
      submittedValues(expanded, { [MORE_INPUTS_BLOCK_ID]: 'start=2027-01-15 api_drift=oops' }),
    );
    expect(initialOf(view, MORE_INPUTS_BLOCK_ID)).toBe('start=2027-01-15 api_drift=oops');
    for (const key of ['apiPriceChangePctPerYear', 'servedTokensPerMonth', 'modelSize'])
      expect(initialOf(view, key)).toBeUndefined();
    expect(inputFor(view, 'gpuHourlyRate')).toBeDefined();
    expect(inputs(view).map((b) => b.block_id)).toEqual(expect.arrayContaining([...FIRST_SCREEN_KEYS]));
  });
});
