import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BOT_TOKEN, SIGNING_SECRET } from './constants.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_LIMIT_MS = 30_000;
const STOP_GRACE_MS = 3_000;

export interface AppUnderTest {
  name: string;
  pid: number;
  baseUrl: string;
  /** Spawn until the first /healthz 200. */
  startupMs: number;
  alive: () => boolean;
  output: () => string;
  stop: () => Promise<void>;
}

/** Every child still running, so an error or Ctrl-C can stop them all. */
const running = new Set<AppUnderTest>();

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((app) => app.stop()));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs `node --import tsx ENTRY` as npm start does, and waits for /healthz. */
export async function startApp(
  name: string,
  entry: string,
  slackApiUrl: string,
  extraArgs: string[] = [],
): Promise<AppUnderTest> {
  const port = await freePort();
  let output = '';
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...extraArgs, entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: unknown) => {
    // Only the tail matters for a crash report; a chatty child must not grow this without bound.
    output = (output + String(chunk)).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const app: AppUnderTest = {
    name,
    pid: child.pid ?? -1,
    baseUrl: `http://127.0.0.1:${port}`,
    startupMs: 0,
    alive,
    output: () => output,
    stop: () => stopChild(child, alive).then(() => void running.delete(app)),
  };
  running.add(app);
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    if (!alive()) throw new Error(`${name} exited during start-up (${child.exitCode}):\n${output}`);
    try {
      const health = await fetch(`${app.baseUrl}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer /healthz within 30 s:\n${output}`);
    // Short poll: start-up time is one of the measurements.
    await new Promise((r) => setTimeout(r, 10));
  }
  app.startupMs = performance.now() - started;
  return app;
}

function stopChild(child: ChildProcess, alive: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (!alive()) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
