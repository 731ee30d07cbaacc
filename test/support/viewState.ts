import type { ViewStateValue } from '@slack/bolt';

export type ViewStateValues = Record<string, Record<string, ViewStateValue>>;

/** What the user typed or picked in one input block: a value, option value(s), or cleared. */
export type InputOverride = string | string[] | null;

interface OptionLike {
  text: { type: 'plain_text'; text: string };
  value: string;
}

/**
 * The state.values Slack would submit for `view` when the user accepts every prefilled input
 * except the ones in `overrides` (keyed by block_id). Lets a test submit exactly the modal the
 * app opened, rather than a hand-written approximation of it.
 */
export function submittedValues(
  view: unknown,
  overrides: Record<string, InputOverride> = {},
): ViewStateValues {
  const values: ViewStateValues = {};
  const unused = new Set(Object.keys(overrides));
  for (const block of blocksOf(view)) {
    const element = record(block.element);
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    const actionId = typeof element?.action_id === 'string' ? element.action_id : undefined;
    if (block.type !== 'input' || element === undefined || blockId === undefined || actionId === undefined)
      continue;
    unused.delete(blockId);
    const override = Object.hasOwn(overrides, blockId) ? overrides[blockId] : undefined;
    const state = elementState(element, override);
    if (state !== undefined) values[blockId] = { [actionId]: state };
  }
  if (unused.size > 0)
    throw new Error(`submittedValues: no input block with block_id ${[...unused].join(', ')}`);
  return values;
}

function elementState(
  element: Record<string, unknown>,
  override: InputOverride | undefined,
): ViewStateValue | undefined {
  const type = String(element.type);
  switch (type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      // Slack submits an untouched empty input as null, not ''.
      return { type, value: override === undefined ? stringOrNull(element.initial_value) : single(override) };
    case 'static_select':
    case 'radio_buttons':
      return { type, selected_option: pickOne(element, override) };
    case 'multi_static_select':
    case 'checkboxes':
      return { type, selected_options: pickMany(element, override) };
    case 'datepicker':
      return {
        type,
        selected_date: override === undefined ? stringOrNull(element.initial_date) : single(override),
      };
    default:
      return undefined;
  }
}

function pickOne(element: Record<string, unknown>, override: InputOverride | undefined): OptionLike | null {
  if (override === undefined) return (record(element.initial_option) as OptionLike | undefined) ?? null;
  const wanted = single(override);
  return wanted === null ? null : optionWithValue(element, wanted);
}

function pickMany(element: Record<string, unknown>, override: InputOverride | undefined): OptionLike[] {
  if (override === undefined)
    return Array.isArray(element.initial_options) ? (element.initial_options as OptionLike[]) : [];
  const wanted = override === null ? [] : Array.isArray(override) ? override : [override];
  return wanted.map((value) => optionWithValue(element, value));
}

function optionWithValue(element: Record<string, unknown>, value: string): OptionLike {
  const options = Array.isArray(element.options) ? (element.options as OptionLike[]) : [];
  const found = options.find((option) => option.value === value);
  // A user can only pick what the element offers; a test that asks for more is wrong.
  if (found === undefined)
    throw new Error(`submittedValues: ${String(element.action_id)} offers no option ${value}`);
  return found;
}

function single(override: InputOverride): string | null {
  return Array.isArray(override) ? (override[0] ?? null) : override;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function blocksOf(view: unknown): Record<string, unknown>[] {
  const blocks = record(view)?.blocks;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block: unknown) => {
    const asRecord = record(block);
    return asRecord === undefined ? [] : [asRecord];
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
