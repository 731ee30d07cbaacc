import { describe, expect, it } from 'vitest';
import { ACTION_IDS, SUMMARY_ACTIONS_BLOCK_ID } from '../../src/blocks/ids.ts';
import { findPreset } from '../../src/calculator/index.ts';
import { scenarioPayload } from '../../src/slack/metadata.ts';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { appMentionEvent, blockActionsPayload, viewSubmissionPayload } from '../support/slackRequests.ts';
import { pool, sleep, useRobust } from './robustApp.ts';

// Sized for CI; a long run by hand: SOAK_REQUESTS=20000 npx vitest run test/robustness/soak.test.ts
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 3000);
const IN_FLIGHT = Number(process.env.SOAK_CONCURRENCY ?? 20);
// Node grows its heap for the first few thousand requests, then plateaus: measure after that.
const WARM_UP = Number(process.env.SOAK_WARM_UP ?? 3000);
const RSS_GROWTH_LIMIT_KB = 20 * 1024;

const r = useRobust({ LOG_LEVEL: 'info' }, ['--expose-gc', '--import', './test/support/gcOnSignal.ts']);
const CUSTOMER_SUPPORT = 'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';
const RECORD = { scenario: findPreset('customer-support')?.scenario ?? {}, revision: 0, label: 'original' };
const BUTTON_VALUE = JSON.stringify(scenarioPayload(RECORD));
const META = JSON.stringify({ channelId: FAKE_CHANNEL_ID, userId: FAKE_USER_ID });

// The modal's own fields, as a submission carries them (block_id = action_id = the spec key).
const MODAL_VALUES = Object.fromEntries(
  Object.entries({
    apiMonthlyCost: '15000',
    apiCostAfter: '200',
    gpuMonthlyCost: '200',
    fineTuneCost: '9.6',
    trainingExamples: '10000',
    repetitive: 'yes',
    qualityBarPct: '80',
  }).map(([key, value]) => [key, { [key]: { type: 'plain_text_input', value } }]),
);

type Kind = 'inline command' | 'modal submit' | 'button click' | 'mention' | 'help';
const KINDS: Kind[] = ['inline command', 'modal submit', 'button click', 'mention', 'help'];

function send(kind: Kind, i: number) {
  switch (kind) {
    case 'inline command':
      return r.command(i % 7 === 0 ? 'api=abc' : CUSTOMER_SUPPORT);
    case 'help':
      return r.command(i % 2 === 0 ? 'help' : 'preset customer-support weeks=1');
    case 'modal submit':
      return r.interact(
        viewSubmissionPayload({
          callbackId: 'ftroi_scenario',
          privateMetadata: META,
          values: MODAL_VALUES as never,
        }),
      );
    case 'button click':
      return r.interact(
        blockActionsPayload({
          actionId: i % 2 === 0 ? ACTION_IDS.breakdown : ACTION_IDS.sensitivity,
          blockId: SUMMARY_ACTIONS_BLOCK_ID,
          value: BUTTON_VALUE,
          message: { ts: '1700000000.000100' },
          responseUrl: r.fake.responseUrl('soak'),
        }),
      );
    case 'mention':
      return r.event(appMentionEvent({ text: i % 3 === 0 ? 'hello' : CUSTOMER_SUPPORT }));
  }
}

/** The app's resident size after a full GC (test/support/gcOnSignal.ts runs it on SIGUSR2). */
async function rssAfterGc(): Promise<number> {
  process.kill(r.app.pid, 'SIGUSR2');
  await sleep(1000);
  return r.app.rssKb();
}

async function burst(count: number, offset: number) {
  const statuses = new Map<string, number>();
  await pool(
    Array.from({ length: count }, (_, i) => offset + i),
    IN_FLIGHT,
    async (i) => {
      const kind = KINDS[i % KINDS.length] as Kind;
      const response = await send(kind, i).catch((error: unknown) => ({ status: 0, error }));
      const key = `${kind} ${response.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    },
  );
  return statuses;
}

describe('soak', () => {
  it(`answers ${REQUESTS} mixed signed requests, ${IN_FLIGHT} in flight, without leaking`, async () => {
    await burst(WARM_UP, 0);
    const rssBefore = await rssAfterGc();
    const started = performance.now();
    const statuses = await burst(REQUESTS, WARM_UP);
    const seconds = (performance.now() - started) / 1000;
    // Let the posts that follow the acks finish, then collect, before measuring.
    await sleep(2000);
    // V8 hands freed pages back lazily: the lowest of three collections a second apart is the size.
    const rssAfter = Math.min(await rssAfterGc(), await rssAfterGc(), await rssAfterGc());
    // The heap in use after GC is the leak signal; RSS can sit at a high-water mark.
    const heaps = [...r.app.output().matchAll(/after-gc heapUsed=(\d+)/g)].map((m) => Number(m[1]));
    const heapGrowthMb = ((heaps.at(-1) ?? 0) - (heaps[0] ?? 0)) / 2 ** 20;
    const summary = [...statuses].map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(
      `soak: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s); ` +
        `RSS ${Math.round(rssBefore / 1024)} → ${Math.round(rssAfter / 1024)} MB, ` +
        `heap after GC ${heapGrowthMb >= 0 ? '+' : ''}${heapGrowthMb.toFixed(1)} MB; ${summary}`,
    );
    const non2xx = [...statuses].filter(([key]) => !/ 2\d\d$/.test(key));
    expect(non2xx).toEqual([]);
    expect(r.app.alive()).toBe(true);
    expect((await fetch(`${r.app.baseUrl}/healthz`)).status).toBe(200);
    expect(rssAfter - rssBefore).toBeLessThan(RSS_GROWTH_LIMIT_KB);
    expect(heaps.length).toBeGreaterThanOrEqual(2);
    expect(heapGrowthMb).toBeLessThan(5);
    const log = r.app.output();
    expect(log).not.toContain('MaxListenersExceededWarning');
    expect(log).not.toMatch(/unhandled (rejection|listener error)/);
    // The work behind the acks happened too: results were posted.
    expect(r.fake.callsTo('chat.postMessage').length).toBeGreaterThan(REQUESTS / 5);
  }, 240_000);
});
