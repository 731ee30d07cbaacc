import { LogLevel, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { loadPrices } from '../../src/prices/priceBook.ts';
import { BLOCKS_JSON_BUDGET, deliver } from '../../src/slack/deliver.ts';
import { resultMessage } from '../../src/slack/results.ts';
import { runInlineText } from '../../src/slack/runScenario.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { startFakeSlackApi } from '../support/fakeSlackApi.ts';

const prices = loadPrices();
if (!prices.ok) throw new Error(prices.error);
const silent = createLogger(LogLevel.ERROR, [], () => undefined);

// The largest scenario a user can type: every estimator, drift and serving input, most as ranges.
const LARGEST =
  'model=claude-sonnet-4.5 tokens_in=123456789012.123 tokens_out=98765432101.987 token_reduction=61.123456789% ' +
  'price_reduction=59.87654321% completionBeforePct=95.123456789 completionAfterPct=90.12345678 ' +
  'retryBeforePct=20.1234567 retryAfterPct=5.1234567 train_gpu=lambda:a100-sxm-80gb:8x size=70B method=full runs=17 ' +
  'serve_gpu=coreweave:h100 serve_hours=700.123456 served_tokens=123456789012345 tps=100.123..1500.5..9999.75 ' +
  'utilization=49.999% replicas=3 api_drift=-89.123456..-10.987654 gpu_drift=-20.5..299.123 growth=-50.25..299.75 ' +
  'weeks=1.123..519.99 rate=99999.99 retrain=123456.789 examples=999 repetitive=no bar=99.5 cadence=weekly start=2027-01-15';

/** A revision of LARGEST named `name` (quotes and backslashes are escaped at every JSON layer). */
function message(name: string) {
  if (!prices.ok) throw new Error(prices.error);
  const ctx = { prices: prices.value.book, now: () => new Date('2026-12-04T00:00:00Z') };
  const outcome = runInlineText(`name='${name}' ${LARGEST}`, ctx);
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  const { analysis } = outcome;
  return resultMessage(
    {
      analysis,
      record: { scenario: analysis.scenario, revision: 9999, label: 'what-if 9999' },
      userId: 'U123',
      previous: { analysis, label: 'what-if 9998' },
    },
    { catalogueAsOf: prices.value.asOf },
  );
}

async function withFake(
  run: (fake: Awaited<ReturnType<typeof startFakeSlackApi>>, client: webApi.WebClient) => Promise<void>,
) {
  const fake = await startFakeSlackApi();
  try {
    await run(fake, new webApi.WebClient('xoxb-test', { slackApiUrl: fake.url }));
  } finally {
    await fake.close();
  }
}

const buttonValues = (blocks: unknown) =>
  (blocks as { type: string; elements?: { type: string; value?: string }[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === 'button')
    .map((e) => e.value);

describe('deliver keeps a result within Slack limits', () => {
  const to = { channelId: 'C123', userId: 'U123' };
  const d = (client: webApi.WebClient) => ({ client, logger: silent, isAllowedResponseUrl: () => false });

  it('posts an ordinary result with its button values', async () => {
    await withFake(async (fake, client) => {
      const result = await deliver(d(client), to, message('Support bot'));
      expect(result.via).toBe('channel');
      const posted = fake.messagesIn('C123').at(-1);
      expect(buttonValues(posted?.blocks).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    });
  });

  it('drops the button values of a result that would exceed the budget, and keeps its metadata', async () => {
    const oversized = message('"'.repeat(150));
    expect(JSON.stringify(oversized.blocks).length).toBeGreaterThan(BLOCKS_JSON_BUDGET);
    await withFake(async (fake, client) => {
      const result = await deliver(d(client), to, oversized);
      expect(result.via).toBe('channel');
      const posted = fake.messagesIn('C123').at(-1);
      expect(JSON.stringify(posted?.blocks).length).toBeLessThanOrEqual(BLOCKS_JSON_BUDGET);
      expect(blockKitViolations('message', { text: posted?.text, blocks: posted?.blocks })).toEqual([]);
      expect(buttonValues(posted?.blocks)).toEqual([undefined, undefined, undefined]);
      expect(posted?.metadata).toEqual(oversized.metadata);
    });
  });

  it('posts the text alone when Slack refuses the blocks themselves', async () => {
    await withFake(async (fake, client) => {
      fake.inject('chat.postMessage', { okFalse: 'invalid_blocks' });
      const sent = message('Support bot');
      const result = await deliver(d(client), to, sent);
      expect(result.via).toBe('channel');
      const posted = fake.messagesIn('C123').at(-1);
      expect(posted?.text).toBe(sent.text);
      expect(posted?.blocks ?? []).toEqual([]);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    });
  });
});
