import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { loadPrices } from '../../src/prices/priceBook.ts';
import { startFakeSlackApi } from '../support/fakeSlackApi.ts';

describe('Socket Mode', () => {
  it('serves /healthz on PORT, not on the 3000 Bolt would otherwise pick', async () => {
    // Bolt calls auth.test as it is built: answer it locally.
    const fake = await startFakeSlackApi();
    try {
      const loaded = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-1-test',
        SLACK_API_URL: fake.url,
        PORT: '4567',
      });
      if (loaded.kind !== 'ok') throw new Error(`config: ${JSON.stringify(loaded)}`);
      const prices = loadPrices();
      if (!prices.ok) throw new Error(prices.error);
      const app = createApp(loaded.config, {
        logger: createLogger(LogLevel.ERROR, []),
        prices: prices.value.book,
      });
      // Starting the receiver would dial Slack's Socket Mode endpoint; Bolt keeps the port it will use.
      const receiver = (app as unknown as { receiver: { httpServerPort?: number } }).receiver;
      expect(receiver.httpServerPort).toBe(4567);
      await fake.waitForCall('auth.test');
    } finally {
      await fake.close();
    }
  });
});
