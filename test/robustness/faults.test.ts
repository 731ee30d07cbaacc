import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, SUMMARY_ACTIONS_BLOCK_ID } from '../../src/blocks/ids.ts';
import { findPreset } from '../../src/calculator/index.ts';
import { messageMetadata, scenarioPayload } from '../../src/slack/metadata.ts';
import { dmChannelFor } from '../support/fakeIds.ts';
import { type Fault, RESPONSE_URL_METHOD, type RecordedCall } from '../support/fakeSlackApi.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActionsPayload,
  newTriggerId,
} from '../support/slackRequests.ts';
import { eventually, sleep, useRobust } from './robustApp.ts';

// Every Web API method ftroi calls × the ways Slack fails, all cells at once against one app. Cells
// keep apart by channel, user, trigger_id and response_url, so faults are matched to their own cell.

const r = useRobust();
const CUSTOMER_SUPPORT = 'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';
const RECORD = { scenario: findPreset('customer-support')?.scenario ?? {}, revision: 0, label: 'original' };

type Surface =
  | 'inline command'
  | 'mention in a result thread'
  | '/ftroi (modal)'
  | 'Edit & re-run button'
  | 'App Home opened'
  | 'Breakdown button without value'
  | 'mention with DM fallback'
  | 'inline command, post refused';

/** What the user can be told: everything but App Home and a failed DM, which have nobody to answer. */
type Telling = 'told' | 'logged';

type Row = [method: string, surface: Surface, fault: string, faults: Fault[], telling: Telling];

const okFalse = (error: string): Fault[] => [{ okFalse: error }];
const RATE_LIMITED: Fault[] = [{ status: 429, retryAfterSeconds: 1 }];
const SERVER_ERRORS: Fault[] = [{ status: 500 }, { status: 500 }, { status: 500 }];
const SLOW: Fault[] = [{ delayMs: 2500 }];
const transient = (method: string, surface: Surface, dead: Telling = 'told'): Row[] => [
  [method, surface, '429 Retry-After 1', RATE_LIMITED, 'told'],
  [method, surface, '500 ×3', SERVER_ERRORS, dead],
  [method, surface, 'delay 2.5 s > 1.5 s time-out', SLOW, dead],
];

const ROWS: Row[] = [
  ...['not_in_channel', 'channel_not_found', 'is_archived'].map(
    (e): Row => ['chat.postMessage', 'inline command', `ok:false ${e}`, okFalse(e), 'told'],
  ),
  ...transient('chat.postMessage', 'inline command'),
  ...['not_in_channel', 'thread_not_found'].map(
    (e): Row => ['chat.postMessage', 'mention with DM fallback', `ok:false ${e}`, okFalse(e), 'told'],
  ),
  ...transient('chat.postMessage', 'mention with DM fallback'),
  ...['expired_trigger_id', 'exchanged_trigger_id'].map(
    (e): Row => ['views.open', '/ftroi (modal)', `ok:false ${e}`, okFalse(e), 'told'],
  ),
  ...transient('views.open', '/ftroi (modal)'),
  ...['expired_trigger_id', 'exchanged_trigger_id'].map(
    (e): Row => ['views.open', 'Edit & re-run button', `ok:false ${e}`, okFalse(e), 'told'],
  ),
  ...transient('views.open', 'Edit & re-run button'),
  ['views.publish', 'App Home opened', 'ok:false not_enabled', okFalse('not_enabled'), 'logged'],
  ...transient('views.publish', 'App Home opened', 'logged').map(
    ([m, s, f, faults]): Row => [m, s, f, faults, 'logged'],
  ),
  ...['thread_not_found', 'channel_not_found'].map(
    (e): Row => [
      'conversations.replies',
      'Breakdown button without value',
      `ok:false ${e}`,
      okFalse(e),
      'told',
    ],
  ),
  ...transient('conversations.replies', 'Breakdown button without value'),
  ...['thread_not_found', 'not_in_channel'].map(
    (e): Row => ['conversations.replies', 'mention in a result thread', `ok:false ${e}`, okFalse(e), 'told'],
  ),
  ...transient('conversations.replies', 'mention in a result thread'),
  ...['user_not_found', 'cannot_dm_bot'].map(
    (e): Row => ['conversations.open', 'mention with DM fallback', `ok:false ${e}`, okFalse(e), 'logged'],
  ),
  ...transient('conversations.open', 'mention with DM fallback', 'logged'),
  [RESPONSE_URL_METHOD, 'inline command, post refused', '404 expired_url', [{ status: 404 }], 'told'],
  [RESPONSE_URL_METHOD, 'inline command, post refused', '500', [{ status: 500 }], 'told'],
  [RESPONSE_URL_METHOD, 'inline command, post refused', '429', [{ status: 429 }], 'told'],
  [
    RESPONSE_URL_METHOD,
    'inline command, post refused',
    'delay 5.5 s > its 5 s time-out',
    [{ delayMs: 5500 }],
    'told',
  ],
];

interface Cell {
  channel: string;
  user: string;
  dm: string;
  responseUrlId: string;
  triggerId: string;
  seededTs?: string;
}

interface Outcome {
  told: string | undefined;
  channelPosts: number;
  dmPosts: number;
  faultsHit: number;
}

const cellFor = (index: number): Cell => {
  const n = String(9000 + index);
  return {
    channel: `C${n}`,
    user: `U${n}`,
    dm: dmChannelFor(`U${n}`),
    responseUrlId: `cell-${n}`,
    triggerId: newTriggerId(),
  };
};

function matcher(method: string, cell: Cell): Fault['match'] {
  switch (method) {
    case 'chat.postMessage':
    case 'conversations.replies':
      return (args) => args.channel === cell.channel;
    case 'views.open':
      return (args) => args.trigger_id === cell.triggerId;
    case 'views.publish':
      return (args) => args.user_id === cell.user;
    case 'conversations.open':
      return (args) => args.users === cell.user;
    default:
      return (args) => String(args.text ?? '').includes(cell.channel);
  }
}

function injectRow([method, surface, , faults]: Row, cell: Cell): void {
  // The DM and response_url rows need the channel post refused first, to reach the fallback.
  if (method === 'conversations.open' || method === RESPONSE_URL_METHOD)
    r.fake.inject('chat.postMessage', {
      okFalse: 'not_in_channel',
      match: matcher('chat.postMessage', cell),
    });
  for (const fault of faults) r.fake.inject(method, { ...fault, match: matcher(method, cell) });
  if (surface === 'mention in a result thread' || surface === 'Breakdown button without value') {
    cell.seededTs = r.fake.seedMessage(cell.channel, {
      text: 'a result',
      metadata: messageMetadata(scenarioPayload(RECORD)),
    }).ts;
  }
}

async function trigger(surface: Surface, cell: Cell) {
  const responseUrl = r.fake.responseUrl(cell.responseUrlId);
  const commandFields = { channel_id: cell.channel, user_id: cell.user, response_url: responseUrl };
  switch (surface) {
    case 'inline command':
    case 'inline command, post refused':
      return r.command(CUSTOMER_SUPPORT, commandFields);
    case '/ftroi (modal)':
      return r.command('', { ...commandFields, trigger_id: cell.triggerId });
    case 'mention with DM fallback':
      return r.event(appMentionEvent({ text: CUSTOMER_SUPPORT, channel: cell.channel, user: cell.user }));
    case 'mention in a result thread':
      return r.event(
        appMentionEvent({
          text: 'what if gpu=500',
          channel: cell.channel,
          user: cell.user,
          thread_ts: cell.seededTs ?? '',
        }),
      );
    case 'App Home opened':
      return r.event(appHomeOpenedEvent({ user: cell.user }));
    case 'Edit & re-run button':
    case 'Breakdown button without value':
      return r.interact(
        blockActionsPayload({
          actionId: surface === 'Edit & re-run button' ? ACTION_IDS.editRerun : ACTION_IDS.breakdown,
          blockId: SUMMARY_ACTIONS_BLOCK_ID,
          ...(surface === 'Edit & re-run button' ? { value: JSON.stringify(scenarioPayload(RECORD)) } : {}),
          message: { ts: cell.seededTs ?? '1700000000.000900' },
          channelId: cell.channel,
          userId: cell.user,
          triggerId: cell.triggerId,
          responseUrl,
        }),
      );
  }
}

const failed = (call: RecordedCall) =>
  call.fault !== undefined &&
  (call.fault.status !== undefined ||
    call.fault.okFalse !== undefined ||
    call.fault.hangUp === true ||
    (call.fault.delayMs ?? 0) >= 1500);

/** How the user learnt the outcome, if they did: a post, an ephemeral, a DM, or the modal. */
function howTold(cell: Cell): string | undefined {
  const calls = r.fake.calls;
  const mine = (call: RecordedCall) =>
    (call.method === RESPONSE_URL_METHOD && call.path.endsWith(`/${cell.responseUrlId}`)) ||
    (call.method === 'views.open' && call.args.trigger_id === cell.triggerId) ||
    (call.method === 'chat.postMessage' &&
      (call.args.channel === cell.channel || call.args.channel === cell.dm));
  const good = calls.filter((call) => mine(call) && !failed(call));
  const first = good[0];
  if (first === undefined) return undefined;
  return first.method === 'chat.postMessage'
    ? `${first.method} to ${String(first.args.channel)[0]}…`
    : first.method;
}

function postsIn(channel: string, exceptTs?: string): number {
  return r.fake.messagesIn(channel).filter((m) => m.ts !== exceptTs).length;
}

async function runCell(row: Row, index: number): Promise<Outcome> {
  const cell = cellFor(index);
  injectRow(row, cell);
  const ack = await trigger(row[1], cell);
  if (ack.status !== 200) throw new Error(`${row[1]} was answered ${ack.status}`);
  const told = await eventually(() => howTold(cell), 12_000);
  // Long enough for a delayed post to land: a duplicate would show up by then.
  await sleep(3000);
  const [method, , , faults] = row;
  const faultsHit = r.fake
    .callsTo(method)
    .filter((c) => c.fault !== undefined && matcher(method, cell)?.(c.args)).length;
  return {
    told,
    channelPosts: postsIn(cell.channel, cell.seededTs),
    dmPosts: postsIn(cell.dm),
    faultsHit: Math.min(faultsHit, faults.length),
  };
}

let outcomes: Outcome[] = [];
beforeAll(async () => {
  outcomes = await Promise.all(ROWS.map((row, i) => runCell(row, i)));
}, 60_000);

describe('Web API fault matrix', () => {
  it.each(ROWS.map((row, i) => [...row, i] as const))(
    '%s during %s, %s: stays up, user told, nothing posted twice',
    async (method, _surface, _fault, faults, telling, index) => {
      const outcome = outcomes[index];
      expect(outcome).toBeDefined();
      if (!outcome) return;
      expect(outcome.faultsHit, `every injected ${method} fault was reached`).toBe(faults.length);
      expect(r.app.alive()).toBe(true);
      expect((await fetch(`${r.app.baseUrl}/healthz`)).status).toBe(200);
      expect(outcome.channelPosts).toBeLessThanOrEqual(1);
      expect(outcome.dmPosts).toBeLessThanOrEqual(1);
      if (telling === 'told') expect(outcome.told, 'the user heard back').toBeDefined();
      else {
        const user = cellFor(index).user;
        const log = r.app.output();
        expect(
          method === 'views.publish'
            ? log.includes('views.publish failed')
            : log.includes(`deliver a result to ${user}`),
        ).toBe(true);
      }
    },
  );

  it('stays up and answers a normal command after the whole matrix', async () => {
    const ack = await r.command('help');
    expect(ack.status).toBe(200);
    expect(r.app.output()).not.toMatch(/unhandled (rejection|listener error)/);
  });
});
