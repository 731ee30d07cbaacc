import { type ApiArgs, isTruthyArg, stringArg } from './apiRequestBody.ts';
import { dmChannelFor, FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_DOMAIN, FAKE_TEAM_ID } from './fakeIds.ts';
import { compareTs, type FakeMessage, type FakeSlackWorkspace } from './fakeSlackWorkspace.ts';

export type SlackAnswer = Record<string, unknown> & { ok: boolean };

type MethodHandler = (args: ApiArgs, workspace: FakeSlackWorkspace) => SlackAnswer;

/** Answers a Web API call the way Slack does; methods nobody needs to model answer { ok: true }. */
export function answerApiCall(method: string, args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const handler = HANDLERS[method];
  return handler === undefined ? { ok: true } : handler(args, workspace);
}

const HANDLERS: Record<string, MethodHandler> = {
  'auth.test': () => ({
    ok: true,
    url: `https://${FAKE_TEAM_DOMAIN}.slack.com/`,
    team: 'ftroi test',
    user: 'ftroi',
    team_id: FAKE_TEAM_ID,
    user_id: FAKE_BOT_USER_ID,
    bot_id: FAKE_BOT_ID,
    is_enterprise_install: false,
  }),
  'chat.postMessage': postMessage,
  'chat.postEphemeral': (args, workspace) =>
    stringArg(args, 'channel') === undefined || stringArg(args, 'user') === undefined
      ? platformError('invalid_arguments')
      : { ok: true, message_ts: workspace.nextTs() },
  'chat.update': updateMessage,
  'conversations.open': (args) => {
    const firstUser = stringArg(args, 'users')?.split(',')[0];
    if (firstUser === undefined || firstUser === '') return platformError('users_list_not_supplied');
    return { ok: true, no_op: false, already_open: false, channel: { id: dmChannelFor(firstUser) } };
  },
  'conversations.replies': listReplies,
  'conversations.history': listHistory,
  'views.open': (args, workspace) => openView(args, workspace),
  'views.push': (args, workspace) => openView(args, workspace),
  'views.update': updateView,
  'views.publish': (args, workspace) => {
    const view = viewArg(args);
    if (view === undefined || stringArg(args, 'user_id') === undefined)
      return platformError('invalid_arguments');
    return { ok: true, view: workspace.saveView({ type: 'home', ...view }) };
  },
};

function postMessage(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const requested = stringArg(args, 'channel');
  if (requested === undefined || requested === '') return platformError('channel_not_found');
  if (args.text === undefined && args.blocks === undefined) return platformError('no_text');
  // Posting to a user ID lands in the app's DM with them, as on Slack.
  const channel = requested.startsWith('U') ? dmChannelFor(requested) : requested;
  const threadTs = stringArg(args, 'thread_ts');
  const stored = workspace.addMessage(channel, {
    text: stringArg(args, 'text') ?? '',
    ...(args.blocks === undefined ? {} : { blocks: args.blocks }),
    ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  });
  return { ok: true, channel, ts: stored.ts, message: stored };
}

function updateMessage(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const channel = stringArg(args, 'channel') ?? '';
  const ts = stringArg(args, 'ts') ?? '';
  const message = workspace.findMessage(channel, ts);
  if (message === undefined) return platformError('message_not_found');
  if (typeof args.text === 'string') message.text = args.text;
  if (args.blocks !== undefined) message.blocks = args.blocks;
  if (args.metadata !== undefined) message.metadata = args.metadata;
  return { ok: true, channel, ts, text: message.text, message };
}

function listReplies(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const channel = stringArg(args, 'channel') ?? '';
  if (!workspace.canRead(channel)) return platformError('not_in_channel');
  const thread = workspace.thread(channel, stringArg(args, 'ts') ?? '');
  if (thread.length === 0) return platformError('thread_not_found');
  return { ok: true, messages: withMetadataIfAsked(thread, args), has_more: false, response_metadata: {} };
}

function listHistory(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const channel = stringArg(args, 'channel') ?? '';
  if (!workspace.canRead(channel)) return platformError('not_in_channel');
  const topLevel = workspace
    .messagesIn(channel)
    .filter((message) => message.thread_ts === undefined || message.thread_ts === message.ts)
    .sort((a, b) => compareTs(b.ts, a.ts));
  return { ok: true, messages: withMetadataIfAsked(topLevel, args), has_more: false, response_metadata: {} };
}

// Slack only returns message metadata to callers that pass include_all_metadata.
function withMetadataIfAsked(messages: FakeMessage[], args: ApiArgs): FakeMessage[] {
  if (isTruthyArg(args.include_all_metadata)) return messages;
  return messages.map(({ metadata: _metadata, ...rest }) => ({ ...rest }) as FakeMessage);
}

function openView(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const view = viewArg(args);
  if (view === undefined) return platformError('invalid_arguments');
  const trigger = workspace.exchangeTrigger(
    stringArg(args, 'trigger_id') ?? stringArg(args, 'interactivity_pointer'),
  );
  if (trigger === 'missing') return platformError('invalid_trigger_id');
  if (trigger === 'exchanged') return platformError('exchanged_trigger_id');
  return { ok: true, view: workspace.saveView(view) };
}

function updateView(args: ApiArgs, workspace: FakeSlackWorkspace): SlackAnswer {
  const view = viewArg(args);
  const viewId = stringArg(args, 'view_id');
  if (view === undefined) return platformError('invalid_arguments');
  if (viewId !== undefined && !workspace.hasView(viewId)) return platformError('not_found');
  return { ok: true, view: workspace.saveView(view, viewId) };
}

function viewArg(args: ApiArgs): Record<string, unknown> | undefined {
  const view = args.view;
  return typeof view === 'object' && view !== null ? (view as Record<string, unknown>) : undefined;
}

export function platformError(error: string): SlackAnswer {
  return { ok: false, error };
}
