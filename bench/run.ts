import { loadPrices } from '../src/prices/priceBook.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../test/support/fakeSlackApi.ts';
import { loadBenchConfig } from './config.ts';
import { SIGNING_SECRET } from './constants.ts';
import { loadRound } from './load.ts';
import { measureMonteCarlo } from './monteCarlo.ts';
import { modalPath, sensitivityPath } from './paths.ts';
import { startApp, stopAll } from './processes.ts';
import { type BenchReport, machineLine, renderReport } from './report.ts';
import { CUSTOMER_SUPPORT_TEXT } from './scenario.ts';
import { signedCommandPool } from './sign.ts';

// `npm run bench`: ftroi against a bare Bolt app on loopback, loaded alternately in one run.
// Exit 0 whatever the numbers say (a measurement, not a test); exit 1 only when something crashes.

const PATH_RUNS = 20;
let fake: FakeSlackApi | undefined;

async function cleanup(): Promise<void> {
  await stopAll();
  await fake?.close().catch(() => undefined);
}

process.once('SIGINT', () => {
  console.error('\ninterrupted: stopping the apps');
  void cleanup().finally(() => process.exit(130));
});

async function main(): Promise<void> {
  const config = loadBenchConfig();
  console.log(machineLine());
  console.log(
    `${config.rounds} rounds × ${config.seconds} s × ${config.connections} connections per app, ` +
      `pool of ${config.poolSize} signed bodies`,
  );
  const prices = loadPrices();
  if (!prices.ok) throw new Error(prices.error);

  fake = await startFakeSlackApi();
  // Bare Bolt posts through Node's built-in fetch; --same-fetch hands it ftroi's (src/slack/fetch.ts).
  const baselineEnv: Record<string, string> = config.sameFetch ? { BASELINE_FETCH: 'undici' } : {};
  const baseline = await startApp('baseline', 'bench/baselineApp.ts', fake.url, [], baselineEnv);
  // --aa measures the baseline against a second copy of itself: how far apart two identical apps land.
  const ftroi = config.aa
    ? await startApp('baseline-2', 'bench/baselineApp.ts', fake.url, [], baselineEnv)
    : await startApp('ftroi', 'src/index.ts', fake.url);
  if (config.aa) console.log('A/A check: the "ftroi" figures below are a second copy of the baseline');
  if (config.sameFetch) console.log("--same-fetch: the baseline posts through ftroi's fetch (undici 7)");
  console.log(
    `start-up: baseline ${baseline.startupMs.toFixed(0)} ms, ${ftroi.name} ${ftroi.startupMs.toFixed(0)} ms`,
  );
  const rounds: BenchReport['rounds'] = [];
  for (let round = 0; round < config.rounds; round++) {
    // Swap who goes first each round so neither app always follows the other: each window starts
    // after a cool-down and its own warm-up, whatever ran before. The A/A check (--aa) measures the
    // baseline against a copy of itself this way to show how far apart two identical apps land.
    const order = round % 2 === 0 ? [baseline, ftroi] : [ftroi, baseline];
    const results: Partial<BenchReport['rounds'][number]> = {};
    for (const app of order) {
      const pool = signedCommandPool(SIGNING_SECRET, CUSTOMER_SUPPORT_TEXT, config.poolSize);
      const result = await loadRound(app, fake, pool, config);
      console.log(
        `round ${round + 1} ${app.name}: ${result.reqPerSec.toFixed(0)} req/s, p50 ${result.p50Ms} ms, ` +
          `p99 ${result.p99Ms} ms, non-2xx ${result.non2xx}, errors ${result.errors}, ` +
          `peak RSS ${result.peakRssMb.toFixed(1)} MB`,
      );
      results[app === ftroi ? 'ftroi' : 'baseline'] = result;
    }
    if (!results.baseline || !results.ftroi) throw new Error('a round lost a result');
    rounds.push({ baseline: results.baseline, ftroi: results.ftroi });
  }

  const paths = config.aa
    ? []
    : [await modalPath(ftroi, fake, PATH_RUNS), await sensitivityPath(ftroi, fake, PATH_RUNS)];
  const monteCarlo = measureMonteCarlo(prices.value.book, config.mcSamples);
  console.log(
    `\n${renderReport({ rounds, startupMs: { baseline: baseline.startupMs, ftroi: ftroi.startupMs }, paths, monteCarlo })}`,
  );
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (error) {
  console.error(`bench crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await cleanup();
  process.exit(1);
}
