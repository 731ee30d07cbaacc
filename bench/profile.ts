import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlackApi } from '../test/support/fakeSlackApi.ts';
import { loadBenchConfig } from './config.ts';
import { SIGNING_SECRET } from './constants.ts';
import { topSelfTime } from './cpuProfile.ts';
import { loadRound } from './load.ts';
import { startApp, stopAll } from './processes.ts';
import { CUSTOMER_SUPPORT_TEXT } from './scenario.ts';
import { signedCommandPool } from './sign.ts';

// `npx tsx bench/profile.ts [ftroi|baseline]`: one load window under --cpu-prof, then the top
// self-time functions per request. Same knobs as the bench (BENCH_SECONDS, BENCH_CONNECTIONS…).

const which = process.argv[2] === 'baseline' ? 'baseline' : 'ftroi';
const entry = which === 'baseline' ? 'bench/baselineApp.ts' : 'src/index.ts';
const config = loadBenchConfig();
const dir = mkdtempSync(join(tmpdir(), `ftroi-prof-${which}-`));
const fake = await startFakeSlackApi();
try {
  const app = await startApp(which, entry, fake.url, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    '--import',
    './bench/exitOnSigterm.ts',
  ]);
  const pool = signedCommandPool(SIGNING_SECRET, CUSTOMER_SUPPORT_TEXT, config.poolSize);
  const result = await loadRound(app, fake, pool, config);
  await app.stop();
  // The main thread's profile; tsx's loader thread writes a second, smaller one.
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((f) => join(dir, f))[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  console.log(`${which}: ${result.reqPerSec.toFixed(0)} req/s, ${result.requests} requests; profile ${file}`);
  for (const line of topSelfTime(file, 30, result.requests)) console.log(line);
} finally {
  await stopAll();
  await fake.close();
}
