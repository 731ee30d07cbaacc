import { createApp } from './app.ts';
import { loadConfig, SETUP_GUIDE } from './config.ts';
import { createLogger } from './logger.ts';
import { loadPrices } from './prices/priceBook.ts';

const loaded = loadConfig();
if (loaded.kind === 'unconfigured') {
  // No Slack variable at all: a first run, not a broken deployment. Show the answer offline (the
  // article's customer-support example, as `npm run demo` does), then how to connect to Slack.
  // Loaded only here: a configured app never needs the CLI's report code at start-up.
  const { run: runCli } = await import('./cli.ts');
  const demo = runCli(['--preset', 'customer-support'], {
    today: new Date(),
    pricingFile: process.env.PRICING_FILE,
  });
  process.stdout.write(demo.stdout);
  process.stderr.write(`${demo.stderr}\n${SETUP_GUIDE}\n`);
  process.exit(demo.code);
}
if (loaded.kind === 'invalid') {
  console.error(`ftroi cannot start: ${loaded.problems.join('; ')}. See .env.example.`);
  process.exit(1);
}
const { config } = loaded;
const secrets = [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN].filter(
  (s): s is string => s !== undefined,
);
const logger = createLogger(config.LOG_LEVEL as never, secrets);

const prices = loadPrices(config.PRICING_FILE);
if (!prices.ok) {
  console.error(`ftroi cannot start: ${prices.error}`);
  process.exit(1);
}

const app = createApp(config, {
  logger,
  prices: prices.value.book,
  catalogue: prices.value.catalogue,
  catalogueAsOf: prices.value.asOf,
});
// A rejected promise that escapes a listener must not take the process down with it.
process.on('unhandledRejection', (reason) => logger.error(`unhandled rejection: ${String(reason)}`));

if (config.mode === 'http') await app.start(config.PORT);
else await app.start();
logger.info(
  config.mode === 'socket'
    ? 'ftroi is running in Socket Mode'
    : `ftroi is listening on port ${config.PORT} (POST /slack/events, GET /healthz)`,
);
