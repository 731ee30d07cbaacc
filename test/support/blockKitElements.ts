import {
  asJson,
  checkTextObject,
  type Findings,
  type Json,
  jsonArray,
  BLOCK_KIT_LIMITS as L,
} from './blockKitShared.ts';

/** Option-list limits per element type; radio buttons and checkboxes may use mrkdwn labels. */
const OPTION_LISTS: Record<string, { max: number; plainOnly: boolean }> = {
  static_select: { max: L.selectOptions, plainOnly: true },
  multi_static_select: { max: L.selectOptions, plainOnly: true },
  overflow: { max: L.overflowOptions, plainOnly: true },
  radio_buttons: { max: L.radioOptions, plainOnly: false },
  checkboxes: { max: L.checkboxOptions, plainOnly: false },
};

/**
 * An interactive element (actions element, section accessory, input element). `actionIds` holds
 * the action_ids already seen in the same block, which Slack requires to be unique.
 */
export function checkElement(element: Json, path: string, actionIds: Set<string>, findings: Findings): void {
  checkActionId(element.action_id, `${path}.action_id`, actionIds, findings);
  if (element.placeholder !== undefined) {
    const rule = { what: 'placeholder', max: L.placeholder, plainOnly: true };
    checkTextObject(element.placeholder, `${path}.placeholder`, rule, findings);
  }
  const type = String(element.type);
  if (type === 'button') checkButton(element, path, findings);
  else if (type === 'number_input') checkNumberInput(element, path, findings);
  else if (type === 'plain_text_input') checkPlainTextInput(element, path, findings);
  const optionList = OPTION_LISTS[type];
  if (optionList !== undefined) checkOptionList(element, path, type, optionList, findings);
}

function checkActionId(actionId: unknown, path: string, seen: Set<string>, findings: Findings): void {
  if (actionId === undefined) return;
  if (typeof actionId !== 'string') {
    findings.add(path, 'action_id must be a string');
    return;
  }
  findings.maxLength(actionId, path, 'action_id', L.actionId);
  if (seen.has(actionId)) findings.add(path, `action_id '${actionId}' is repeated within its block`);
  seen.add(actionId);
}

function checkButton(button: Json, path: string, findings: Findings): void {
  const rule = { what: 'button text', max: L.buttonText, plainOnly: true, required: true };
  checkTextObject(button.text, `${path}.text`, rule, findings);
  findings.maxLength(button.value, `${path}.value`, 'button value', L.buttonValue);
  findings.maxLength(button.url, `${path}.url`, 'button url', L.url);
}

// Slack's number_input takes its bounds and initial value as strings, and refuses the element
// without is_decimal_allowed.
function checkNumberInput(input: Json, path: string, findings: Findings): void {
  if (typeof input.is_decimal_allowed !== 'boolean') {
    findings.add(`${path}.is_decimal_allowed`, 'number_input needs is_decimal_allowed (true or false)');
  }
  for (const field of ['initial_value', 'min_value', 'max_value'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (typeof value !== 'string')
      findings.add(`${path}.${field}`, `${field} must be a string, got ${typeof value}`);
    else if (value.trim() === '' || !Number.isFinite(Number(value))) {
      findings.add(`${path}.${field}`, `${field} '${value}' is not a number`);
    }
  }
  const min = Number(input.min_value);
  const max = Number(input.max_value);
  if (typeof input.min_value === 'string' && typeof input.max_value === 'string' && min > max) {
    findings.add(
      `${path}.min_value`,
      `min_value ${input.min_value} is greater than max_value ${input.max_value}`,
    );
  }
}

// The docs set no length for initial_value itself, but a prefill longer than the element's own
// max_length is a value the user could never submit.
function checkPlainTextInput(input: Json, path: string, findings: Findings): void {
  const { initial_value: initial, min_length: minLength, max_length: maxLength } = input;
  if (initial !== undefined && typeof initial !== 'string') {
    findings.add(`${path}.initial_value`, 'initial_value must be a string');
  }
  checkLengthBound(minLength, `${path}.min_length`, 'min_length', 0, findings);
  checkLengthBound(maxLength, `${path}.max_length`, 'max_length', 1, findings);
  if (typeof minLength === 'number' && typeof maxLength === 'number' && minLength > maxLength) {
    findings.add(`${path}.min_length`, `min_length ${minLength} is greater than max_length ${maxLength}`);
  }
  const cap = typeof maxLength === 'number' ? maxLength : L.plainTextInputLength;
  findings.maxLength(initial, `${path}.initial_value`, 'initial_value', cap);
}

function checkLengthBound(
  value: unknown,
  path: string,
  what: string,
  least: number,
  findings: Findings,
): void {
  if (value === undefined) return;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < least ||
    value > L.plainTextInputLength
  ) {
    findings.add(path, `${what} must be an integer from ${least} to ${L.plainTextInputLength}`);
  }
}

function checkOptionList(
  element: Json,
  path: string,
  type: string,
  list: { max: number; plainOnly: boolean },
  findings: Findings,
): void {
  findings.maxItems(element.options, `${path}.options`, `${type} options`, list.max);
  jsonArray(element.options).forEach((option, index) => {
    checkOption(option, `${path}.options[${index}]`, list.plainOnly, findings);
  });
  findings.maxItems(element.option_groups, `${path}.option_groups`, `${type} option_groups`, L.optionGroups);
  jsonArray(element.option_groups).forEach((group, groupIndex) => {
    const groupPath = `${path}.option_groups[${groupIndex}]`;
    const label = { what: 'option group label', max: L.optionGroupLabel, plainOnly: true, required: true };
    checkTextObject(group.label, `${groupPath}.label`, label, findings);
    findings.maxItems(group.options, `${groupPath}.options`, 'option group options', L.selectOptions);
    jsonArray(group.options).forEach((option, index) => {
      checkOption(option, `${groupPath}.options[${index}]`, list.plainOnly, findings);
    });
  });
  const initialOption = asJson(element.initial_option);
  if (initialOption !== undefined)
    checkOption(initialOption, `${path}.initial_option`, list.plainOnly, findings);
}

function checkOption(option: Json, path: string, plainOnly: boolean, findings: Findings): void {
  checkTextObject(
    option.text,
    `${path}.text`,
    { what: 'option text', max: L.optionText, plainOnly, required: true },
    findings,
  );
  if (typeof option.value !== 'string') findings.add(`${path}.value`, 'option value must be a string');
  findings.maxLength(option.value, `${path}.value`, 'option value', L.optionValue);
  if (option.description !== undefined) {
    const rule = { what: 'option description', max: L.optionDescription, plainOnly };
    checkTextObject(option.description, `${path}.description`, rule, findings);
  }
}
