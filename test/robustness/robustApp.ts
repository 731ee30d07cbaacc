import { afterAll, beforeAll } from 'vitest';
import { type AppProcess, startAppProcess, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../e2e/appProcess.ts';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fakeSlackApi.ts';
import {
  type SendOptions,
  type SlashCommandFields,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
} from '../support/slackRequests.ts';

export { TEST_BOT_TOKEN, TEST_SIGNING_SECRET };

/** The e2e app process; the soak reads its pid and resident memory. */
export type PidAppProcess = AppProcess;

export interface Robust {
  fake: FakeSlackApi;
  app: PidAppProcess;
  command: (
    text: string,
    fields?: Partial<SlashCommandFields>,
    options?: SendOptions,
  ) => ReturnType<typeof sendSlashCommand>;
  interact: (payload: unknown, options?: SendOptions) => ReturnType<typeof sendInteraction>;
  event: (envelope: unknown, options?: SendOptions) => ReturnType<typeof sendEvent>;
}

/**
 * One fake Slack and one app per file, like useE2e, but with no reset between tests: the tests here
 * run concurrently and keep apart by channel, user, trigger_id and response_url instead.
 */
export function useRobust(env: Record<string, string> = {}, nodeArgs: string[] = []): Robust {
  const r = {} as Robust;
  beforeAll(async () => {
    r.fake = await startFakeSlackApi();
    r.app = await startAppProcess(r.fake.url, env, nodeArgs);
    r.command = (text, fields = {}, options = {}) =>
      sendSlashCommand(
        r.app.baseUrl,
        TEST_SIGNING_SECRET,
        {
          command: '/ftroi',
          text,
          channel_id: FAKE_CHANNEL_ID,
          user_id: FAKE_USER_ID,
          response_url: r.fake.responseUrl('command'),
          ...fields,
        },
        options,
      );
    r.interact = (payload, options = {}) =>
      sendInteraction(r.app.baseUrl, TEST_SIGNING_SECRET, payload as never, options);
    r.event = (envelope, options = {}) =>
      sendEvent(r.app.baseUrl, TEST_SIGNING_SECRET, envelope as never, options);
  }, 60_000);
  afterAll(async () => {
    await r.app?.stop();
    await r.fake?.close();
  });
  return r;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns something, or gives up after timeoutMs and returns undefined. */
export async function eventually<T>(check: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) return undefined;
    await sleep(50);
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
