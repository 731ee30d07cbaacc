/**
 * Reading a submitted scenario modal back into raw scenario values, and putting validation issues
 * back onto the boxes that show them (`response_action: "errors"`). Submissions come from the
 * network: nothing here trusts their shape, and nothing here throws.
 */
import { FIELD_BY_KEY, parseFieldValue, parseInline } from '../calculator/index.ts';
import { inputActionId, inputBlockId, MORE_INPUTS_ACTION_ID, MORE_INPUTS_BLOCK_ID } from './ids.ts';
import { MODAL_FIELD_KEYS } from './modalGroups.ts';
import { inputLabel } from './modalInputs.ts';
import { truncate } from './text.ts';

/** `view.state.values` as Slack sends it: block_id → action_id → element state. */
export type ViewStateValues = Record<
  string,
  Record<string, { type: string; value?: string | null; selected_option?: { value: string } | null }>
>;

/** A problem with one box: `field` is its spec key, or MORE_INPUTS_BLOCK_ID for the key=value box. */
export interface ModalIssue {
  field: string;
  message: string;
  /** The box the value was read from, when known: the issue goes there, whatever `field` maps to. */
  blockId?: string;
}

export interface ModalState {
  /** Raw scenario values by spec key, ready for `evaluate`. */
  values: Record<string, unknown>;
  issues: ModalIssue[];
}

/** Slack shows an input's error under it and cuts longer ones off. */
export const MODAL_ERROR_MAX = 150;

/** Two issues on one box are joined with this, each keeping at least MIN_SHARE characters. */
const JOIN = ' · ';
const MIN_SHARE = 40;

/** Values echoed in messages are cut to this, so a pasted essay does not bury the reason. */
const ECHO_MAX = 40;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own properties only: a block_id such as "__proto__" or "toString" must not reach the prototype. */
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

type Read = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'unreadable' };

/** The text a box holds: a typed value or a selected option's value. */
function readElement(block: unknown, actionId: string): Read {
  if (block === undefined || block === null) return { kind: 'empty' };
  if (!isRecord(block)) return { kind: 'unreadable' };
  const element = own(block, actionId);
  if (element === undefined || element === null) return { kind: 'empty' };
  if (!isRecord(element)) return { kind: 'unreadable' };
  const option = own(element, 'selected_option');
  if (option !== undefined && option !== null) {
    const value = isRecord(option) ? own(option, 'value') : undefined;
    return typeof value === 'string' ? textOrEmpty(value) : { kind: 'unreadable' };
  }
  const value = own(element, 'value');
  if (value === undefined || value === null) return { kind: 'empty' };
  return typeof value === 'string' ? textOrEmpty(value) : { kind: 'unreadable' };
}

const textOrEmpty = (text: string): Read => (text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text });

/** Shortens the typed value where a parser quoted it back in full. */
const echoShort = (message: string, typed: string): string =>
  typed.length > ECHO_MAX ? message.replaceAll(typed.trim(), truncate(typed.trim(), ECHO_MAX)) : message;

const UNREADABLE = 'could not be read; please enter it again';

/**
 * Converts each box with `parseFieldValue` (the inline grammar: 15k, $15,000, 40%, 150..400) and
 * the "More inputs" box with `parseInline`. Empty boxes are skipped, so the spec's defaults apply;
 * bounds and conflicts are left to `evaluate`, whose issues `modalErrors` maps just the same.
 * Typed for `view.state.values`, but any value is accepted at runtime: wrong shapes become issues.
 */
export function readModalState(stateValues: ViewStateValues): ModalState {
  const values: Record<string, unknown> = {};
  const issues: ModalIssue[] = [];
  const state: Record<string, unknown> = isRecord(stateValues) ? stateValues : {};

  for (const key of MODAL_FIELD_KEYS) {
    const field = FIELD_BY_KEY.get(key);
    if (!field) continue;
    const blockId = inputBlockId(key);
    const read = readElement(own(state, blockId), inputActionId(key));
    if (read.kind === 'empty') continue;
    if (read.kind === 'unreadable') {
      issues.push({ field: key, blockId, message: `${inputLabel(key)} ${UNREADABLE}` });
      continue;
    }
    const parsed = parseFieldValue(field, read.text);
    if (parsed.ok) values[key] = parsed.value;
    else issues.push({ field: key, blockId, message: echoShort(parsed.error, read.text) });
  }

  const more = readElement(own(state, MORE_INPUTS_BLOCK_ID), MORE_INPUTS_ACTION_ID);
  if (more.kind === 'unreadable')
    issues.push({ field: MORE_INPUTS_BLOCK_ID, message: `These inputs ${UNREADABLE}` });
  if (more.kind === 'text') readMoreInputs(more.text, values, issues);
  return { values, issues };
}

/**
 * What every box holds, as raw text by spec key (or MORE_INPUTS_BLOCK_ID): typed text exactly as
 * typed, unparseable or not, and a select's option value. Rebuilding the modal from this (Refine)
 * loses nothing the user entered; empty and unreadable boxes are left out.
 */
export function readModalRawText(stateValues: ViewStateValues): Record<string, string> {
  const state: Record<string, unknown> = isRecord(stateValues) ? stateValues : {};
  const raw: Record<string, string> = {};
  const boxes: [string, string, string][] = [
    ...MODAL_FIELD_KEYS.map((key): [string, string, string] => [key, inputBlockId(key), inputActionId(key)]),
    [MORE_INPUTS_BLOCK_ID, MORE_INPUTS_BLOCK_ID, MORE_INPUTS_ACTION_ID],
  ];
  for (const [key, blockId, actionId] of boxes) {
    const read = readElement(own(state, blockId), actionId);
    if (read.kind === 'text') raw[key] = read.text;
  }
  return raw;
}

/** The key=value box: parsed like an inline command; a key that also has a filled box is a duplicate. */
function readMoreInputs(text: string, values: Record<string, unknown>, issues: ModalIssue[]): void {
  const parsed = parseInline(text);
  if (!parsed.ok) {
    for (const issue of parsed.error)
      issues.push({ field: MORE_INPUTS_BLOCK_ID, message: echoShort(issue.message, text) });
    return;
  }
  for (const [key, value] of Object.entries(parsed.value)) {
    if (Object.hasOwn(values, key)) {
      issues.push({
        field: MORE_INPUTS_BLOCK_ID,
        message: `${key} is also filled in its own box ("${inputLabel(key)}"); give it once`,
      });
      continue;
    }
    values[key] = value;
  }
}

/**
 * Refine boxes the calculator may ask for while the Refine section is closed ("gpuHours needs a
 * rate: train_rate or train_gpu"): their issues go on the catalogue picker that is always shown and
 * that the message offers as the other way out. Issues read from the box itself carry its blockId.
 */
const ALWAYS_SHOWN_ALTERNATIVE: Readonly<Record<string, string>> = {
  gpuHourlyRate: 'trainGpu',
  inferenceHourlyRate: 'serveGpu',
};

/** The box an issue belongs on: its own box, else the key=value box that carries the other keys. */
export function issueBlockId(field: string): string {
  const alternative = Object.hasOwn(ALWAYS_SHOWN_ALTERNATIVE, field)
    ? ALWAYS_SHOWN_ALTERNATIVE[field]
    : undefined;
  if (alternative) return inputBlockId(alternative);
  if (MODAL_FIELD_KEYS.includes(field)) return inputBlockId(field);
  if (field === MORE_INPUTS_BLOCK_ID || FIELD_BY_KEY.has(field)) return MORE_INPUTS_BLOCK_ID;
  // Whole-scenario issues ("a scenario must be an object") go on the first money box.
  return inputBlockId('apiMonthlyCost');
}

/** "api (apiMonthlyCost) must be…" reads oddly under the box labelled with that very field. */
function withoutOwnKey(message: string, field: string): string {
  const spec = FIELD_BY_KEY.get(field);
  if (!spec) return message;
  const names = [spec.key, ...spec.aliases].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const prefix = new RegExp(`^(?:${names})(?: \\((?:${names})\\))?:?\\s+`);
  const rest = message.replace(prefix, '');
  return rest === message || rest === '' ? message : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * `response_action: "errors"` for a failed submission: one message per box (two issues on a box
 * are joined), each within Slack's 150 characters.
 */
export function modalErrors(
  issues: readonly ModalIssue[],
  /** The input blocks the submitted view has: Slack refuses errors that name any other block. */
  present?: ReadonlySet<string>,
): Record<string, string> {
  const byBlock = new Map<string, string[]>();
  const fallback = present?.has(FALLBACK_ERROR_BLOCK_ID)
    ? FALLBACK_ERROR_BLOCK_ID
    : present
      ? [...present][0]
      : undefined;
  for (const issue of issues) {
    const mapped = issue.blockId ?? issueBlockId(issue.field);
    const blockId = present && !present.has(mapped) && fallback !== undefined ? fallback : mapped;
    const message = blockId === issue.field ? withoutOwnKey(issue.message, issue.field) : issue.message;
    byBlock.set(blockId, [...(byBlock.get(blockId) ?? []), message]);
  }
  const errors: Record<string, string> = {};
  for (const [blockId, messages] of byBlock) errors[blockId] = joinMessages(messages);
  return errors;
}

/** Where an error goes when its own block is not in the view: the first input of the form. */
const FALLBACK_ERROR_BLOCK_ID = inputBlockId('apiMonthlyCost');

function joinMessages(messages: readonly string[]): string {
  const unique = [...new Set(messages.map((m) => m.trim()).filter(Boolean))];
  if (unique.length <= 1) return truncate(unique[0] ?? 'Please check this value', MODAL_ERROR_MAX);
  const [first = '', second = '', ...rest] = unique;
  const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
  const room = MODAL_ERROR_MAX - more.length - JOIN.length;
  // The shorter message is kept whole where it can be, so at least one reason reads in full.
  const shorter = Math.min(first.length, second.length, room - MIN_SHARE);
  const [a, b] = first.length <= second.length ? [shorter, room - shorter] : [room - shorter, shorter];
  return truncate(`${truncate(first, a)}${JOIN}${truncate(second, b)}${more}`, MODAL_ERROR_MAX);
}
