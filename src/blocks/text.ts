/**
 * Small Block Kit constructors and text helpers shared by every renderer. Each one enforces the
 * Slack limit of the slot it fills, so a long scenario name or a long list of notes shortens the
 * message instead of getting it rejected (`invalid_blocks`).
 */
import type {
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  MrkdwnElement,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';

/** What every message renderer returns: blocks plus the plain-text fallback notifications use. */
export interface Message {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's limits for the slots filled here (docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  header: 150,
  sectionText: 3000,
  sectionFields: 10,
  sectionField: 2000,
  contextElements: 10,
  textObject: 3000,
  messageText: 40_000,
} as const;

/** Cuts at `max` characters (UTF-16 units, the stricter count), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  // Never leave half a surrogate pair: Slack would show a replacement character.
  const safe = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe}…`;
}

const MRKDWN_CONTROL = /[&<>]/;

/**
 * mrkdwn treats &, < and > as control characters (`<!channel>`, `<@U…>`): user text must be
 * escaped, or a scenario named "<!channel>" would ping everyone.
 */
export const escapeMrkdwn = (text: string): string =>
  MRKDWN_CONTROL.test(text)
    ? text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    : text;

/** User text inside a ``` block: escaped, and without backticks that would close the block early. */
export const escapeCode = (text: string): string => escapeMrkdwn(text).replaceAll('`', 'ˋ');

export const plain = (text: string, max: number = LIMITS.textObject): PlainTextElement => ({
  type: 'plain_text',
  text: truncate(text.trim() === '' ? '-' : text, max),
  emoji: true,
});

export const mrkdwn = (text: string, max: number = LIMITS.textObject): MrkdwnElement => ({
  type: 'mrkdwn',
  text: truncate(text, max),
});

export const header = (text: string): HeaderBlock => ({ type: 'header', text: plain(text, LIMITS.header) });

export const divider = (): DividerBlock => ({ type: 'divider' });

export const section = (text: string): SectionBlock => ({
  type: 'section',
  text: mrkdwn(text, LIMITS.sectionText),
});

export const fieldsSection = (fields: readonly string[]): SectionBlock => ({
  type: 'section',
  fields: fields.slice(0, LIMITS.sectionFields).map((f) => mrkdwn(f, LIMITS.sectionField)),
});

/** Context lines, at most 10 elements: the surplus is folded into the last one. */
export function context(lines: readonly string[]): ContextBlock {
  const kept = lines.filter((l) => l.trim() !== '');
  const head = kept.slice(0, LIMITS.contextElements - 1);
  const rest = kept.slice(LIMITS.contextElements - 1);
  const elements = rest.length > 0 ? [...head, rest.join('\n')] : head;
  return { type: 'context', elements: (elements.length > 0 ? elements : ['-']).map((l) => mrkdwn(l)) };
}

const FENCE = '```';

/**
 * Preformatted text in sections of at most 3,000 characters, split between lines, each fenced on
 * its own: a chart or table never breaks a section's limit or loses its monospace. Lines are raw
 * text: they are escaped here (a formula's "S > 0" is mrkdwn too).
 */
export function codeSections(lines: readonly string[], title?: string): SectionBlock[] {
  const budget = LIMITS.sectionText - (title ? title.length + 1 : 0) - 2 * FENCE.length - 2;
  const chunks: string[][] = [[]];
  let used = 0;
  for (const raw of lines) {
    const line = truncate(escapeCode(raw), budget);
    const current = chunks[chunks.length - 1] as string[];
    if (current.length > 0 && used + line.length + 1 > budget) {
      chunks.push([line]);
      used = line.length + 1;
    } else {
      current.push(line);
      used += line.length + 1;
    }
  }
  return chunks.map((chunk, i) =>
    section(`${i === 0 && title ? `${title}\n` : ''}${FENCE}\n${chunk.join('\n')}\n${FENCE}`),
  );
}

/** Left-aligned columns for a code-block table: every column as wide as its widest cell. */
export function table(
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows)
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Splits lines into mrkdwn sections of at most 3,000 characters, never mid-line. */
export function sections(lines: readonly string[]): SectionBlock[] {
  const out: SectionBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, LIMITS.sectionText);
    if (current !== '' && current.length + line.length + 1 > LIMITS.sectionText) {
      out.push(section(current));
      current = line;
    } else current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') out.push(section(current));
  return out;
}
