import { type App, LogLevel } from '@slack/bolt';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { loadPrices } from '../../src/prices/priceBook.ts';

/** The app `src/index.ts` would build from these variables (quiet logger, bundled prices), not started. */
export function appFromEnv(env: Record<string, string>): App {
  const loaded = loadConfig(env);
  if (loaded.kind !== 'ok') throw new Error(`config: ${JSON.stringify(loaded)}`);
  const prices = loadPrices();
  if (!prices.ok) throw new Error(prices.error);
  return createApp(loaded.config, { logger: createLogger(LogLevel.ERROR, []), prices: prices.value.book });
}
