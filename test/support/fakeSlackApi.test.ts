import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, RESPONSE_URL_METHOD, startFakeSlackApi } from './fakeSlackApi.ts';

const { ErrorCode, LogLevel, WebClient, WebClientEvent } = webApi;

const TOKEN = 'xoxb-test';
const NO_RETRIES = { retries: 0 };
const ONE_QUICK_RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };

let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

function client(options: ConstructorParameters<typeof WebClient>[1] = {}) {
  return new WebClient(TOKEN, {
    slackApiUrl: fake.url,
    retryConfig: NO_RETRIES,
    logLevel: LogLevel.ERROR,
    ...options,
  });
}

const summaryBlocks = [
  { type: 'header', text: { type: 'plain_text', text: 'Support bot' } },
  { type: 'section', text: { type: 'mrkdwn', text: '*GO* — pays back in 4 months' } },
];
const scenarioMetadata = { event_type: 'ftroi_scenario', event_payload: { v: 1, apiMonthlyCost: 15000 } };

describe('fake Slack Web API', () => {
  it('serves the slackApiUrl form the WebClient expects', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it('records a chat.postMessage with blocks and metadata decoded back to objects', async () => {
    const result = await client().chat.postMessage({
      channel: 'C1',
      text: 'GO: pays back in 4 months',
      blocks: summaryBlocks,
      metadata: scenarioMetadata,
      unfurl_links: false,
    });

    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.args).toEqual({
      channel: 'C1',
      text: 'GO: pays back in 4 months',
      blocks: summaryBlocks,
      metadata: scenarioMetadata,
      // Scalars travel as form strings, as Slack receives them.
      unfurl_links: 'false',
    });
    expect(call?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(result).toMatchObject({ ok: true, channel: 'C1', ts: expect.stringMatching(/^\d{10}\.\d{6}$/) });
    expect(result.message).toMatchObject({ text: 'GO: pays back in 4 months', blocks: summaryBlocks });
  });

  it('keeps the token available to assertions but out of anything printed', async () => {
    await client().auth.test();

    const [call] = fake.callsTo('auth.test');
    expect(call?.token).toBe(TOKEN);
    expect(call?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(fake.calls)).not.toContain(TOKEN);
  });

  it('gives every posted message its own ordered ts', async () => {
    const first = await client().chat.postMessage({ channel: 'C1', text: 'one' });
    const second = await client().chat.postMessage({ channel: 'C1', text: 'two' });

    expect(first.ts).not.toBe(second.ts);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
  });

  it('answers auth.test as the fake bot', async () => {
    await expect(client().auth.test()).resolves.toMatchObject({
      ok: true,
      user_id: 'UBOT',
      bot_id: 'BBOT',
      team_id: 'T1',
    });
  });

  it('surfaces an injected okFalse as a platform error, once', async () => {
    fake.inject('chat.postMessage', { okFalse: 'not_in_channel' });

    const failure = client().chat.postMessage({ channel: 'CPRIVATE', text: 'hi' });
    await expect(failure).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'not_in_channel' },
    });
    await expect(client().chat.postMessage({ channel: 'CPRIVATE', text: 'hi' })).resolves.toMatchObject({
      ok: true,
    });
    expect(fake.callsTo('chat.postMessage').map((call) => call.fault)).toEqual([
      { okFalse: 'not_in_channel' },
      undefined,
    ]);
  });

  it('applies a fault only to calls its match accepts', async () => {
    fake.inject('chat.postMessage', {
      okFalse: 'channel_not_found',
      match: (args) => args.channel === 'CGONE',
    });

    await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).resolves.toMatchObject({
      ok: true,
    });
    await expect(client().chat.postMessage({ channel: 'CGONE', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });

  it('sends 429 with Retry-After, and the WebClient waits and retries', async () => {
    fake.inject('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const retrying = client({ retryConfig: ONE_QUICK_RETRY });
    const rateLimitedFor: number[] = [];
    retrying.on(WebClientEvent.RATE_LIMITED, (seconds: number) => rateLimitedFor.push(seconds));

    const result = await retrying.chat.postMessage({ channel: 'C1', text: 'hi' });

    expect(result.ok).toBe(true);
    expect(rateLimitedFor).toEqual([1]);
    const calls = fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.at ?? 0).toBeGreaterThanOrEqual((calls[0]?.at ?? 0) + 1000);
  });

  it('sends the Retry-After header on the wire', async () => {
    fake.inject('chat.postMessage', { status: 429, retryAfterSeconds: 7 });

    const response = await fetch(`${fake.url}chat.postMessage`, { method: 'POST', body: '' });

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ ok: false, error: 'ratelimited' });
  });

  it('fails with an HTTP error on an injected 500, which the WebClient retries when allowed', async () => {
    fake.inject('chat.postMessage', { status: 500 });
    await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      code: ErrorCode.HTTPError,
      statusCode: 500,
    });

    fake.inject('chat.postMessage', { status: 500 });
    const retried = await client({ retryConfig: ONE_QUICK_RETRY }).chat.postMessage({
      channel: 'C1',
      text: 'hi',
    });
    expect(retried.ok).toBe(true);
  });

  it('delays an answer, which a client time-out turns into a request error', async () => {
    fake.inject('chat.postMessage', { delayMs: 300 });

    const failure = client({ timeout: 50 }).chat.postMessage({ channel: 'C1', text: 'hi' });

    await expect(failure).rejects.toMatchObject({ code: ErrorCode.RequestError });
  });

  it('answers normally after an injected delay', async () => {
    fake.inject('views.open', { delayMs: 100 });
    const started = Date.now();

    const result = await client().views.open({ trigger_id: '1.2.abc', view: minimalModal });

    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(result.ok).toBe(true);
  });

  it('drops the connection on hangUp', async () => {
    fake.inject('chat.postMessage', { hangUp: true });

    await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      code: ErrorCode.RequestError,
    });
  });

  it('returns a thread with metadata only to callers asking for it', async () => {
    const web = client();
    const parent = await web.chat.postMessage({ channel: 'C1', text: 'result', metadata: scenarioMetadata });
    await web.chat.postMessage({ channel: 'C2', text: 'elsewhere' });
    const reply = await web.chat.postMessage({ channel: 'C1', text: 'breakdown', thread_ts: parent.ts });

    const withMetadata = await web.conversations.replies({
      channel: 'C1',
      ts: parent.ts ?? '',
      include_all_metadata: true,
    });
    const without = await web.conversations.replies({ channel: 'C1', ts: parent.ts ?? '' });

    expect(withMetadata.messages?.map((message) => message.ts)).toEqual([parent.ts, reply.ts]);
    expect(withMetadata.messages?.[0]).toMatchObject({
      metadata: scenarioMetadata,
      thread_ts: parent.ts,
      reply_count: 1,
    });
    expect(withMetadata.messages?.[1]).toMatchObject({ text: 'breakdown', thread_ts: parent.ts });
    expect(without.messages?.[0]?.metadata).toBeUndefined();
  });

  it('serves seeded messages as thread parents', async () => {
    const seeded = fake.seedMessage('C9', { text: 'old result', metadata: scenarioMetadata });

    const replies = await client().conversations.replies({
      channel: 'C9',
      ts: seeded.ts,
      include_all_metadata: true,
    });

    expect(replies.messages).toEqual([
      expect.objectContaining({ ts: seeded.ts, metadata: scenarioMetadata }),
    ]);
  });

  it('answers thread_not_found for an unknown thread', async () => {
    await expect(client().conversations.replies({ channel: 'C1', ts: '1.000001' })).rejects.toMatchObject({
      data: { error: 'thread_not_found' },
    });
  });

  it('in a channel marked not joined, posts but refuses to read until reset', async () => {
    const web = client();
    fake.markNotJoined('C7');
    const parent = await web.chat.postMessage({ channel: 'C7', text: 'result' });
    const notInChannel = { data: { error: 'not_in_channel' } };
    await expect(web.conversations.replies({ channel: 'C7', ts: parent.ts ?? '' })).rejects.toMatchObject(
      notInChannel,
    );
    await expect(web.conversations.history({ channel: 'C7' })).rejects.toMatchObject(notInChannel);
    await expect(web.conversations.history({ channel: 'C1' })).resolves.toMatchObject({ ok: true });

    fake.reset();
    const again = await web.chat.postMessage({ channel: 'C7', text: 'result' });
    await expect(web.conversations.replies({ channel: 'C7', ts: again.ts ?? '' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('opens views with ids, and refuses a trigger_id used twice', async () => {
    const web = client();
    const opened = await web.views.open({ trigger_id: '1.2.abc', view: minimalModal });
    const updated = await web.views.update({
      view_id: opened.view?.id ?? '',
      view: { ...minimalModal, private_metadata: 'x' },
    });

    expect(opened.view).toMatchObject({
      id: expect.stringMatching(/^V/),
      type: 'modal',
      callback_id: 'scenario',
    });
    expect(updated.view).toMatchObject({ id: opened.view?.id, private_metadata: 'x' });
    expect(fake.callsTo('views.open')[0]?.args.view).toEqual(minimalModal);
    await expect(web.views.open({ trigger_id: '1.2.abc', view: minimalModal })).rejects.toMatchObject({
      data: { error: 'exchanged_trigger_id' },
    });
  });

  it('publishes a Home view', async () => {
    const published = await client().views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } });

    expect(published.view).toMatchObject({ id: expect.any(String), type: 'home' });
  });

  it('opens a DM, and posts to a user ID land in that DM', async () => {
    const web = client();
    const dm = await web.conversations.open({ users: 'U42' });
    const posted = await web.chat.postMessage({ channel: 'U42', text: 'your result' });

    expect(dm.channel?.id).toBe('D42');
    expect(posted.channel).toBe('D42');
    expect(fake.messagesIn('D42')).toEqual([expect.objectContaining({ text: 'your result' })]);
  });

  it('answers chat.postEphemeral with a message_ts and other methods with ok', async () => {
    const web = client();

    await expect(
      web.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' }),
    ).resolves.toMatchObject({
      ok: true,
      message_ts: expect.any(String),
    });
    await expect(web.reactions.add({ channel: 'C1', timestamp: '1.1', name: 'eyes' })).resolves.toMatchObject(
      { ok: true },
    );
  });

  it('records what the app posts to a response_url', async () => {
    // The way Bolt's respond() posts: JSON to the URL from the payload.
    const response = await fetch(fake.responseUrl('cmd-1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text: 'Invite me with /invite @ftroi' }),
    });

    expect(response.status).toBe(200);
    const [call] = fake.callsTo(RESPONSE_URL_METHOD);
    expect(call?.path).toBe('/response/cmd-1');
    expect(call?.args).toEqual({ response_type: 'ephemeral', text: 'Invite me with /invite @ftroi' });
  });

  it('waits for a call that has not arrived yet', async () => {
    const waiting = fake.waitForCall('chat.postMessage', { count: 2 });
    const web = client();
    await web.chat.postMessage({ channel: 'C1', text: 'first' });
    await web.chat.postMessage({ channel: 'C1', text: 'second' });

    await expect(waiting).resolves.toMatchObject({ args: { text: 'second' } });
    await expect(
      fake.waitForCall('chat.postMessage', { where: (call) => call.args.text === 'first' }),
    ).resolves.toBeTruthy();
  });

  it('rejects a wait that times out, naming the calls it did see and no token', async () => {
    await client().auth.test();

    const waiting = fake.waitForCall('views.open', { timeoutMs: 50 });

    await expect(waiting).rejects.toThrow(
      /no call #1 to views\.open within 50 ms; calls received: auth\.test/,
    );
    await expect(waiting).rejects.not.toThrow(TOKEN);
  });

  it('forgets calls, faults and messages on reset', async () => {
    fake.inject('chat.postMessage', { okFalse: 'not_in_channel' });
    fake.seedMessage('C1', { text: 'old' });

    fake.reset();

    expect(fake.calls).toEqual([]);
    expect(fake.messagesIn('C1')).toEqual([]);
    await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).resolves.toMatchObject({
      ok: true,
    });
  });
});

const minimalModal = {
  type: 'modal' as const,
  callback_id: 'scenario',
  title: { type: 'plain_text' as const, text: 'ftroi' },
  blocks: [],
};
