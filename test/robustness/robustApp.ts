import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../e2e/appProcess.ts';
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

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The e2e AppProcess (test/e2e/appProcess.ts), plus the child's pid and its resident memory. */
export interface PidAppProcess {
  baseUrl: string;
  pid: number;
  output: () => string;
  alive: () => boolean;
  /** VmRSS from /proc/<pid>/status, in kB. */
  rssKb: () => number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Same launch as startAppProcess (tsx on src/index.ts, HTTP mode, 1.5 s API time-out); exposes the pid. */
export async function startAppWithPid(
  slackApiUrl: string,
  env: Record<string, string> = {},
): Promise<PidAppProcess> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      SLACK_API_TIMEOUT_MS: '1500',
      PORT: String(port),
      LOG_LEVEL: 'debug',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output}`);
    try {
      const health = await fetch(`${baseUrl}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer /healthz within 20 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('the app has no pid');
  return {
    baseUrl,
    pid,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    rssKb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      if (!match?.[1]) throw new Error(`no VmRSS in /proc/${pid}/status`);
      return Number(match[1]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

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
export function useRobust(env: Record<string, string> = {}): Robust {
  const r = {} as Robust;
  beforeAll(async () => {
    r.fake = await startFakeSlackApi();
    r.app = await startAppWithPid(r.fake.url, env);
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
