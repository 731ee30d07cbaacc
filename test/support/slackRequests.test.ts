import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, verifySlackRequest } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from './fakeSlackApi.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActionsPayload,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  viewSubmissionPayload,
} from './slackRequests.ts';
import { slackSignature } from './slackSignature.ts';

// A throwaway Bolt app, not ftroi's: it proves the helpers speak what the real HTTP receiver
// verifies and parses, so e2e failures point at the app rather than at the harness.
const SECRET = 'test-signing-secret';

let fake: FakeSlackApi;
let app: App;
let server: Server;
let baseUrl: string;
const seen: { kind: string; body: unknown; retryNum?: number; retryReason?: string }[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi();
  app = new App({
    token: 'xoxb-test',
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: fake.url },
    logLevel: LogLevel.ERROR,
  });
  app.command('/ftroi', async ({ ack, body, client }) => {
    await ack();
    seen.push({ kind: 'command', body });
    await client.chat.postMessage({ channel: body.channel_id, text: `ran: ${body.text}` });
  });
  app.view('scenario', async ({ ack, body }) => {
    seen.push({ kind: 'view', body });
    await ack({ response_action: 'errors', errors: { gpu_block: 'Must be a number' } });
  });
  app.action('breakdown', async ({ ack, body }) => {
    await ack();
    seen.push({ kind: 'action', body });
  });
  app.event('app_mention', async ({ event, context }) => {
    seen.push({ kind: 'mention', body: event, retryNum: context.retryNum, retryReason: context.retryReason });
  });
  app.event('app_home_opened', async ({ event }) => {
    seen.push({ kind: 'home', body: event });
  });
  server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // fetch keeps connections alive; close them or stop() waits out the keep-alive timeout.
  server.closeAllConnections();
  await app.stop();
  await fake.close();
});

beforeEach(() => {
  seen.length = 0;
});

describe('signed requests to a real Bolt HTTP receiver', () => {
  it('signs exactly as Bolt verifies', () => {
    const body = 'command=%2Fftroi&text=help';
    const timestamp = Math.floor(Date.now() / 1000);

    expect(() =>
      verifySlackRequest({
        signingSecret: SECRET,
        body,
        headers: {
          'x-slack-signature': slackSignature(SECRET, timestamp, body),
          'x-slack-request-timestamp': timestamp,
        },
      }),
    ).not.toThrow();
  });

  it('lets Bolt verify its token against the fake API, which it does from its constructor', async () => {
    await expect(fake.waitForCall('auth.test')).resolves.toMatchObject({ method: 'auth.test' });
  });

  it('delivers a slash command that Bolt acks and handles', async () => {
    const response = await sendSlashCommand(baseUrl, SECRET, { text: 'api=15k gpu=2', channel_id: 'C77' });

    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(3000);
    const posted = await fake.waitForCall('chat.postMessage');
    expect(posted.args).toMatchObject({ channel: 'C77', text: 'ran: api=15k gpu=2' });
    expect(seen[0]?.body).toMatchObject({
      command: '/ftroi',
      user_id: 'U1',
      team_id: 'T1',
      trigger_id: expect.any(String),
    });
  });

  it('is refused with 401 when the signature is forged', async () => {
    const response = await sendSlashCommand(baseUrl, SECRET, { text: 'help' }, { forgeSignature: true });

    expect(response.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('is refused with 401 when the timestamp is 6 minutes old', async () => {
    const response = await sendSlashCommand(baseUrl, SECRET, { text: 'help' }, { stale: true });

    expect(response.status).toBe(401);
    expect(seen).toEqual([]);
  });

  it('delivers a view submission and returns the ack body', async () => {
    const payload = viewSubmissionPayload({
      callbackId: 'scenario',
      privateMetadata: JSON.stringify({ channel: 'C1' }),
      values: { gpu_block: { gpu_input: { type: 'plain_text_input', value: 'lots' } } },
    });

    const response = await sendInteraction(baseUrl, SECRET, payload);

    expect(response.status).toBe(200);
    expect(response.json).toEqual({ response_action: 'errors', errors: { gpu_block: 'Must be a number' } });
    expect(seen[0]?.body).toMatchObject({ view: { private_metadata: '{"channel":"C1"}' } });
  });

  it('delivers a button click with the clicked message and its thread', async () => {
    const payload = blockActionsPayload({
      actionId: 'breakdown',
      blockId: 'result_actions',
      value: 'v1',
      message: { ts: '1700000000.000100', thread_ts: '1700000000.000050' },
      channelId: 'C5',
    });

    const response = await sendInteraction(baseUrl, SECRET, payload);

    expect(response.status).toBe(200);
    expect(seen[0]?.body).toMatchObject({
      container: { message_ts: '1700000000.000100', thread_ts: '1700000000.000050', channel_id: 'C5' },
      actions: [{ action_id: 'breakdown', block_id: 'result_actions', value: 'v1' }],
    });
  });

  it('delivers an app_mention with Slack retry headers exposed to the app', async () => {
    const envelope = appMentionEvent({ text: 'compare', thread_ts: '1700000000.000100', channel: 'C5' });

    const response = await sendEvent(baseUrl, SECRET, envelope, { retryNum: 1, retryReason: 'http_timeout' });

    expect(response.status).toBe(200);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({
      body: { type: 'app_mention', text: '<@UBOT> compare', thread_ts: '1700000000.000100', channel: 'C5' },
      retryNum: 1,
      retryReason: 'http_timeout',
    });
  });

  it('delivers app_home_opened', async () => {
    const response = await sendEvent(baseUrl, SECRET, appHomeOpenedEvent({ user: 'U9' }));

    expect(response.status).toBe(200);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]?.body).toMatchObject({ type: 'app_home_opened', user: 'U9', channel: 'D9', tab: 'home' });
  });
});
