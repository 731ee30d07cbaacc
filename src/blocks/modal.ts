/**
 * The scenario modal: the spec's inputs in the article's order, grouped under headers, prefilled
 * from a preset, an inline command or the result being edited. Every group is its own exported
 * builder, so later additions (price-catalogue helpers, a "Refine" step) slot in as new groups.
 */
import type { AnyBlock, ModalView } from '@slack/types';
import type { Scenario } from '../calculator/index.ts';
import {
  MORE_INPUTS_ACTION_ID,
  MORE_INPUTS_BLOCK_ID,
  PRIVATE_METADATA_MAX,
  SCENARIO_MODAL_CALLBACK_ID,
} from './ids.ts';
import {
  EFFORT_GROUP,
  FINE_TUNING_GROUP,
  MODAL_GROUPS,
  MORE_INPUT_KEYS,
  type ModalGroup,
  QUALITY_GROUP,
  QUICK_TEST_GROUP,
  SERVING_GROUP,
  WORKLOAD_GROUP,
} from './modalGroups.ts';
import { fieldInput, inlinePairs } from './modalInputs.ts';
import { context, divider, header, plain } from './text.ts';

export * from './modalGroups.ts';
export {
  type ModalIssue,
  type ModalState,
  modalErrors,
  readModalState,
  type ViewStateValues,
} from './modalState.ts';

export const MODAL_TITLE = 'Fine-tuning ROI';
/** Slack's limit on a modal's title, submit and close texts. */
export const MODAL_TEXT_MAX = 24;

/** The values a blank modal starts with: the spec's defaults, shown so people see what is assumed. */
export const MODAL_DEFAULTS: Readonly<Partial<Record<keyof Scenario, unknown>>> = {
  apiCostReductionPct: 100,
  qualityFactorPct: 100,
  engineerHourlyRate: 200,
  qualityBarPct: 90,
  taskChangeCadence: 'stable',
};

/**
 * The keys that replace a field when given (the spec's alternatives). A default is not prefilled
 * when one of them is present, since giving both is an error; a required money input becomes
 * optional, since its value comes from the estimator.
 */
const ALTERNATIVES: Readonly<Partial<Record<keyof Scenario, readonly (keyof Scenario)[]>>> = {
  apiMonthlyCost: ['apiModel', 'inputTokensPerMonth', 'outputTokensPerMonth'],
  apiCostReductionPct: ['apiCostAfter', 'tokenReductionPct', 'pricePerTokenReductionPct'],
  qualityFactorPct: ['completionBeforePct', 'completionAfterPct', 'retryBeforePct', 'retryAfterPct'],
  fineTuneCost: ['gpuHours', 'trainGpu', 'modelSize', 'method'],
  gpuMonthlyCost: [
    'inferenceHourlyRate',
    'inferenceHoursPerMonth',
    'serveGpu',
    'servedTokensPerMonth',
    'gpuTokensPerSecond',
  ],
};

/** Inputs Slack insists on: the spec's required ones, unless an estimator stands in for them. */
const REQUIRED = new Set<keyof Scenario>([
  'apiMonthlyCost',
  'fineTuneCost',
  'gpuMonthlyCost',
  'trainingExamples',
  'repetitive',
]);

const usesAlternative = (s: Scenario, key: keyof Scenario): boolean =>
  (ALTERNATIVES[key] ?? []).some((alt) => s[alt] !== undefined);

/** The prefill for one box: the scenario's value, else its default when no alternative is in use. */
export function initialFor(s: Scenario, key: keyof Scenario): unknown {
  if (s[key] !== undefined) return s[key];
  return usesAlternative(s, key) ? undefined : MODAL_DEFAULTS[key];
}

const input = (s: Scenario, key: keyof Scenario) =>
  fieldInput(key, {
    initial: initialFor(s, key),
    optional: !REQUIRED.has(key) || usesAlternative(s, key),
  });

export function groupBlocks(group: ModalGroup, s: Scenario): AnyBlock[] {
  return [
    header(group.title),
    ...(group.intro ? [context([group.intro])] : []),
    ...group.keys.map((key) => input(s, key)),
  ];
}

export const workloadBlocks = (s: Scenario) => groupBlocks(WORKLOAD_GROUP, s);
export const fineTuningBlocks = (s: Scenario) => groupBlocks(FINE_TUNING_GROUP, s);
export const servingBlocks = (s: Scenario) => groupBlocks(SERVING_GROUP, s);
export const qualityBlocks = (s: Scenario) => groupBlocks(QUALITY_GROUP, s);
export const effortBlocks = (s: Scenario) => groupBlocks(EFFORT_GROUP, s);
export const quickTestBlocks = (s: Scenario) => groupBlocks(QUICK_TEST_GROUP, s);

/**
 * The "More inputs" box: estimators, horizon, capacity and start date as key=value, prefilled
 * with whatever the scenario has of them. A future catalogue-helper group or "Refine" step that
 * gives some of these keys boxes of their own must remove them from MORE_INPUT_KEYS.
 */
export function moreInputsBlocks(s: Scenario): AnyBlock[] {
  const initial = inlinePairs(s, MORE_INPUT_KEYS);
  return [
    header('More inputs'),
    {
      type: 'input',
      block_id: MORE_INPUTS_BLOCK_ID,
      label: plain('Other inputs as key=value', 2000),
      hint: plain(
        'Estimators and extras, e.g. tokens_in=10M price_in=2.50 · serve_rate=0.79 · train_hours=4 train_rate=2.40 · api_drift=-30% growth=50% · start=2027-01-15. "/ftroi help" lists every key.',
        2000,
      ),
      optional: true,
      element: {
        type: 'plain_text_input',
        action_id: MORE_INPUTS_ACTION_ID,
        multiline: true,
        placeholder: plain('e.g. api_drift=-30% growth=50%', 150),
        ...(initial ? { initial_value: initial } : {}),
      },
    },
  ];
}

export interface ScenarioModalOptions {
  /** Raw spec keys: a preset, an inline command's values, or the scenario of the result being edited. */
  initial: Scenario;
  /** Passed through for the submission handler (channel, response_url, thread); at most 3,000 characters. */
  privateMetadata: string;
  /** At most 24 characters; longer titles are cut. */
  title?: string;
}

const shortText = (text: string) => plain(text, MODAL_TEXT_MAX);

/**
 * The modal `views.open` shows. Throws a RangeError when privateMetadata exceeds Slack's 3,000
 * characters: cutting it would silently lose where the result goes.
 */
export function scenarioModal({ initial, privateMetadata, title }: ScenarioModalOptions): ModalView {
  if (privateMetadata.length > PRIVATE_METADATA_MAX)
    throw new RangeError(
      `private_metadata is ${privateMetadata.length} characters; Slack allows ${PRIVATE_METADATA_MAX}`,
    );
  const s = initial ?? {};
  const groups = MODAL_GROUPS.map((g) => groupBlocks(g, s));
  return {
    type: 'modal',
    callback_id: SCENARIO_MODAL_CALLBACK_ID,
    title: shortText(title ?? MODAL_TITLE),
    submit: shortText('Calculate'),
    close: shortText('Cancel'),
    private_metadata: privateMetadata,
    blocks: [
      context([
        'Should you fine-tune an open model on rented GPUs instead of paying the API? Amounts accept 15000, 15,000, $15,000, 15k or 2.5M; percentages 40 or 40%.',
      ]),
      ...groups.flatMap((blocks) => [...blocks, divider()]),
      ...moreInputsBlocks(s),
    ],
  };
}
