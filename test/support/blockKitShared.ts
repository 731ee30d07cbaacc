/**
 * Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit, /reference/views), plus
 * the 12,000-character total ftroi keeps messages under: Slack rejects long messages with
 * msg_blocks_too_long at an undocumented ~13k (slackapi/bolt-js#2509).
 */
export const BLOCK_KIT_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageBlocksJsonChars: 12_000,
  messageTextChars: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  markdownText: 12_000,
  textObject: 3000,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  actionId: 255,
  blockId: 255,
  callbackId: 255,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  actionsElements: 25,
  contextElements: 10,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  selectOptions: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  overflowOptions: 5,
  radioOptions: 10,
  checkboxOptions: 10,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  plainTextInputLength: 3000,
} as const;

export type Json = Record<string, unknown>;

/** Collects "path: problem" lines while one surface is checked. */
export class Findings {
  readonly lines: string[] = [];

  add(path: string, problem: string): void {
    this.lines.push(`${path}: ${problem}`);
  }

  /**
   * Lengths are UTF-16 code units: an emoji counts 2, which can only make the check stricter than
   * however Slack counts characters.
   */
  maxLength(value: unknown, path: string, what: string, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, `${what} is ${value.length} characters (max ${max})`);
    }
  }

  maxItems(value: unknown, path: string, what: string, max: number): void {
    if (Array.isArray(value) && value.length > max)
      this.add(path, `${what} has ${value.length} items (max ${max})`);
  }
}

export interface TextRule {
  what: string;
  max: number;
  /** Slack rejects mrkdwn here (headers, buttons, labels, titles, select options…). */
  plainOnly?: boolean;
  required?: boolean;
}

/** A composition text object: { type: 'plain_text' | 'mrkdwn', text } with 1..max characters. */
export function checkTextObject(value: unknown, path: string, rule: TextRule, findings: Findings): void {
  if (value === undefined) {
    if (rule.required) findings.add(path, `${rule.what} is required`);
    return;
  }
  const text = asJson(value);
  if (text === undefined || (text.type !== 'plain_text' && text.type !== 'mrkdwn')) {
    findings.add(path, `${rule.what} must be a text object ({ type: 'plain_text' | 'mrkdwn', text })`);
    return;
  }
  if (rule.plainOnly && text.type !== 'plain_text')
    findings.add(`${path}.type`, `${rule.what} must be plain_text`);
  if (typeof text.text !== 'string' || text.text.length === 0) {
    findings.add(`${path}.text`, `${rule.what} must be a non-empty string`);
    return;
  }
  findings.maxLength(text.text, `${path}.text`, rule.what, rule.max);
}

export function asJson(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function jsonArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.map((item) => asJson(item) ?? {}) : [];
}
