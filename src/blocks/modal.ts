/**
 * The scenario modal: the spec's inputs in the article's order, grouped under headers, prefilled
 * from a preset, an inline command or the result being edited. The first screen holds the core
 * inputs and the price-catalogue helpers; ranges, drift, capacity, the FAQ estimate and the
 * key=value box wait behind the "Refine" button, so the form grows without getting long.
 */
import type { ActionsBlock, AnyBlock, InputBlock, ModalView } from '@slack/types';
import type { Scenario } from '../calculator/index.ts';
import type { Catalogue } from '../prices/schema.ts';
import {
  MORE_INPUTS_ACTION_ID,
  MORE_INPUTS_BLOCK_ID,
  PRIVATE_METADATA_MAX,
  REFINE_ACTION_ID,
  REFINE_ACTIONS_BLOCK_ID,
  REFINE_SECTION_BLOCK_ID,
  SCENARIO_MODAL_CALLBACK_ID,
} from './ids.ts';
import { type CataloguePickerKey, catalogueDates, cataloguePicker } from './modalCatalogue.ts';
import {
  CATALOGUE_GROUP,
  CATALOGUE_PICKER_KEYS,
  FIRST_SCREEN_GROUPS,
  MORE_INPUT_KEYS,
  type ModalGroup,
  REFINE_GROUPS,
  REFINE_KEYS,
} from './modalGroups.ts';
import { fieldInput, inlinePairs } from './modalInputs.ts';
import { context, divider, header, plain, section } from './text.ts';

export * from './modalGroups.ts';
export {
  type ModalIssue,
  type ModalState,
  modalErrors,
  readModalRawText,
  readModalState,
  type ViewStateValues,
} from './modalState.ts';

export const MODAL_TITLE = 'Fine-tuning ROI';
/** Slack's limit on a modal's title, submit and close texts. */
export const MODAL_TEXT_MAX = 24;

/** The Refine button's text (at most 75 characters). */
export const REFINE_BUTTON_TEXT = 'Refine: ranges, drift, capacity…';

/** The values a blank modal starts with: the spec's defaults, shown so people see what is assumed. */
export const MODAL_DEFAULTS: Readonly<Partial<Record<keyof Scenario, unknown>>> = {
  apiCostReductionPct: 100,
  qualityFactorPct: 100,
  engineerHourlyRate: 200,
  qualityBarPct: 90,
  taskChangeCadence: 'stable',
};

/** The keys that replace a field when given (the spec's alternatives): its default is then not prefilled. */
const ALTERNATIVES: Readonly<Partial<Record<keyof Scenario, readonly (keyof Scenario)[]>>> = {
  apiCostReductionPct: ['apiCostAfter', 'tokenReductionPct', 'pricePerTokenReductionPct'],
  qualityFactorPct: ['completionBeforePct', 'completionAfterPct', 'retryBeforePct', 'retryAfterPct'],
};

/**
 * Inputs Slack insists on. The three costs are not among them: each may come from a catalogue
 * helper or an estimator instead, and the calculator says which one is missing, on its box.
 */
const REQUIRED = new Set<string>(['trainingExamples', 'repetitive']);

const usesAlternative = (s: Scenario, key: keyof Scenario): boolean =>
  (ALTERNATIVES[key] ?? []).some((alt) => s[alt] !== undefined);

/** The prefill for one box: the scenario's value, else its default when no alternative is in use. */
export function initialFor(s: Scenario, key: keyof Scenario): unknown {
  if (s[key] !== undefined) return s[key];
  return usesAlternative(s, key) ? undefined : MODAL_DEFAULTS[key];
}

const has = (s: Scenario, key: string) => (s as Record<string, unknown>)[key] !== undefined;

/** True when the scenario uses an input that only the Refine section (or its key=value box) shows. */
export const usesRefineInputs = (s: Scenario): boolean =>
  [...REFINE_KEYS, ...MORE_INPUT_KEYS].some((key) => has(s, key));

/** What the boxes are filled with: a scenario's values (with defaults), or raw text being carried over. */
interface Prefill {
  of: (key: string) => unknown;
  /** The key=value box's text, with the left-over catalogue ids `extraKeys` added. */
  moreInputs: (extraKeys: readonly string[]) => string;
}

function scenarioPrefill(s: Scenario): Prefill {
  return {
    of: (key) => initialFor(s, key as keyof Scenario),
    moreInputs: (extra) => inlinePairs(s, [...MORE_INPUT_KEYS, ...extra]),
  };
}

function typedPrefill(typed: Readonly<Record<string, string>>): Prefill {
  const of = (key: string) => (Object.hasOwn(typed, key) ? typed[key] : undefined);
  return {
    of,
    moreInputs: (extra) => {
      const carried = inlinePairs(Object.fromEntries(extra.map((k) => [k, of(k)])) as Scenario, extra);
      return [of(MORE_INPUTS_BLOCK_ID) ?? '', carried].filter((t) => t.trim() !== '').join(' ');
    },
  };
}

const input = (key: string, prefill: Prefill): InputBlock =>
  fieldInput(key, { initial: prefill.of(key), optional: !REQUIRED.has(key) });

/** A group's header, its intro and one box per key. */
function groupBlocks(group: ModalGroup, prefill: Prefill): AnyBlock[] {
  return [
    header(group.title),
    ...(group.intro ? [context([group.intro])] : []),
    ...group.keys.map((key) => input(key, prefill)),
  ];
}

interface CatalogueBlocks {
  blocks: AnyBlock[];
  /** Picker keys whose id the pickers cannot show: they go to the key=value box. */
  leftOver: string[];
}

/** "No figures at hand?": the three pickers with their tokens and hours boxes. */
function catalogueBlocks(catalogue: Catalogue, prefill: Prefill): CatalogueBlocks {
  const leftOver: string[] = [];
  const dates = catalogueDates(catalogue);
  const boxes = CATALOGUE_GROUP.keys.flatMap((key): AnyBlock[] => {
    if (!CATALOGUE_PICKER_KEYS.includes(key)) return [input(key, prefill)];
    const picker = cataloguePicker(key as CataloguePickerKey, catalogue, prefill.of(key));
    if (picker.leftOver) leftOver.push(key);
    return picker.block ? [picker.block] : [];
  });
  return {
    blocks: [
      header(CATALOGUE_GROUP.title),
      context([`${CATALOGUE_GROUP.intro ?? ''}${dates ? ` Prices as of ${dates}.` : ''}`]),
      ...boxes,
    ],
    leftOver,
  };
}

/** The key=value box: the catch-all for every input without a box, so Edit & re-run loses nothing. */
function moreInputsBlock(initial: string): InputBlock {
  return {
    type: 'input',
    block_id: MORE_INPUTS_BLOCK_ID,
    label: plain('Other inputs as key=value', 2000),
    hint: plain(
      'Any input without a box of its own, e.g. price_in=2.50 price_out=10 (instead of a catalogue model) · token_reduction=60% · completionBeforePct=95% completionAfterPct=90% · start=2027-01-15. "/ftroi help" lists every key.',
      2000,
    ),
    optional: true,
    element: {
      type: 'plain_text_input',
      action_id: MORE_INPUTS_ACTION_ID,
      multiline: true,
      placeholder: plain('e.g. price_in=2.50 price_out=10 start=2027-01-15', 150),
      ...(initial.trim() !== '' ? { initial_value: initial } : {}),
    },
  };
}

/** The line explaining ranges: any rangeable number box takes low..high for the Monte Carlo. */
export const RANGES_HINT =
  'Unsure of a number? Any box whose hint mentions a range takes `low..high`, e.g. `150..400` in the GPU cost of serving (or `150..200..400` with the most likely value in the middle) or `-40..-10` in the API price change: the result then gives the chance of paying back, from 10,000 scenarios drawn from your ranges.';

/** The section the Refine button opens: drift, capacity, the FAQ estimate, then the key=value box. */
function refineBlocks(prefill: Prefill, extraKeys: readonly string[]): AnyBlock[] {
  return [
    { ...header('Refine: ranges, drift, capacity'), block_id: REFINE_SECTION_BLOCK_ID },
    context([RANGES_HINT]),
    ...REFINE_GROUPS.flatMap((group) => [
      section(`*${group.title}*${group.intro ? `\n${group.intro}` : ''}`),
      ...group.keys.map((key) => input(key, prefill)),
    ]),
    section('*Other inputs*'),
    moreInputsBlock(prefill.moreInputs(extraKeys)),
  ];
}

/** What the first screen ends with: a line on what Refine holds, and the button that opens it. */
function refineButtonBlocks(): AnyBlock[] {
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: REFINE_ACTIONS_BLOCK_ID,
    elements: [{ type: 'button', action_id: REFINE_ACTION_ID, text: plain(REFINE_BUTTON_TEXT, 75) }],
  };
  return [
    context([
      'Optional: ranges for a chance of paying back, API and GPU price drift, traffic growth, serving capacity, the FAQ fine-tuning estimate, and any other input as key=value.',
    ]),
    actions,
  ];
}

export interface ScenarioModalOptions {
  /** Raw spec keys: a preset, an inline command's values, or the scenario of the result being edited. */
  initial: Scenario;
  /** Passed through for the submission handler (channel, response_url, thread); at most 3,000 characters. */
  privateMetadata: string;
  /** The price catalogue whose rows the pickers offer. */
  catalogue: Catalogue;
  /** At most 24 characters; longer titles are cut. */
  title?: string;
  /** Shows the Refine section even when the scenario uses none of its inputs (the Refine button). */
  refine?: boolean;
  /**
   * What each box held when the view is rebuilt (readModalRawText), by spec key or
   * MORE_INPUTS_BLOCK_ID. Used instead of `initial`, cleared boxes included, so nothing typed is lost
   * (unparseable text too) and no default comes back into a box the user emptied.
   */
  typed?: Readonly<Record<string, string>>;
}

const shortText = (text: string) => plain(text, MODAL_TEXT_MAX);

/**
 * The modal `views.open` shows, and `views.update` shows once Refine is clicked. Throws a
 * RangeError when privateMetadata exceeds Slack's 3,000 characters: cutting it would silently lose
 * where the result goes.
 */
export function scenarioModal({
  initial,
  privateMetadata,
  catalogue,
  title,
  refine,
  typed,
}: ScenarioModalOptions): ModalView {
  if (privateMetadata.length > PRIVATE_METADATA_MAX)
    throw new RangeError(
      `private_metadata is ${privateMetadata.length} characters; Slack allows ${PRIVATE_METADATA_MAX}`,
    );
  const s = initial ?? {};
  const prefill = typed ? typedPrefill(typed) : scenarioPrefill(s);
  const firstScreen: AnyBlock[] = [];
  let leftOver: string[] = [];
  for (const group of FIRST_SCREEN_GROUPS) {
    if (group === CATALOGUE_GROUP) {
      const helpers = catalogueBlocks(catalogue, prefill);
      leftOver = helpers.leftOver;
      firstScreen.push(...helpers.blocks, divider());
    } else firstScreen.push(...groupBlocks(group, prefill), divider());
  }
  const expanded = refine === true || leftOver.length > 0 || (!typed && usesRefineInputs(s));
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
      ...firstScreen,
      ...(expanded ? refineBlocks(prefill, leftOver) : refineButtonBlocks()),
    ],
  };
}

/**
 * The modal rebuilt when Refine is clicked: the same view with the Refine section open, every box
 * holding exactly what it held (`readModalRawText` of the clicked view's state).
 */
export function refinedModal(options: {
  typed: Readonly<Record<string, string>>;
  privateMetadata: string;
  catalogue: Catalogue;
  title?: string;
}): ModalView {
  return scenarioModal({ ...options, initial: {}, refine: true });
}
