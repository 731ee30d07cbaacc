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
import {
  modalErrors,
  readModalRawText,
  readModalState,
  refinedModal,
  scenarioModal,
} from '../../src/blocks/modal.ts';
import { sensitivityMessage } from '../../src/blocks/sensitivity.ts';
import { summaryMessage } from '../../src/blocks/summary.ts';
import { type Analysis, cases, PRESETS, type Scenario, tornado } from '../../src/calculator/index.ts';
import {
  bundledCatalogue,
  bundledCatalogue as catalogue,
  catalogueRowsForDisplay,
} from '../../src/prices/catalogue.ts';
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
    it.each([
      ['first screen', false],
      ['with Refine open', true],
    ])(
      'modal (%s), the modal after a submission comes back, and the modal Refine rebuilds',
      (_state, refine) => {
        const view = scenarioModal({ initial: scenario, privateMetadata: FULL_METADATA, catalogue, refine });
        expect(blockKitViolations('modal', view)).toEqual([]);
        expect(view.blocks.length).toBeLessThanOrEqual(100);
        const state = submittedValues(view);
        const { values, issues } = readModalState(state);
        expect(issues).toEqual([]);
        expect(
          blockKitViolations('modal', scenarioModal({ initial: values, privateMetadata: '', catalogue })),
        ).toEqual([]);
        const rebuilt = refinedModal({
          typed: readModalRawText(state),
          privateMetadata: FULL_METADATA,
          catalogue,
        });
        expect(blockKitViolations('modal', rebuilt)).toEqual([]);
      },
    );
  });

  it('a 200-character name', () => {
    const a = { ...presetAnalysis('customer-support'), name: 'N'.repeat(200) };
    for (const message of Object.values(messagesFor(a)))
      expect(blockKitViolations('message', message)).toEqual([]);
    expect(compareMessage([{ label: 'L'.repeat(200), analysis: a }]).blocks).toBeDefined();
    for (const refine of [false, true]) {
      const view = scenarioModal({
        initial: { name: 'N'.repeat(200) },
        privateMetadata: '',
        catalogue,
        refine,
      });
      expect(blockKitViolations('modal', view)).toEqual([]);
    }
  });

  it('a modal using every input at once, at long values', () => {
    const long = { low: 0.123456789012345, high: 987654321.125 };
    const everything: Scenario = {
      name: 'N'.repeat(150),
      apiMonthlyCost: long,
      apiCostReductionPct: { low: 12.3456789, high: 98.7654321 },
      fineTuneCost: long,
      gpuMonthlyCost: long,
      retrainMonthlyCost: 123456789.123456,
      engineeringWeeks: { low: 0.000001, high: 519.999999 },
      engineerHourlyRate: 99999.999999,
      trainingExamples: 1e12,
      repetitive: true,
      qualityBarPct: 99.999999,
      taskChangeCadence: 'weekly',
      apiModel: 'claude-sonnet-4.5',
      inputTokensPerMonth: 1e15,
      outputTokensPerMonth: 1e15,
      inputPricePer1M: 9999.99,
      outputPricePer1M: 9999.99,
      tokenReductionPct: 12.3456789,
      pricePerTokenReductionPct: 98.7654321,
      completionBeforePct: 99.999,
      completionAfterPct: 1.0001,
      retryBeforePct: 12.3456789,
      retryAfterPct: 98.7654321,
      trainGpu: 'lambda:a100-sxm-80gb:8x',
      gpuHours: 9999999.99,
      gpuHourlyRate: { low: 0.0001, high: 9999.9999 },
      modelSize: '70B',
      method: 'full',
      trainingRuns: 10000,
      serveGpu: 'coreweave:h100',
      inferenceHourlyRate: { low: 0.0001, high: 9999.9999 },
      inferenceHoursPerMonth: 999999.99,
      apiPriceChangePctPerYear: { low: -89.999999, high: 299.999999 },
      gpuPriceChangePctPerYear: { low: -89.999999, high: 299.999999 },
      volumeGrowthPctPerYear: { low: -89.999999, high: 299.999999 },
      servedTokensPerMonth: 1e16,
      gpuTokensPerSecond: { low: 0.000001, high: 9999999.99 },
      targetUtilizationPct: 99.999999,
      minReplicas: 10000,
      startDate: '2027-01-15',
    };
    const view = scenarioModal({ initial: everything, privateMetadata: FULL_METADATA, catalogue });
    expect(blockKitViolations('modal', view)).toEqual([]);
    const { values, issues } = readModalState(submittedValues(view));
    expect(issues).toEqual([]);
    expect(values).toEqual(everything);
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
    const rows = catalogueRowsForDisplay(bundledCatalogue, new Date('2026-12-04T00:00:00Z'));
    expect(blockKitViolations('home', appHome({ rows }))).toEqual([]);
    // A PRICING_FILE of thousands of long rows: the tab is cut short, never refused.
    const huge = Array.from({ length: 5000 }, (_, i) => ({
      ...rows[i % rows.length],
      id: `p${i}:gpu`,
      label: 'x'.repeat(150),
    }));
    const view = appHome({ rows: huge as typeof rows });
    expect(blockKitViolations('home', view)).toEqual([]);
    expect(JSON.stringify(view)).toContain('lists every row');
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
