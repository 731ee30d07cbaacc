import type { webApi } from '@slack/bolt';
import { type SummaryContext, summaryMessage } from '../blocks/summary.ts';
import type { Analysis } from '../calculator/index.ts';
import type { AppContext } from '../context.ts';
import type { OutgoingMessage } from './deliver.ts';
import {
  messageMetadata,
  readMessageMetadata,
  repliedTo,
  type ScenarioPayload,
  type ScenarioRecord,
  scenarioPayload,
} from './metadata.ts';

const BUTTON_VALUE_LIMIT = 2000;

/** The button value carries the scenario so a click needs no lookup; too big, and the click reads metadata. */
export function buttonValue(payload: ScenarioPayload): string {
  const value = JSON.stringify(payload);
  return value.length <= BUTTON_VALUE_LIMIT ? value : '';
}

export interface ResultMessageInput {
  analysis: Analysis;
  record: ScenarioRecord;
  userId?: string;
  previous?: { analysis: Analysis; label: string };
}

/** A posted result: the summary, its buttons, and the scenario in message metadata. */
export function resultMessage(
  input: ResultMessageInput,
  ctx: Pick<AppContext, 'catalogueAsOf'>,
): OutgoingMessage {
  // One payload for the buttons and the metadata: the scenario is serialised once per result.
  const payload = scenarioPayload(input.record);
  const summary: SummaryContext = { buttons: true, buttonValue: buttonValue(payload) };
  if (input.userId) summary.userId = input.userId;
  if (ctx.catalogueAsOf) summary.asOf = ctx.catalogueAsOf.newest;
  if (input.record.revision > 0) {
    summary.revision = { number: input.record.revision, label: input.previous?.label ?? input.record.label };
    if (input.previous) summary.revision.previous = input.previous.analysis;
  }
  const { text, blocks } = summaryMessage(input.analysis, summary);
  return { text, blocks, metadata: messageMetadata(payload) };
}

export interface ThreadEntry {
  ts: string;
  record: ScenarioRecord;
}

/** Every ftroi result in a thread (original and revisions), oldest first, read back from Slack. */
export async function threadResults(
  client: webApi.WebClient,
  channelId: string,
  threadTs: string,
): Promise<{ entries: ThreadEntry[]; rejected: number; answered: Set<string> }> {
  const entries: ThreadEntry[] = [];
  const answered = new Set<string>();
  let rejected = 0;
  let cursor: string | undefined;
  // Bounded: a thread longer than 10 pages of 200 replies is read up to that point.
  for (let page = 0; page < 10; page++) {
    const response = await client.conversations.replies({
      channel: channelId,
      ts: threadTs,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of response.messages ?? []) {
      const replyTo = repliedTo(message as never);
      if (replyTo) answered.add(replyTo);
      const read = readMessageMetadata(message as never);
      if (read === undefined) continue;
      if (read.ok && message.ts) entries.push({ ts: message.ts, record: read.record });
      else rejected++;
    }
    cursor = response.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  entries.sort((a, b) => Number(a.ts) - Number(b.ts));
  return { entries, rejected, answered };
}

export const nextRevision = (entries: ThreadEntry[]): number =>
  entries.reduce((max, e) => Math.max(max, e.record.revision), 0) + 1;
