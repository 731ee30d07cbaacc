import type { Logger, webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { slackErrorCode } from './errors.ts';
import { slackFetch } from './fetch.ts';

export interface OutgoingMessage {
  text: string;
  blocks: KnownBlock[];
  metadata?: { event_type: string; event_payload: Record<string, string | number | boolean> };
}

export interface Destination {
  channelId: string;
  threadTs?: string;
  userId?: string;
  /** The slash command's response_url: the ephemeral fallback when the app cannot post. */
  responseUrl?: string;
}

export type DeliveryResult =
  | { via: 'channel'; ts: string; channelId: string }
  | { via: 'ephemeral' | 'dm'; reason: string }
  | { via: 'none'; reason: string };

/** Errors that mean "this app may not post here", where the user should get the result privately. */
const CANNOT_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'cannot_reply_to_message',
  'thread_not_found',
  'ekm_access_denied',
]);

/** Slack refused the blocks themselves: the same blocks would be refused again anywhere. */
const BLOCKS_REFUSED = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long']);

/**
 * The spec keeps a message's blocks well under ~12k characters; Slack answers msg_blocks_too_long
 * at an undocumented ~13k. A summary reaches it only with every escapable character in its name
 * and the largest scenarios, whose payload is repeated in three button values.
 */
export const BLOCKS_JSON_BUDGET = 12_000;

/** Button values only spare a click the metadata read-back, so they go first when a message is too long. */
function withoutButtonValues(blocks: readonly KnownBlock[]): KnownBlock[] {
  return blocks.map((block) => {
    if (block.type !== 'actions') return block;
    const elements = block.elements.map((element) => {
      if (element.type !== 'button' || element.value === undefined) return element;
      const copy = { ...element };
      delete copy.value;
      return copy;
    });
    return { ...block, elements };
  });
}

/** The blocks as Slack receives them, within the budget whenever dropping button values gets there. */
export function blocksJson(blocks: readonly KnownBlock[]): string {
  const json = JSON.stringify(blocks);
  return json.length <= BLOCKS_JSON_BUDGET ? json : JSON.stringify(withoutButtonValues(blocks));
}

export const INVITE_HINT = 'To post results here, invite the app: type `/invite @ftroi` in the channel.';

export interface Deliverer {
  client: webApi.WebClient;
  logger: Logger;
  isAllowedResponseUrl: (url: string) => boolean;
}

/**
 * chat.postMessage with blocks and metadata handed to the WebClient as JSON text: the form field
 * Slack receives is byte for byte the same, but the client no longer walks every block to build a
 * redacted copy for its debug log (it does so even with debug off) nor serialises them a second
 * time. That walk was the largest single cost of posting a summary.
 */
function postMessage(
  client: webApi.WebClient,
  message: {
    channel: string;
    text: string;
    thread_ts?: string | undefined;
    blocks?: readonly KnownBlock[] | undefined;
    metadata?: OutgoingMessage['metadata'] | undefined;
  },
): Promise<webApi.ChatPostMessageResponse> {
  const args: Record<string, unknown> = { channel: message.channel, text: message.text };
  if (message.thread_ts) args.thread_ts = message.thread_ts;
  if (message.blocks) args.blocks = blocksJson(message.blocks);
  if (message.metadata) args.metadata = JSON.stringify(message.metadata);
  args.unfurl_links = false;
  return client.apiCall('chat.postMessage', args);
}

/** Posts a result where it belongs; if Slack refuses, the user still gets it, with the reason. */
export async function deliver(
  d: Deliverer,
  to: Destination,
  message: OutgoingMessage,
): Promise<DeliveryResult> {
  try {
    const posted = await postMessage(d.client, {
      channel: to.channelId,
      thread_ts: to.threadTs,
      text: message.text,
      // Plain-text replies carry no blocks: Slack rejects an empty blocks array on some clients.
      blocks: message.blocks.length > 0 ? message.blocks : undefined,
      metadata: message.metadata,
    });
    return { via: 'channel', ts: posted.ts ?? '', channelId: posted.channel ?? to.channelId };
  } catch (error) {
    const code = slackErrorCode(error);
    d.logger.warn(`chat.postMessage to ${to.channelId} failed: ${code}`);
    if (BLOCKS_REFUSED.has(code) && message.blocks.length > 0) {
      // Private delivery would carry the same blocks; the text fallback holds the verdict and figures.
      return deliver(d, to, { ...message, blocks: [] });
    }
    const reason = CANNOT_POST.has(code)
      ? `I couldn't post in <#${to.channelId}> (${code}), so here is your result. ${INVITE_HINT}`
      : `Slack didn't accept the result just now (${code}); here it is privately. Try again in a moment to share it.`;
    return deliverPrivately(d, to, message, reason);
  }
}

/** Ephemeral through response_url when we have one, else a DM from the app. */
export async function deliverPrivately(
  d: Deliverer,
  to: Destination,
  message: OutgoingMessage,
  reason: string,
): Promise<DeliveryResult> {
  const notice: KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: reason }] };
  const blocks = [notice, ...message.blocks].slice(0, 50);
  const text = `${reason}\n${message.text}`;
  if (to.responseUrl && d.isAllowedResponseUrl(to.responseUrl)) {
    try {
      const response = await slackFetch(to.responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // The blocks go in as blocksJson made them: within the budget, like a channel post.
        body: `{"response_type":"ephemeral","replace_original":false,"text":${JSON.stringify(text)},"blocks":${blocksJson(blocks)}}`,
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) return { via: 'ephemeral', reason };
      d.logger.warn(`response_url answered ${response.status}`);
    } catch (error) {
      d.logger.warn(`response_url failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (to.userId) {
    try {
      const dm = await d.client.conversations.open({ users: to.userId });
      const channel = dm.channel?.id;
      if (channel) {
        await postMessage(d.client, { channel, text, blocks });
        return { via: 'dm', reason };
      }
    } catch (error) {
      d.logger.warn(`DM fallback failed: ${slackErrorCode(error)}`);
    }
  }
  d.logger.error(`could not deliver a result to ${to.userId ?? 'an unknown user'} in any way: ${reason}`);
  return { via: 'none', reason };
}
