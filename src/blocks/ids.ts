/**
 * Every block_id, action_id and callback_id ftroi puts on a Slack surface. The renderers that make
 * them and the listeners that read them both import from here, so an id is spelled in one place.
 */

/** The scenario modal's `callback_id`: `app.view(SCENARIO_MODAL_CALLBACK_ID, …)` receives its submission. */
export const SCENARIO_MODAL_CALLBACK_ID = 'ftroi_scenario';

/**
 * A modal input's block_id is the spec's field key (`apiMonthlyCost`), so that a validation issue
 * (keyed by field) lands on the input that shows it without a lookup table.
 */
export const inputBlockId = (key: string): string => key;

/** …and its element's action_id is the same key: `state.values[key][key]`. */
export const inputActionId = (key: string): string => key;

/**
 * The key=value box ending the Refine section: every scenario key without a box of its own.
 * Not a spec key, hence the prefix.
 */
export const MORE_INPUTS_BLOCK_ID = 'ftroi_more_inputs';
export const MORE_INPUTS_ACTION_ID = 'ftroi_more_inputs';

/** The "Refine" button that ends the modal's first screen, and the actions block holding it. */
export const REFINE_ACTION_ID = 'ftroi_refine';
export const REFINE_ACTIONS_BLOCK_ID = 'ftroi_refine_actions';

/** The header that opens the Refine section: present exactly when the section is expanded. */
export const REFINE_SECTION_BLOCK_ID = 'ftroi_refine_section';

/** The buttons under a posted summary. */
export const ACTION_IDS = {
  editRerun: 'ftroi_edit_rerun',
  breakdown: 'ftroi_breakdown',
  sensitivity: 'ftroi_sensitivity',
} as const;

export type SummaryActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** The actions block holding those buttons. */
export const SUMMARY_ACTIONS_BLOCK_ID = 'ftroi_summary_actions';

/** Slack's limits on the identifiers and payload strings above (docs.slack.dev/reference/block-kit). */
export const SLACK_ID_MAX = 255;
export const BUTTON_VALUE_MAX = 2000;
export const PRIVATE_METADATA_MAX = 3000;
