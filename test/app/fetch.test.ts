import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { loadPrices } from '../../src/prices/priceBook.ts';
import { slackFetch } from '../../src/slack/fetch.ts';
import { startFakeSlackApi } from '../support/fakeSlackApi.ts';

describe('the fetch Bolt is given', () => {
  it('carries every Web API call and respond() through slackFetch, not the built-in fetch', async () => {
    const fake = await startFakeSlackApi();
    try {
      const loaded = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_API_URL: fake.url,
      });
      if (loaded.kind !== 'ok') throw new Error(`config: ${JSON.stringify(loaded)}`);
      const prices = loadPrices();
      if (!prices.ok) throw new Error(prices.error);
      const app = createApp(loaded.config, {
        logger: createLogger(LogLevel.ERROR, []),
        prices: prices.value.book,
      });
      // Bolt keeps both privately: the client's for Web API calls, the app's for respond().
      const internals = app as unknown as { fetchFn: unknown; client: { fetchFn: unknown } };
      expect(slackFetch).not.toBe(globalThis.fetch);
      expect(internals.client.fetchFn).toBe(slackFetch);
      expect(internals.fetchFn).toBe(slackFetch);
      const answer = await app.client.auth.test();
      expect(answer.ok).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
