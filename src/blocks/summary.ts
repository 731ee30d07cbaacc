/**
 * The posted summary (spec: slack.md, "The posted summary"): one message that answers the question
 * on its own, in at most a dozen blocks, with buttons for the details.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Analysis } from '../calculator/index.ts';
import { formatMonths, formatPct, formatProbability, formatUsd, withFormatMemo } from '../format.ts';
import { changeLines } from './deltas.ts';
import { inputsSummary, keyFigureFields, provenanceLines, quickTestLines } from './figures.ts';
import { ACTION_IDS, BUTTON_VALUE_MAX, SUMMARY_ACTIONS_BLOCK_ID } from './ids.ts';
import {
  context,
  escapeMrkdwn,
  fieldsSection,
  header,
  type Message,
  plain,
  section,
  truncate,
} from './text.ts';
import { warningLines } from './warnings.ts';

export interface Revision {
  /** The revision's number as the thread counts it, shown as "Revision N" when 1 or more. */
  number: number;
  /** Names the result this one is compared with, as in "Changes vs the original" or "vs revision 2". */
  label: string;
  /** The analysis to show deltas against; without it the summary shows no "Changes" section. */
  previous?: Analysis;
}

export interface SummaryContext {
  /** Who ran it, shown as a mention. */
  userId?: string;
  /** The price catalogue's as-of date (YYYY-MM-DD). */
  asOf?: string;
  /** Adds Edit & re-run · Breakdown · Sensitivity. Off for ephemeral and DM copies that cannot be acted on. */
  buttons?: boolean;
  /**
   * Sent back with every button click (≤ 2,000 characters): whatever the listener needs to find
   * the result again, e.g. a short reference. The scenario itself travels in message metadata.
   */
  buttonValue?: string;
  revision?: Revision;
}

/** A revision's label in "Changes vs …": a pasted essay must not crowd out the figures. */
const REVISION_LABEL_MAX = 150;

export const VERDICT_EMOJI = { GO: ':large_green_circle:', 'NO-GO': ':red_circle:' } as const;

/** Slack user and bot-user ids; anything else is shown as text rather than risking a broken mention. */
const USER_ID_RE = /^[UW][A-Z0-9]{2,}$/;

export const mention = (userId: string): string =>
  USER_ID_RE.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);

/**
 * The notification and screen-reader text: the verdict word exactly once, then the headline
 * figures. The verdict's reason is left out because it quotes the quick test's own GO / NO-GO.
 */
export function summaryText(a: Analysis, revision?: Revision): string {
  const name = escapeMrkdwn(a.name);
  const which = revision && revision.number >= 1 ? ` (revision ${revision.number})` : '';
  return (
    `${a.verdict} — ${name}${which}: ${formatUsd(a.monthlyNetSavings)}/month net savings, ` +
    `break-even ${formatMonths(a.breakEvenMonths)}, year-1 ROI ${formatPct(a.roi12)}, 3-year ROI ${formatPct(a.roi36)}`
  );
}

export const verdictLine = (a: Analysis): string =>
  `${VERDICT_EMOJI[a.verdict]} *${a.verdict}* — ${escapeMrkdwn(a.verdictReason)}`;

/** The Monte Carlo in one line; the Sensitivity reply has the full table. */
export function uncertaintyLine(a: Analysis): string | undefined {
  const u = a.uncertainty;
  if (!u) return undefined;
  return (
    `:game_die: *${formatProbability(u.pBreakEvenWithin6Months)} chance of paying back within 6 months* ` +
    `(${formatProbability(u.pBreakEvenWithin12Months)} within 12), from ${u.samples.toLocaleString('en-US')} scenarios drawn from your ranges`
  );
}

export function summaryButtons(value?: string): ActionsBlock {
  if (value !== undefined && value.length > BUTTON_VALUE_MAX)
    throw new RangeError(`button value is ${value.length} characters; Slack allows ${BUTTON_VALUE_MAX}`);
  return {
    type: 'actions',
    block_id: SUMMARY_ACTIONS_BLOCK_ID,
    elements: [
      button('Edit & re-run', ACTION_IDS.editRerun, value, true),
      button('Breakdown', ACTION_IDS.breakdown, value),
      button('Sensitivity', ACTION_IDS.sensitivity, value),
    ],
  };
}

function button(text: string, actionId: string, value: string | undefined, primary = false): Button {
  const element: Button = { type: 'button', text: plain(text, 75), action_id: actionId };
  if (value) element.value = value;
  if (primary) element.style = 'primary';
  return element;
}

/** Inputs, who ran it and the catalogue date: the line that makes the result reproducible. */
export function runContextLines(a: Analysis, ctx: Pick<SummaryContext, 'userId' | 'asOf'>): string[] {
  const who = ctx.userId ? `Run by ${mention(ctx.userId)}` : '';
  const prices = ctx.asOf ? `price catalogue as of ${escapeMrkdwn(ctx.asOf)}` : '';
  const meta = [who, prices, `starting ${a.startDate}`].filter(Boolean).join(' · ');
  return [`Inputs: ${inputsSummary(a)}`, meta];
}

export function summaryMessage(analysis: Analysis, ctx: SummaryContext = {}): Message {
  return withFormatMemo(() => renderSummary(analysis, ctx));
}

function renderSummary(analysis: Analysis, ctx: SummaryContext): Message {
  const a = analysis;
  const { revision } = ctx;
  // Pushed one by one: conditional spreads in one array literal cost a temporary array each.
  const blocks: KnownBlock[] = [header(a.name), section(verdictLine(a))];
  if (revision && revision.number >= 1) blocks.push(context([`Revision ${revision.number}`]));
  blocks.push(fieldsSection(keyFigureFields(a)), section(quickTestLines(a).join('\n')));
  const warnings = warningLines(a);
  if (warnings.length > 0) blocks.push(section(['*Warnings*', ...warnings].join('\n')));
  const uncertainty = uncertaintyLine(a);
  if (uncertainty) blocks.push(section(uncertainty));
  if (revision?.previous) {
    const title = `*Changes vs ${escapeMrkdwn(truncate(revision.label, REVISION_LABEL_MAX))}*`;
    blocks.push(section([title, ...changeLines(a, revision.previous)].join('\n')));
  }
  const provenance = provenanceLines(a).map(escapeMrkdwn);
  if (provenance.length > 0) blocks.push(context(provenance));
  blocks.push(context(runContextLines(a, ctx)));
  if (ctx.buttons) blocks.push(summaryButtons(ctx.buttonValue));
  return { text: summaryText(a, revision), blocks };
}
