import { describe, expect, it } from 'vitest';
import { evaluate, findPreset } from '../../src/calculator/index.ts';
import { formatUsd } from '../../src/format.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { FAKE_CHANNEL_ID } from '../support/fakeIds.ts';
import type { FakeMessage } from '../support/fakeSlackApi.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActionsPayload,
  viewSubmissionPayload,
} from '../support/slackRequests.ts';
import { submittedValues } from '../support/viewState.ts';
import { startAppProcess } from './appProcess.ts';
import { blockIdByLabel, sleep, useE2e, visibleText } from './harness.ts';

const e2e = useE2e();
const CUSTOMER_SUPPORT = 'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';
/** A public channel the app posts to with chat:write.public, never having joined it. */
const NOT_JOINED = 'C2NOTJOINED';

interface Button {
  action_id: string;
  value?: string;
  blockId: string;
}

function buttons(message: FakeMessage): Button[] {
  const blocks = (message.blocks ?? []) as {
    type: string;
    block_id?: string;
    elements?: { type: string; action_id: string; value?: string }[];
  }[];
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, blockId: b.block_id ?? '' })));
}

async function postedResult(channelId = FAKE_CHANNEL_ID): Promise<FakeMessage> {
  await e2e.command(CUSTOMER_SUPPORT, { channel_id: channelId });
  await e2e.fake.waitForCall('chat.postMessage');
  const message = e2e.fake.messagesIn(channelId).at(-1);
  if (!message) throw new Error('nothing posted');
  return message;
}

function click(message: FakeMessage, actionId: string, valueOverride?: string, channelId = FAKE_CHANNEL_ID) {
  const button = buttons(message).find((b) => b.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  return e2e.interact(
    blockActionsPayload({
      actionId,
      blockId: button.blockId,
      ...(valueOverride !== undefined
        ? { value: valueOverride }
        : button.value !== undefined
          ? { value: button.value }
          : {}),
      message: {
        ts: message.ts,
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
        blocks: message.blocks as unknown[],
      },
      responseUrl: e2e.fake.responseUrl('click'),
      channelId,
    }),
  );
}

interface OpenedView {
  private_metadata: string;
  callback_id: string;
  blocks: unknown[];
}

/** Clicks Edit & re-run and submits the form with the serving GPU at $5,000 a month. */
async function editGpuTo5000(
  result: FakeMessage,
  channelId: string,
  privateMetadata = (view: OpenedView) => view.private_metadata,
) {
  await click(result, 'ftroi_edit_rerun', undefined, channelId);
  const view = (await e2e.fake.waitForCall('views.open')).args.view as OpenedView;
  const gpu = blockIdByLabel(view, /GPU cost of serving/i);
  const response = await e2e.interact(
    viewSubmissionPayload({
      callbackId: view.callback_id,
      privateMetadata: privateMetadata(view),
      values: submittedValues(view, { [gpu]: '5000' }),
    }),
  );
  expect(response.status).toBe(200);
  return e2e.fake.waitForCall('chat.postMessage', { count: 2 });
}

const repliesIn = (threadTs: string) =>
  e2e.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

describe('buttons on a posted result', () => {
  it('Breakdown replies once in the result thread with formulas and the cash-flow chart', async () => {
    const result = await postedResult();
    await click(result, 'ftroi_breakdown');
    const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(reply.args.thread_ts).toBe(result.ts);
    const text = visibleText(reply.args);
    expect(text).toContain('$14,600');
    expect(text).toContain('```');
    expect(blockKitViolations('message', reply.args)).toEqual([]);
    await sleep(200);
    expect(repliesIn(result.ts)).toHaveLength(1);
  });

  it('Sensitivity replies once in the thread with the tornado and the 6-month payback bill', async () => {
    const result = await postedResult();
    await click(result, 'ftroi_sensitivity');
    const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(reply.args.thread_ts).toBe(result.ts);
    expect(visibleText(reply.args)).toContain(formatUsd(204.32432432432432));
    expect(blockKitViolations('message', reply.args)).toEqual([]);
  });

  it('Edit & re-run opens the prefilled modal and posts the revision in the thread with deltas', async () => {
    const result = await postedResult();
    await click(result, 'ftroi_edit_rerun');
    const open = await e2e.fake.waitForCall('views.open');
    const view = open.args.view as { private_metadata: string; callback_id: string; blocks: unknown[] };
    const gpu = blockIdByLabel(view, /GPU cost of serving/i);
    expect(Object.values(submittedValues(view)[gpu] ?? {})[0]).toMatchObject({ value: '200' });
    const response = await e2e.interact(
      viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: submittedValues(view, { [gpu]: '5000' }),
      }),
    );
    expect(response.status).toBe(200);
    const revision = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(revision.args.thread_ts).toBe(result.ts);
    const text = visibleText(revision.args);
    expect(text).toContain('→');
    expect(text).toContain('$9,800');
    const metadata = revision.args.metadata as {
      event_payload: { revision: number; derived_from_ts: string };
    };
    expect(metadata.event_payload.revision).toBe(1);
    expect(metadata.event_payload.derived_from_ts).toBe(result.ts);
  });

  it('Edit & re-run in a channel the app posts to without joining still shows the deltas', async () => {
    e2e.fake.markNotJoined(NOT_JOINED);
    const result = await postedResult(NOT_JOINED);
    const revision = await editGpuTo5000(result, NOT_JOINED);
    expect(revision.args).toMatchObject({ channel: NOT_JOINED, thread_ts: result.ts });
    const text = visibleText(revision.args);
    expect(text).toContain('*Changes vs original*');
    expect(text).toContain('$14,600 → $9,800');
    expect(text).not.toMatch(/unavailable/);
    // The thread read was tried for the revision number, and refused as Slack refuses it there.
    const replies = e2e.fake.callsTo('conversations.replies');
    expect(replies.map((c) => c.args.channel)).toEqual([NOT_JOINED]);
    expect(revision.args.metadata).toMatchObject({ event_payload: { revision: 1 } });
  });

  it('says plainly when an edit has nothing to compare with (a form without the scenario, thread unreadable)', async () => {
    e2e.fake.markNotJoined(NOT_JOINED);
    const result = await postedResult(NOT_JOINED);
    // As a form opened by a version that did not carry the scenario would submit it.
    const revision = await editGpuTo5000(result, NOT_JOINED, (view) => {
      const { derivedFromScenario: _dropped, ...rest } = JSON.parse(view.private_metadata);
      return JSON.stringify(rest);
    });
    expect(revision.args.thread_ts).toBe(result.ts);
    const text = visibleText(revision.args);
    expect(text).toContain('$9,800');
    expect(text).toContain("Changes vs original: unavailable. I couldn't read that result back from Slack");
    expect(String(revision.args.text)).toMatch(/Changes vs original: unavailable/);
    expect(text).not.toContain('*Changes vs original*');
    expect(blockKitViolations('message', revision.args)).toEqual([]);
  });

  it('answers a tampered button value privately, without crashing', async () => {
    const result = await postedResult();
    await click(
      result,
      'ftroi_breakdown',
      '{"schema_version":1,"scenario":"{\\"apiMonthlyCost\\":-1}","revision":0,"label":"x"}',
    );
    const told = await e2e.fake.waitForCall('response_url');
    expect(String(told.args.text)).toMatch(/couldn't use that result/);
    expect(repliesIn(result.ts)).toHaveLength(0);
    expect(e2e.app.alive()).toBe(true);
  });
});

describe('mentions in a result thread', () => {
  it('what if gpu=500 replies in the thread with $14,300 a month, against the latest revision', async () => {
    const result = await postedResult();
    await e2e.event(appMentionEvent({ text: 'what if gpu=500', thread_ts: result.ts }));
    const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(reply.args.thread_ts).toBe(result.ts);
    const base = findPreset('customer-support');
    const expected = evaluate({ ...base?.scenario, gpuMonthlyCost: 500 });
    expect(expected.ok && expected.value.monthlyNetSavings).toBe(14_300);
    const text = `${reply.args.text}\n${visibleText(reply.args)}`;
    expect(text).toContain('$14,300');
    expect(text).toMatch(/original/);
  });

  it('compare lists the original and every revision', async () => {
    const result = await postedResult();
    await e2e.event(appMentionEvent({ text: 'what if gpu=500', thread_ts: result.ts }));
    await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    await e2e.event(appMentionEvent({ text: 'compare', thread_ts: result.ts }));
    const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 3 });
    const text = visibleText(reply.args);
    expect(text).toMatch(/original/);
    expect(text).toMatch(/what-if 1/);
    expect(text).toContain('$14,600');
    expect(text).toContain('$14,300');
    expect(blockKitViolations('message', reply.args)).toEqual([]);
  });

  it('answers a retried mention once', async () => {
    const result = await postedResult();
    const mention = appMentionEvent({ text: 'what if gpu=500', thread_ts: result.ts, eventId: 'Ev-retry-1' });
    await e2e.event(mention);
    await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    await e2e.event(mention, 1);
    await sleep(500);
    expect(repliesIn(result.ts)).toHaveLength(1);
  });

  it('a fresh second process answers in a thread the first created, and does not repeat a reply on retry', async () => {
    const result = await postedResult();
    const mention = appMentionEvent({
      text: 'what if gpu=500',
      thread_ts: result.ts,
      eventId: 'Ev-replica-1',
    });
    await e2e.event(mention);
    await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    const second = await startAppProcess(e2e.fake.url);
    try {
      const { sendEvent } = await import('../support/slackRequests.ts');
      const { TEST_SIGNING_SECRET } = await import('./appProcess.ts');
      await sendEvent(second.baseUrl, TEST_SIGNING_SECRET, mention as never, {
        retryNum: 1,
        retryReason: 'http_timeout',
      });
      await sleep(500);
      expect(repliesIn(result.ts)).toHaveLength(1);
      await sendEvent(
        second.baseUrl,
        TEST_SIGNING_SECRET,
        appMentionEvent({ text: 'what if gpu=1000', thread_ts: result.ts }) as never,
      );
      const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 3 });
      expect(reply.args.thread_ts).toBe(result.ts);
      expect(visibleText(reply.args)).toContain('$13,800');
    } finally {
      await second.stop();
    }
  });

  it('a mention outside a result thread with pairs posts an inline calculation; without, short help', async () => {
    await e2e.event(appMentionEvent({ text: CUSTOMER_SUPPORT }));
    const post = await e2e.fake.waitForCall('chat.postMessage');
    expect(String(post.args.text)).toContain('$14,600');
    const hello = appMentionEvent({ text: 'hello' });
    await e2e.event(hello);
    const help = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(help.args.thread_ts).toBe(hello.event.ts);
    expectShortHelp(help.args);
  });

  it('@ftroi help in a result thread answers with the short help, not the full one', async () => {
    const result = await postedResult();
    await e2e.event(appMentionEvent({ text: 'help', thread_ts: result.ts }));
    const help = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    expect(help.args.thread_ts).toBe(result.ts);
    expectShortHelp(help.args);
  });

  it('reads a what-if as typed: entities decoded and links unwrapped', async () => {
    const result = await postedResult();
    // What Slack sends for: what if gpu=500 name="R&D <ops> acme.io"
    const text = 'what if gpu=500 name="R&amp;D &lt;ops&gt; <http://acme.io|acme.io>"';
    await e2e.event(appMentionEvent({ text, thread_ts: result.ts }));
    const reply = await e2e.fake.waitForCall('chat.postMessage', { count: 2 });
    const payload = (reply.args.metadata as { event_payload: { scenario: string } }).event_payload;
    expect(JSON.parse(payload.scenario)).toMatchObject({ name: 'R&D <ops> acme.io', gpuMonthlyCost: 500 });
  });
});

/** A few lines on what to type in a thread and where the full help is: not the full help, not an error. */
function expectShortHelp(args: { text?: unknown; blocks?: unknown }) {
  const shown = `${String(args.text)}\n${visibleText(args)}`;
  for (const needed of ['@ftroi what if', '@ftroi compare', '/ftroi help']) expect(shown).toContain(needed);
  expect(shown).not.toMatch(/fine-tune, or keep paying the API|Inline grammar|couldn't|can't|error/i);
  expect((args.blocks as unknown[]).length).toBeLessThanOrEqual(3);
  expect(JSON.stringify(args.blocks).length).toBeLessThan(1200);
  expect(blockKitViolations('message', args)).toEqual([]);
}

describe('App Home', () => {
  it('publishes the Home tab within limits', async () => {
    await e2e.event(appHomeOpenedEvent());
    const publish = await e2e.fake.waitForCall('views.publish');
    expect(blockKitViolations('home', publish.args)).toEqual([]);
    expect(JSON.stringify(publish.args.view)).toMatch(/preset/i);
  });
});

describe('tampered metadata in a thread', () => {
  it('answers a mention under a result whose metadata was altered with a clear reply', async () => {
    const parent = e2e.fake.seedMessage(FAKE_CHANNEL_ID, {
      text: 'GO — tampered',
      metadata: {
        event_type: 'ftroi_scenario',
        event_payload: {
          schema_version: 1,
          scenario: '{"apiMonthlyCost":"lots"}',
          revision: 0,
          label: 'original',
        },
      },
    });
    await e2e.event(appMentionEvent({ text: 'what if gpu=500', thread_ts: parent.ts }));
    const reply = await e2e.fake.waitForCall('chat.postMessage');
    expect(reply.args.thread_ts).toBe(parent.ts);
    expect(String(reply.args.text)).toMatch(/can't be read back/);
    expect(e2e.app.alive()).toBe(true);
  });
});
