import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_LIMIT_MS = 30_000;
const STOP_GRACE_MS = 3_000;

export interface AppProcess {
  baseUrl: string;
  pid: number;
  /** Spawn until the first /healthz 200. */
  startupMs: number;
  /** What the process wrote, stdout and stderr: all of it, or the tail when `keepOutputChars` is set. */
  output: () => string;
  alive: () => boolean;
  /** VmRSS from /proc/<pid>/status, in kB. */
  rssKb: () => number;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** The environment, on top of PATH and PORT (nothing else leaks in from the parent). */
  env: Record<string, string>;
  /** Default src/index.ts, as `npm start` runs it. */
  entry?: string;
  /** Node flags before the entry, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Keep only this many trailing characters of output (a long load run must not grow it unbounded). */
  keepOutputChars?: number;
}

export async function freePort(): Promise<number> {
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

/** Runs `node --import tsx ENTRY` on a free loopback port, as `npm start` does, and waits for /healthz. */
export async function startAppProcess(options: StartOptions): Promise<AppProcess> {
  const port = await freePort();
  let output = '';
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', ...(options.nodeArgs ?? []), options.entry ?? 'src/index.ts'],
    {
      cwd: ROOT,
      // A developer's own .env must not leak into these runs.
      env: {
        PATH: process.env.PATH ?? '',
        DOTENV_CONFIG_PATH: '/nonexistent/.env',
        PORT: String(port),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const limit = options.keepOutputChars;
  const keep = (chunk: unknown) => {
    output += String(chunk);
    if (limit !== undefined && output.length > limit) output = output.slice(-limit);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    if (!alive()) throw new Error(`the app exited during start-up (${child.exitCode}):\n${output}`);
    try {
      const health = await fetch(`${baseUrl}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer /healthz within 30 s:\n${output}`);
    }
    // A short poll: start-up time is one of the bench's measurements.
    await new Promise((r) => setTimeout(r, 10));
  }
  const pid = child.pid ?? -1;
  return {
    baseUrl,
    pid,
    startupMs: performance.now() - started,
    output: () => output,
    alive,
    rssKb: () => {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!match?.[1]) throw new Error(`no VmRSS in /proc/${pid}/status`);
      return Number(match[1]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!alive()) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
