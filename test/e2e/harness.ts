import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fakeSlackApi.ts';
import {
  type SlashCommandFields,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
} from '../support/slackRequests.ts';
import { type AppProcess, startAppProcess, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from './appProcess.ts';

export interface E2e {
  fake: FakeSlackApi;
  app: AppProcess;
  command: (text: string, fields?: Partial<SlashCommandFields>) => ReturnType<typeof sendSlashCommand>;
  interact: (payload: unknown) => ReturnType<typeof sendInteraction>;
  event: (envelope: unknown, retryNum?: number) => ReturnType<typeof sendEvent>;
}

/** One fake Slack and one real app process per test file; the fake's record is cleared before each test. */
export function useE2e(env: Record<string, string> = {}): E2e {
  const e2e = {} as E2e;
  beforeAll(async () => {
    e2e.fake = await startFakeSlackApi();
    e2e.app = await startAppProcess(e2e.fake.url, env);
    e2e.command = (text, fields = {}) =>
      sendSlashCommand(e2e.app.baseUrl, TEST_SIGNING_SECRET, {
        command: '/ftroi',
        text,
        channel_id: FAKE_CHANNEL_ID,
        user_id: FAKE_USER_ID,
        response_url: e2e.fake.responseUrl('command'),
        ...fields,
      });
    e2e.interact = (payload) => sendInteraction(e2e.app.baseUrl, TEST_SIGNING_SECRET, payload as never);
    e2e.event = (envelope, retryNum) =>
      sendEvent(
        e2e.app.baseUrl,
        TEST_SIGNING_SECRET,
        envelope as never,
        retryNum ? { retryNum, retryReason: 'http_timeout' } : {},
      );
  }, 60_000);
  beforeEach(() => e2e.fake.reset());
  afterAll(async () => {
    await e2e.app?.stop();
    await e2e.fake?.close();
  });
  return e2e;
}

export { TEST_BOT_TOKEN, TEST_SIGNING_SECRET };

/** Finds an input block by reading its label, as a person filling the form would. */
export function blockIdByLabel(view: unknown, label: RegExp): string {
  const blocks =
    (view as { blocks?: { type: string; block_id?: string; label?: { text?: string } }[] }).blocks ?? [];
  const block = blocks.find((b) => b.type === 'input' && label.test(b.label?.text ?? ''));
  if (!block?.block_id) throw new Error(`no input labelled ${label}`);
  return block.block_id;
}

/** Every piece of visible text in a message's blocks, joined: what a reader of the channel sees. */
export function visibleText(args: { text?: unknown; blocks?: unknown }): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') parts.push(value);
        else walk(value);
      }
    }
  };
  walk(args.blocks);
  return parts.join('\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
