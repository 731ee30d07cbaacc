import { FAKE_CHANNEL_ID } from '../test/support/fakeIds.ts';
import type { FakeMessage, FakeSlackApi } from '../test/support/fakeSlackApi.ts';
import { blockActionsPayload, sendInteraction, sendSlashCommand } from '../test/support/slackRequests.ts';
import { SIGNING_SECRET } from './constants.ts';
import type { AppUnderTest } from './processes.ts';
import { CUSTOMER_SUPPORT_TEXT } from './scenario.ts';
import { median } from './stats.ts';

export interface PathResult {
  path: string;
  runs: number;
  ackP50Ms: number;
  /** Request sent → the Web API call it causes reaches the fake. */
  callP50Ms: number;
  callMaxMs: number;
}

const WAIT = { timeoutMs: 10_000 };

function sensitivityButton(message: FakeMessage): { blockId: string; value?: string } {
  const blocks = (message.blocks ?? []) as {
    type: string;
    block_id?: string;
    elements?: { action_id?: string; value?: string }[];
  }[];
  for (const block of blocks) {
    const button = block.elements?.find((e) => e.action_id === 'ftroi_sensitivity');
    if (button) return { blockId: block.block_id ?? '', ...(button.value ? { value: button.value } : {}) };
  }
  throw new Error('the posted result has no ftroi_sensitivity button');
}

function summarise(path: string, acks: number[], calls: number[]): PathResult {
  return {
    path,
    runs: calls.length,
    ackP50Ms: median(acks),
    callP50Ms: median(calls),
    callMaxMs: Math.max(...calls),
  };
}

/** `/ftroi` with no text: ack, then views.open. Sequential, one at a time, on an idle app. */
export async function modalPath(app: AppUnderTest, fake: FakeSlackApi, runs: number): Promise<PathResult> {
  const acks: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < runs; i++) {
    fake.reset();
    const sent = Date.now();
    const response = await sendSlashCommand(app.baseUrl, SIGNING_SECRET, { text: '' });
    if (response.status !== 200) throw new Error(`modal command answered ${response.status}`);
    const call = await fake.waitForCall('views.open', WAIT);
    acks.push(response.elapsedMs);
    calls.push(call.at - sent);
  }
  return summarise('modal (/ftroi → views.open)', acks, calls);
}

/** A Sensitivity click on a freshly posted result: ack, then the thread reply's chat.postMessage. */
export async function sensitivityPath(
  app: AppUnderTest,
  fake: FakeSlackApi,
  runs: number,
): Promise<PathResult> {
  const acks: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < runs; i++) {
    fake.reset();
    await sendSlashCommand(app.baseUrl, SIGNING_SECRET, { text: CUSTOMER_SUPPORT_TEXT });
    await fake.waitForCall('chat.postMessage', WAIT);
    const message = fake.messagesIn(FAKE_CHANNEL_ID).at(-1);
    if (!message) throw new Error('the result was not posted');
    const button = sensitivityButton(message);
    const payload = blockActionsPayload({
      actionId: 'ftroi_sensitivity',
      blockId: button.blockId,
      ...(button.value === undefined ? {} : { value: button.value }),
      message: { ts: message.ts, blocks: message.blocks as unknown[] },
      responseUrl: fake.responseUrl('click'),
    });
    const sent = Date.now();
    const response = await sendInteraction(app.baseUrl, SIGNING_SECRET, payload);
    if (response.status !== 200) throw new Error(`sensitivity click answered ${response.status}`);
    const reply = await fake.waitForCall('chat.postMessage', { ...WAIT, count: 2 });
    acks.push(response.elapsedMs);
    calls.push(reply.at - sent);
  }
  return summarise('sensitivity click → thread reply', acks, calls);
}
