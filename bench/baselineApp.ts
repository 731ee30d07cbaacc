import { App, LogLevel } from '@slack/bolt';
import { loadPrices } from '../src/prices/priceBook.ts';
import { RETRY_CONFIG } from '../src/slack/errors.ts';
import { slackFetch } from '../src/slack/fetch.ts';
import { resultMessage } from '../src/slack/results.ts';
import { runInlineText } from '../src/slack/runScenario.ts';
import { FAKE_USER_ID } from '../test/support/fakeIds.ts';
import { CUSTOMER_SUPPORT_TEXT } from './scenario.ts';

// The floor ftroi is measured against: Bolt, the same receiver, client and retry settings, and a
// chat.postMessage of the same size, but no parsing, validation or analysis per request.

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`baselineApp needs ${name}`);
  return value;
};

/** Built once, the way ftroi builds each of its posts (same scenario record, start date included). */
function constantMessage() {
  const prices = loadPrices();
  if (!prices.ok) throw new Error(prices.error);
  const context = { prices: prices.value.book, now: () => new Date(), catalogueAsOf: prices.value.asOf };
  const outcome = runInlineText(CUSTOMER_SUPPORT_TEXT, context);
  if (outcome.kind !== 'ok') throw new Error(`customer-support text failed: ${JSON.stringify(outcome)}`);
  const record = { scenario: outcome.analysis.scenario, revision: 0, label: 'original' };
  return resultMessage({ analysis: outcome.analysis, record, userId: FAKE_USER_ID }, context);
}

const message = constantMessage();
const port = Number(env('PORT'));
const app = new App({
  token: env('SLACK_BOT_TOKEN'),
  signingSecret: env('SLACK_SIGNING_SECRET'),
  port,
  logLevel: LogLevel.WARN,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true }));
      },
    },
  ],
  // ftroi's retry and time-out settings (src/app.ts): the time-out allocates an AbortSignal per call.
  // Bolt's default fetch (Node's built-in), unless the bench runs with --same-fetch.
  clientOptions: {
    slackApiUrl: env('SLACK_API_URL'),
    retryConfig: RETRY_CONFIG,
    timeout: 10_000,
    ...(process.env.BASELINE_FETCH === 'undici' ? { fetch: slackFetch } : {}),
  },
});

app.command('/ftroi', async ({ ack, client, command }) => {
  await ack();
  await client.chat.postMessage({
    channel: command.channel_id,
    text: message.text,
    blocks: message.blocks,
    ...(message.metadata ? { metadata: message.metadata } : {}),
    unfurl_links: false,
  });
});
app.error(async (error) => {
  console.error(`baseline listener error: ${error.name}: ${error.message}`);
});

await app.start(port);
