/**
 * Every surface the renderers produce, for every preset and the extremes, checked against Slack's
 * Block Kit limits with the shared checker (test/support/blockKitLimits.ts).
 */
import { describe, expect, it } from 'vitest';
import { breakdownMessage } from '../../src/blocks/breakdown.ts';
import { compareMessage } from '../../src/blocks/compare.ts';
import { helpMessage, presetsMessage } from '../../src/blocks/help.ts';
import { appHome } from '../../src/blocks/home.ts';
import { inputErrorsMessage } from '../../src/blocks/inputErrors.ts';
import { modalErrors, readModalState, scenarioModal } from '../../src/blocks/modal.ts';
import { sensitivityMessage } from '../../src/blocks/sensitivity.ts';
import { summaryMessage } from '../../src/blocks/summary.ts';
import { type Analysis, cases, PRESETS, type Scenario, tornado } from '../../src/calculator/index.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { submittedValues } from '../support/viewState.ts';
import { analysisOf, EXTREME_SCENARIOS, presetAnalysis } from './fixtures.ts';

const cases_: [string, Scenario][] = [
  ...PRESETS.map((p): [string, Scenario] => [p.id, p.scenario]),
  ...Object.entries(EXTREME_SCENARIOS),
];

/** The longest values the listener may pass: a full button value and a full private_metadata. */
const FULL_BUTTON_VALUE = 'v'.repeat(2000);
const FULL_METADATA = 'm'.repeat(3000);

function messagesFor(a: Analysis): Record<string, unknown> {
  return {
    summary: summaryMessage(a, {
      userId: 'U0123ABC',
      asOf: '2026-11-30',
      buttons: true,
      buttonValue: FULL_BUTTON_VALUE,
      revision: { number: 12, label: 'L'.repeat(500), previous: presetAnalysis('core-formula') },
    }),
    'plain summary': summaryMessage(a),
    breakdown: breakdownMessage(a),
    sensitivity: sensitivityMessage(a, tornado(a.inputs, a.uncertainty?.ranges), cases(a.inputs)),
  };
}

describe("Slack's Block Kit limits", () => {
  describe.each(cases_)('%s', (_name, scenario) => {
    const a = analysisOf(scenario);
    it.each(Object.entries(messagesFor(a)))('%s message', (_kind, message) => {
      expect(blockKitViolations('message', message)).toEqual([]);
    });
    it('modal, and the modal after a submission comes back', () => {
      const view = scenarioModal({ initial: scenario, privateMetadata: FULL_METADATA });
      expect(blockKitViolations('modal', view)).toEqual([]);
      const { values, issues } = readModalState(submittedValues(view));
      expect(issues).toEqual([]);
      expect(blockKitViolations('modal', scenarioModal({ initial: values, privateMetadata: '' }))).toEqual(
        [],
      );
    });
  });

  it('a 200-character name', () => {
    const a = { ...presetAnalysis('customer-support'), name: 'N'.repeat(200) };
    for (const message of Object.values(messagesFor(a)))
      expect(blockKitViolations('message', message)).toEqual([]);
    expect(compareMessage([{ label: 'L'.repeat(200), analysis: a }]).blocks).toBeDefined();
    const view = scenarioModal({ initial: { name: 'N'.repeat(200) }, privateMetadata: '' });
    expect(blockKitViolations('modal', view)).toEqual([]);
  });

  it('compare with 12 revisions, and with 40', () => {
    for (const n of [12, 40]) {
      const rows = Array.from({ length: n }, (_, i) => ({
        label: `revision ${i + 1} `.repeat(20),
        analysis: analysisOf({ ...EXTREME_SCENARIOS['every range'], gpuMonthlyCost: 100 + i }, 200),
      }));
      expect(blockKitViolations('message', compareMessage(rows))).toEqual([]);
    }
  });

  it('help, presets, input errors and the Home tab', () => {
    expect(blockKitViolations('message', helpMessage())).toEqual([]);
    expect(blockKitViolations('message', presetsMessage())).toEqual([]);
    const issues = Array.from({ length: 40 }, (_, i) => ({
      field: `unknown${i}`,
      message: 'x'.repeat(2000),
    }));
    expect(blockKitViolations('message', inputErrorsMessage(issues))).toEqual([]);
    expect(blockKitViolations('home', appHome())).toEqual([]);
    expect(
      blockKitViolations('home', appHome({ asOfRange: { oldest: '2026-01-01', newest: '2026-11-30' } })),
    ).toEqual([]);
  });

  it('modal errors stay within 150 characters a box', () => {
    const errors = modalErrors([
      { field: 'apiMonthlyCost', message: 'x'.repeat(400) },
      { field: 'apiMonthlyCost', message: 'y'.repeat(400) },
      { field: 'apiMonthlyCost', message: 'z' },
    ]);
    expect(errors.apiMonthlyCost?.length).toBeLessThanOrEqual(150);
    expect(errors.apiMonthlyCost).toContain('(+1 more)');
  });
});
