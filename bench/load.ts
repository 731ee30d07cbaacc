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
  peakRssMb: number;
}

const SETTLE_LIMIT_MS = 15_000;

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

/** One closed-loop load window against one app: signed slash commands from the pool, round-robin. */
export async function loadRound(
  app: AppUnderTest,
  fake: FakeSlackApi,
  pool: SignedRequest[],
  seconds: number,
  connections: number,
  cooldownSeconds = 11,
): Promise<RoundResult> {
  fake.reset();
  // Each window starts quiet: the previous one's deferred work (its client time-out timers, the
  // fake's garbage) otherwise lands on whichever app is measured next.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, cooldownSeconds * 1000));
  let next = 0;
  const rss = startRssWindow(app.pid);
  const result = await autocannon({
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
    peakRssMb: peakKb / 1024,
  };
}
