import { randomBytes } from 'node:crypto';
import type {
  BlockButtonAction,
  EnvelopedEvent,
  SlashCommand,
  types,
  ViewOutput,
  ViewStateValue,
  ViewSubmitAction,
} from '@slack/bolt';
import {
  dmChannelFor,
  FAKE_APP_ID,
  FAKE_BOT_ID,
  FAKE_BOT_USER_ID,
  FAKE_CHANNEL_ID,
  FAKE_CHANNEL_NAME,
  FAKE_TEAM_DOMAIN,
  FAKE_TEAM_ID,
  FAKE_USER_ID,
  FAKE_USER_NAME,
} from './fakeIds.ts';

// Shapes follow Slack's reference payloads (docs.slack.dev/reference/interaction-payloads, the
// app_mention event page, the slash-command field list) and are type-checked against Bolt's own
// declarations, so a field Bolt reads cannot silently go missing here.

// The deprecated verification token Slack still includes; Bolt ignores it.
const VERIFICATION_TOKEN = 'verification-token';
// Nothing listens on the discard port: a forgotten response_url fails fast instead of reaching Slack.
const UNSET_RESPONSE_URL = 'http://127.0.0.1:9/response-url-not-set';

let sequence = 0;
function nextSequence(): number {
  sequence += 1;
  return sequence;
}

/** A fresh, well-formed trigger_id; the fake API accepts each one once, as Slack does. */
export function newTriggerId(): string {
  return `${Date.now()}.${nextSequence()}.${randomBytes(16).toString('hex')}`;
}

function newActionTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(nextSequence()).padStart(6, '0')}`;
}

export type SlashCommandFields = SlashCommand & Record<string, string>;

/** Every field Slack posts for a slash command, as strings (it is a form). */
export function slashCommandBody(fields: Partial<SlashCommandFields> = {}): Record<string, string> {
  const command: SlashCommand = {
    token: VERIFICATION_TOKEN,
    team_id: FAKE_TEAM_ID,
    team_domain: FAKE_TEAM_DOMAIN,
    channel_id: FAKE_CHANNEL_ID,
    channel_name: FAKE_CHANNEL_NAME,
    user_id: FAKE_USER_ID,
    user_name: FAKE_USER_NAME,
    command: '/ftroi',
    text: '',
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: UNSET_RESPONSE_URL,
    trigger_id: newTriggerId(),
    ...fields,
  };
  return Object.fromEntries(
    Object.entries(command).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export interface ViewSubmissionOptions {
  callbackId: string;
  /** state.values: { [blockId]: { [actionId]: { type, value | selected_option … } } }. */
  values: Record<string, Record<string, ViewStateValue>>;
  privateMetadata?: string;
  userId?: string;
  viewId?: string;
  /** The submitted view's blocks (e.g. from the recorded views.open call); default none. */
  blocks?: ViewOutput['blocks'];
  title?: string;
  triggerId?: string;
}

/** The body Slack posts when a user submits a modal. */
export function viewSubmissionPayload(options: ViewSubmissionOptions): ViewSubmitAction {
  const userId = options.userId ?? FAKE_USER_ID;
  const viewId = options.viewId ?? 'V00000001';
  return {
    type: 'view_submission',
    team: { id: FAKE_TEAM_ID, domain: FAKE_TEAM_DOMAIN },
    user: { id: userId, name: FAKE_USER_NAME, team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: options.triggerId ?? newTriggerId(),
    is_enterprise_install: false,
    response_urls: [],
    view: {
      id: viewId,
      team_id: FAKE_TEAM_ID,
      type: 'modal',
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata ?? '',
      blocks: options.blocks ?? [],
      title: { type: 'plain_text', text: options.title ?? 'ftroi', emoji: true },
      submit: { type: 'plain_text', text: 'Submit', emoji: true },
      close: { type: 'plain_text', text: 'Cancel', emoji: true },
      state: { values: options.values },
      hash: `${Math.floor(Date.now() / 1000)}.fakehash`,
      clear_on_close: false,
      notify_on_close: false,
      root_view_id: viewId,
      previous_view_id: null,
      app_id: FAKE_APP_ID,
      app_installed_team_id: FAKE_TEAM_ID,
      external_id: '',
      bot_id: FAKE_BOT_ID,
    },
  };
}

export interface ClickedMessage {
  ts: string;
  /** Set when the clicked message is a reply inside a thread. */
  thread_ts?: string;
  text?: string;
  blocks?: unknown[];
  /** Only pass what Slack would include: do not assume metadata arrives with a click. */
  metadata?: unknown;
}

export interface BlockActionsOptions {
  actionId: string;
  blockId: string;
  value?: string;
  /** The button's label as the user saw it. */
  text?: string;
  message: ClickedMessage;
  channelId?: string;
  userId?: string;
  triggerId?: string;
  responseUrl?: string;
}

/** The body Slack posts when a user clicks a button in a message the app posted. */
export function blockActionsPayload(options: BlockActionsOptions): BlockButtonAction {
  const channelId = options.channelId ?? FAKE_CHANNEL_ID;
  const userId = options.userId ?? FAKE_USER_ID;
  const { message } = options;
  const threadTs = message.thread_ts === undefined ? {} : { thread_ts: message.thread_ts };
  return {
    type: 'block_actions',
    user: { id: userId, username: FAKE_USER_NAME, name: FAKE_USER_NAME, team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: VERIFICATION_TOKEN,
    container: {
      type: 'message',
      message_ts: message.ts,
      channel_id: channelId,
      is_ephemeral: false,
      ...threadTs,
    },
    trigger_id: options.triggerId ?? newTriggerId(),
    team: { id: FAKE_TEAM_ID, domain: FAKE_TEAM_DOMAIN },
    is_enterprise_install: false,
    channel: { id: channelId, name: FAKE_CHANNEL_NAME },
    message: {
      type: 'message',
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      app_id: FAKE_APP_ID,
      team: FAKE_TEAM_ID,
      ts: message.ts,
      text: message.text ?? '',
      blocks: message.blocks ?? [],
      ...threadTs,
      ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
    },
    state: { values: {} },
    response_url: options.responseUrl ?? UNSET_RESPONSE_URL,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: options.blockId,
        text: { type: 'plain_text', text: options.text ?? options.actionId, emoji: true },
        ...(options.value === undefined ? {} : { value: options.value }),
        action_ts: newActionTs(),
      },
    ],
  };
}

/** Wraps an event in the event_callback envelope the Events API delivers. */
export function eventCallback<Event extends { type: string }>(
  event: Event,
  eventId?: string,
): EnvelopedEvent<Event> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: FAKE_TEAM_ID,
    api_app_id: FAKE_APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId ?? `Ev${String(nextSequence()).padStart(9, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-fake-${nextSequence()}`,
  };
}

export interface AppMentionOptions {
  /** What the user typed. `<@UBOT> ` is put in front unless the text already mentions the bot. */
  text: string;
  channel?: string;
  ts?: string;
  /** Set when the mention is a reply in a thread: the thread parent's ts. */
  thread_ts?: string;
  user?: string;
  eventId?: string;
}

/** An app_mention delivery, envelope included. */
export function appMentionEvent(options: AppMentionOptions): EnvelopedEvent<types.AppMentionEvent> {
  const mention = `<@${FAKE_BOT_USER_ID}>`;
  const ts = options.ts ?? newActionTs();
  return eventCallback(
    {
      type: 'app_mention',
      user: options.user ?? FAKE_USER_ID,
      text: options.text.includes(mention) ? options.text : `${mention} ${options.text}`,
      ts,
      channel: options.channel ?? FAKE_CHANNEL_ID,
      event_ts: ts,
      team: FAKE_TEAM_ID,
      ...(options.thread_ts === undefined ? {} : { thread_ts: options.thread_ts }),
    },
    options.eventId,
  );
}

export interface AppHomeOpenedOptions {
  user?: string;
  /** The app's DM with the user. */
  channel?: string;
  tab?: 'home' | 'messages';
  eventId?: string;
}

/** An app_home_opened delivery, envelope included. */
export function appHomeOpenedEvent(
  options: AppHomeOpenedOptions = {},
): EnvelopedEvent<types.AppHomeOpenedEvent> {
  const user = options.user ?? FAKE_USER_ID;
  return eventCallback(
    {
      type: 'app_home_opened',
      user,
      channel: options.channel ?? dmChannelFor(user),
      tab: options.tab ?? 'home',
      event_ts: newActionTs(),
    },
    options.eventId,
  );
}
