import autocannon from 'autocannon';
import type { FakeSlackApi } from '../test/support/fakeSlackApi.ts';
import type { AppUnderTest } from './processes.ts';
import { startRssWindow } from './rss.ts';
import type { SignedRequest } from './sign.ts';

export interface RoundResult {
  app: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  requests: number;
  /** chat.postMessage calls the fake saw for this round, after the app drained its backlog. */
  posts: number;
  /** Characters of the last post's text, blocks and metadata as Slack would read them. */
  postChars: number;
  peakRssMb: number;
}

const SETTLE_LIMIT_MS = 15_000;

function postChars(fake: FakeSlackApi): number {
  const args = fake.callsTo('chat.postMessage').at(-1)?.args;
  if (!args) return 0;
  return (
    String(args.text ?? '').length +
    JSON.stringify(args.blocks ?? '').length +
    JSON.stringify(args.metadata ?? '').length
  );
}

/** Waits until the app stops posting (its post-ack backlog is done), bounded by SETTLE_LIMIT_MS. */
async function settle(fake: FakeSlackApi): Promise<number> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let last = -1;
  for (;;) {
    const count = fake.callsTo('chat.postMessage').length;
    if (count === last || Date.now() > deadline) return count;
    last = count;
    await new Promise((r) => setTimeout(r, 300));
  }
}

export interface WindowOptions {
  seconds: number;
  connections: number;
  /** Idle seconds first: the previous window's deferred work (time-out timers, garbage) drains. */
  cooldownSeconds: number;
  /**
   * Unrecorded load right before the window. An app idle for a minute has had its heap shrunk by
   * V8 and starts slower than one idle for seconds; without this, whichever app waited longer
   * (in alternating rounds, not always the same one) lost 5–15 % of its throughput.
   */
  warmupSeconds: number;
}

/** Closed-loop load: signed slash commands from the pool, round-robin, for `seconds`. */
function fire(app: AppUnderTest, pool: SignedRequest[], seconds: number, connections: number) {
  let next = 0;
  return autocannon({
    url: app.baseUrl,
    connections,
    duration: seconds,
    // Slack's own budget: an ack later than 3 s is a failure, count it as one.
    timeout: 3,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest: (req) => {
          const signed = pool[next++ % pool.length] as SignedRequest;
          return { ...req, body: signed.body, headers: signed.headers };
        },
      },
    ],
  });
}

/** One measured window against one app: cool-down, warm-up, then the recorded load. */
export async function loadRound(
  app: AppUnderTest,
  fake: FakeSlackApi,
  pool: SignedRequest[],
  options: WindowOptions,
): Promise<RoundResult> {
  fake.reset();
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, options.cooldownSeconds * 1000));
  if (options.warmupSeconds > 0) {
    await fire(app, pool, options.warmupSeconds, options.connections);
    await settle(fake);
    fake.reset();
  }
  const rss = startRssWindow(app.pid);
  const result = await fire(app, pool, options.seconds, options.connections);
  const posts = await settle(fake);
  const peakKb = rss.stop();
  if (!app.alive()) throw new Error(`${app.name} died under load:\n${app.output()}`);
  return {
    app: app.name,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
    posts,
    postChars: postChars(fake),
    peakRssMb: peakKb / 1024,
  };
}
