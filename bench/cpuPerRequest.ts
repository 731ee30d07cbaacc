import { readFileSync } from 'node:fs';
import { startFakeSlackApi } from '../test/support/fakeSlackApi.ts';
import { SIGNING_SECRET } from './constants.ts';
import { startApp, stopAll } from './processes.ts';
import { CUSTOMER_SUPPORT_TEXT } from './scenario.ts';
import { signedCommandPool } from './sign.ts';

// `npx tsx bench/cpuPerRequest.ts`: each app's own CPU time per request (user + system, from
// /proc/<pid>/stat) at the same moderate, unsaturated load: what the throughput ratio comes from.

const TICKS_PER_SECOND = 100;
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
};

const REQUESTS = Number(process.env.CPU_REQUESTS ?? 6000);
const IN_FLIGHT = 8;
const fake = await startFakeSlackApi();
try {
  for (const [name, entry] of [
    ['baseline', 'bench/baselineApp.ts'],
    ['ftroi', 'src/index.ts'],
  ] as const) {
    const app = await startApp(name, entry, fake.url);
    const pool = signedCommandPool(SIGNING_SECRET, CUSTOMER_SUPPORT_TEXT, 500);
    const send = async (n: number) => {
      const r = pool[n % pool.length];
      if (!r) return;
      await fetch(`${app.baseUrl}/slack/events`, { method: 'POST', headers: r.headers, body: r.body });
    };
    const run = async (count: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < count) await send(next++);
        }),
      );
    };
    await run(2000); // warm-up
    const before = cpuSeconds(app.pid);
    await run(REQUESTS);
    await new Promise((r) => setTimeout(r, 300));
    const used = cpuSeconds(app.pid) - before;
    console.log(
      `${name.padEnd(8)} ${((used / REQUESTS) * 1e6).toFixed(0)} µs CPU per request (${REQUESTS} requests)`,
    );
    await app.stop();
    fake.reset();
  }
} finally {
  await stopAll();
  await fake.close();
}
