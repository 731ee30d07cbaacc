import { describe, expect, it } from 'vitest';
import { ACTION_IDS, SUMMARY_ACTIONS_BLOCK_ID } from '../../src/blocks/ids.ts';
import { findPreset } from '../../src/calculator/index.ts';
import { encodePrivateMetadata, METADATA_EVENT_TYPE, scenarioPayload } from '../../src/slack/metadata.ts';
import {
  blockIdByLabel,
  sleep,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
  useE2e,
  visibleText,
} from '../e2e/harness.ts';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { RESPONSE_URL_METHOD } from '../support/fakeSlackApi.ts';
import {
  appMentionEvent,
  blockActionsPayload,
  type SendOptions,
  sendEvent,
  sendInteraction,
  sendSigned,
  sendSlashCommand,
  viewSubmissionPayload,
} from '../support/slackRequests.ts';
import { nowInSeconds, slackSignature } from '../support/slackSignature.ts';
import { submittedValues } from '../support/viewState.ts';

const e2e = useE2e();
const CUSTOMER_SUPPORT = 'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';
const RECORD = { scenario: findPreset('customer-support')?.scenario ?? {}, revision: 0, label: 'original' };

type SurfaceSender = (options: SendOptions) => Promise<{ status: number }>;
const SURFACES: [string, SurfaceSender][] = [
  [
    'slash command',
    (options) =>
      sendSlashCommand(
        e2e.app.baseUrl,
        TEST_SIGNING_SECRET,
        { command: '/ftroi', text: CUSTOMER_SUPPORT },
        options,
      ),
  ],
  [
    'interaction',
    (options) =>
      sendInteraction(
        e2e.app.baseUrl,
        TEST_SIGNING_SECRET,
        blockActionsPayload({
          actionId: ACTION_IDS.breakdown,
          blockId: SUMMARY_ACTIONS_BLOCK_ID,
          value: JSON.stringify(scenarioPayload(RECORD)),
          message: { ts: '1700000000.000100' },
          responseUrl: e2e.fake.responseUrl('click'),
        }),
        options,
      ),
  ],
  [
    'event',
    (options) =>
      sendEvent(e2e.app.baseUrl, TEST_SIGNING_SECRET, appMentionEvent({ text: CUSTOMER_SUPPORT }), options),
  ],
];

const BAD_SIGNATURES: [string, SendOptions][] = [
  ['forged', { forgeSignature: true }],
  ['stale (6 minutes old)', { stale: true }],
  ['missing', { headers: { 'x-slack-signature': '' } }],
  ['malformed', { headers: { 'x-slack-signature': 'v0=not-hex' } }],
  ['missing timestamp', { headers: { 'x-slack-request-timestamp': '' } }],
];

const noSecretsLogged = () => {
  const log = e2e.app.output();
  expect(log).not.toContain(TEST_BOT_TOKEN);
  expect(log).not.toContain(TEST_SIGNING_SECRET);
};

describe('request signatures', () => {
  const cases = SURFACES.flatMap(([surface, send]) =>
    BAD_SIGNATURES.map(([kind, options]) => [surface, kind, send, options] as const),
  );
  it.each(cases)('%s with a %s signature → 401, no Web API call', async (_surface, _kind, send, options) => {
    const response = await send(options);
    expect(response.status).toBe(401);
    await sleep(150);
    expect(e2e.fake.calls).toHaveLength(0);
  });

  // Bolt only refuses timestamps more than 5 minutes in the past (verify-request.js Rule 1); Slack's
  // guide compares the absolute difference. Needs the secret to exploit, so hardening, not a hole.
  it('a correctly signed request dated 10 minutes in the future → 401', async () => {
    const response = await sendSlashCommand(
      e2e.app.baseUrl,
      TEST_SIGNING_SECRET,
      { command: '/ftroi', text: 'help' },
      { timestampSeconds: nowInSeconds() + 600 },
    );
    expect(response.status).toBe(401);
  });

  it('a request with no signature headers at all → 401', async () => {
    const response = await fetch(`${e2e.app.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ command: '/ftroi', text: CUSTOMER_SUPPORT }).toString(),
    });
    expect(response.status).toBe(401);
    await sleep(150);
    expect(e2e.fake.calls).toHaveLength(0);
  });

  it('signatures are still checked, and secrets still unlogged, after all that', async () => {
    const ok = await e2e.command('help');
    expect(ok.status).toBe(200);
    noSecretsLogged();
  });
});

describe('oversized bodies', () => {
  const oneMegabyte = async (signed: boolean) => {
    const body = new URLSearchParams({
      command: '/ftroi',
      text: `api=${'9'.repeat(1024 * 1024)}`,
    }).toString();
    const timestamp = nowInSeconds();
    const response = await fetch(`${e2e.app.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(signed ? TEST_SIGNING_SECRET : 'wrong', timestamp, body),
      },
      body,
    }).catch((error: unknown) => ({ status: 0, error }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await sleep(200);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(e2e.app.alive()).toBe(true);
    expect((await fetch(`${e2e.app.baseUrl}/healthz`)).status).toBe(200);
  };

  it('a 1 MB unsigned body is refused with a 4xx and the process stays up', () => oneMegabyte(false));

  // Bolt's HTTPReceiver buffers any body and the app sets no limit: a signed 1 MB command is
  // parsed and answered 200 (see report: src/app.ts, a 413 before Bolt reads the body).
  it('a 1 MB signed body is refused with a 4xx and the process stays up', () => oneMegabyte(true));

  it('the process stays up and answers after 1 MB bodies', async () => {
    await sleep(300);
    expect(e2e.app.alive()).toBe(true);
    expect((await e2e.command('help')).status).toBe(200);
  });
});

async function openedView() {
  await e2e.command('');
  const open = await e2e.fake.waitForCall('views.open');
  return open.args.view as { private_metadata: string; callback_id: string; blocks: unknown[] };
}

function completeValues(view: { blocks: unknown[] }) {
  return submittedValues(view, {
    [blockIdByLabel(view, /API bill/i)]: '15000',
    [blockIdByLabel(view, /GPU cost of serving/i)]: '200',
    [blockIdByLabel(view, /Fine-tuning compute/i)]: '9.6',
    [blockIdByLabel(view, /training examples/i)]: '10000',
    [blockIdByLabel(view, /Repetitive/i)]: 'yes',
  });
}

describe('private_metadata on a view submission', () => {
  const valid = { channelId: FAKE_CHANNEL_ID, userId: FAKE_USER_ID };
  it.each([
    ['over 3000 chars', encodePrivateMetadata({ ...valid, userId: 'U'.repeat(3100) })],
    ['padded past 3000 chars', `${encodePrivateMetadata(valid)}${' '.repeat(3000)}`],
    ['not JSON', '{channelId: C1'],
    ['an unknown field', JSON.stringify({ ...valid, admin: true })],
    ['a channel that is not a channel id', JSON.stringify({ channelId: '../../etc' })],
    ['a user id of 5,000 chars', JSON.stringify({ ...valid, userId: 'U'.repeat(5000) })],
    ['a thread ts that is not a ts', JSON.stringify({ ...valid, threadTs: '1; DROP' })],
    [
      'a negative revision',
      JSON.stringify({ ...valid, threadTs: '1700000000.000100', derivedFromRevision: -1 }),
    ],
    ['empty', ''],
    // Not http(s) at all: refused with the rest of the metadata, before any host check.
    ['a javascript: response_url', JSON.stringify({ ...valid, responseUrl: 'javascript:alert(1)' })],
    ['a file: response_url', JSON.stringify({ ...valid, responseUrl: 'file:///etc/passwd' })],
  ])('%s → a clear modal error, nothing posted', async (_kind, privateMetadata) => {
    const view = await openedView();
    const response = await e2e.interact(
      viewSubmissionPayload({ callbackId: view.callback_id, privateMetadata, values: completeValues(view) }),
    );
    expect(response.status).toBe(200);
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.values(body.errors).join(' ')).toMatch(/run \/ftroi again/i);
    await sleep(300);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(e2e.fake.callsTo(RESPONSE_URL_METHOD)).toHaveLength(0);
  });

  it.each(['http://169.254.169.254/latest/meta-data', 'https://hooks.slack.com.evil.example/x'])(
    'a response_url of %s is never called, even with a valid submission',
    async (responseUrl) => {
      const view = await openedView();
      e2e.fake.inject('chat.postMessage', { okFalse: 'not_in_channel' });
      const response = await e2e.interact(
        viewSubmissionPayload({
          callbackId: view.callback_id,
          privateMetadata: JSON.stringify({ ...valid, responseUrl }),
          values: completeValues(view),
        }),
      );
      expect(response.status).toBe(200);
      // Refused by the guard: the result goes by DM instead.
      const dm = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
      expect(String(dm.args.channel)).toMatch(/^D/);
      expect(e2e.fake.callsTo(RESPONSE_URL_METHOD)).toHaveLength(0);
      expect(e2e.fake.messagesIn(FAKE_CHANNEL_ID)).toHaveLength(0);
    },
  );
});

describe('tampered button values', () => {
  const payload = scenarioPayload(RECORD);
  it.each([
    ['a wrong schema_version', JSON.stringify({ ...payload, schema_version: 2 }), /schema_version/],
    ['an invalid scenario', JSON.stringify({ ...payload, scenario: '{"apiMonthlyCost":-1}' }), /not valid/],
    ['a scenario that is not JSON', JSON.stringify({ ...payload, scenario: '{{{' }), /not valid/],
    ['not JSON', 'not json at all', /not ftroi's/],
    ['5,000 chars', JSON.stringify({ ...payload, label: 'x'.repeat(5000) }), /not ftroi's/],
    ['5,000 chars of junk', 'x'.repeat(5000), /not ftroi's/],
    ['a prototype-polluting object', '{"__proto__":{"schema_version":1},"constructor":{}}', /not ftroi's/],
  ])('%s → the user told privately, nothing in the channel', async (_kind, value, reason) => {
    for (const actionId of [ACTION_IDS.breakdown, ACTION_IDS.sensitivity, ACTION_IDS.editRerun]) {
      e2e.fake.reset();
      const response = await e2e.interact(
        blockActionsPayload({
          actionId,
          blockId: SUMMARY_ACTIONS_BLOCK_ID,
          value,
          message: { ts: '1700000000.000100' },
          responseUrl: e2e.fake.responseUrl('click'),
        }),
      );
      expect(response.status).toBe(200);
      const told = await e2e.fake.waitForCall(RESPONSE_URL_METHOD);
      expect(told.args.response_type).toBe('ephemeral');
      expect(String(told.args.text)).toMatch(/couldn't use that result/);
      expect(String(told.args.text)).toMatch(reason);
      expect(String(told.args.text).length).toBeLessThan(600);
      await sleep(100);
      expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
      expect(e2e.fake.callsTo('views.open')).toHaveLength(0);
    }
    expect(e2e.app.alive()).toBe(true);
  });
});

describe('tampered message metadata in a thread', () => {
  const garbage: [string, unknown][] = [
    ['wrong schema_version', { ...scenarioPayload(RECORD), schema_version: 99 }],
    ['invalid scenario', { ...scenarioPayload(RECORD), scenario: '{"apiMonthlyCost":"lots"}' }],
    ['a string payload', 'garbage'],
    ['nested junk', { scenario: { deep: [1, 2, { x: null }] }, revision: 'NaN' }],
  ];

  it.each(garbage)(
    'a what-if under a result whose metadata has %s gets a reply, no crash',
    async (_kind, payload) => {
      const parent = e2e.fake.seedMessage(FAKE_CHANNEL_ID, {
        text: 'a result',
        metadata: { event_type: METADATA_EVENT_TYPE, event_payload: payload },
      });
      const ack = await e2e.event(appMentionEvent({ text: 'what if gpu=500', thread_ts: parent.ts }));
      expect(ack.status).toBe(200);
      const reply = await e2e.fake.waitForCall('chat.postMessage');
      expect(reply.args.thread_ts).toBe(parent.ts);
      expect(String(reply.args.text).length).toBeGreaterThan(0);
      expect(e2e.app.alive()).toBe(true);
      noSecretsLogged();
    },
  );

  // Was an it.fails until 03e0f48: the what-if ran from nothing and answered "… is required".
  it('…and the reply says the thread’s result could not be read', async () => {
    const parent = e2e.fake.seedMessage(FAKE_CHANNEL_ID, {
      text: 'a result',
      metadata: { event_type: METADATA_EVENT_TYPE, event_payload: 'garbage' },
    });
    await e2e.event(appMentionEvent({ text: 'what if gpu=500', thread_ts: parent.ts }));
    const reply = await e2e.fake.waitForCall('chat.postMessage');
    expect(`${reply.args.text}\n${visibleText(reply.args)}`).toMatch(
      /can't be read|couldn't read|could not read|altered/i,
    );
  });
});

describe('secrets in the log', () => {
  it('never logs the bot token or signing secret, including after Web API errors', async () => {
    e2e.fake.inject('chat.postMessage', { okFalse: 'invalid_auth' });
    e2e.fake.inject('views.open', { status: 500 });
    e2e.fake.inject('views.open', { status: 500 });
    e2e.fake.inject('views.open', { status: 500 });
    await e2e.command(CUSTOMER_SUPPORT);
    await e2e.fake.waitForCall(RESPONSE_URL_METHOD);
    await e2e.command('');
    await e2e.fake.waitForCall(RESPONSE_URL_METHOD, { count: 2, timeoutMs: 6000 });
    await sendSigned(
      e2e.app.baseUrl,
      TEST_SIGNING_SECRET,
      'payload=%7Bnot-json',
      'application/x-www-form-urlencoded',
    );
    await sendSigned(
      e2e.app.baseUrl,
      TEST_SIGNING_SECRET,
      '{"type":"event_callback","event":42}',
      'application/json',
    );
    await sleep(300);
    expect(e2e.app.alive()).toBe(true);
    noSecretsLogged();
    // Neither in the token's distinctive tail, in case a logger truncates or splits it.
    expect(e2e.app.output()).not.toContain('e2eSecretBotToken');
  });
});
