import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from './appProcess.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a script under tsx, as the npm scripts do, with exactly the given environment. */
const tsx = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    // A developer's own .env must not leak into these runs.
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });

/** `npm start`. */
const start = (env: Record<string, string>) => tsx(['src/index.ts'], env);

describe('start-up', () => {
  it('with no Slack credentials shows the offline demo, then the setup guide, and exits 0', () => {
    const run = start({});
    expect(run.status).toBe(0);
    // The customer-support example's exact answer…
    expect(run.stdout).toContain('$14,600');
    expect(run.stdout).toContain('GO');
    // …exactly as `npm run demo` prints it.
    expect(run.stdout).toBe(tsx(['src/cli.ts', '--preset', 'customer-support'], {}).stdout);
    expect(run.stderr).toContain('manifest.yml');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a malformed variable in one line, without echoing secrets or a stack trace', () => {
    const run = start({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN/);
    expect(run.stderr).not.toContain(TEST_SIGNING_SECRET);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the missing signing secret in HTTP mode', () => {
    const run = start({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SLACK_SIGNING_SECRET/);
    expect(run.stderr).not.toContain(TEST_BOT_TOKEN);
  });

  it('fails on a bad PRICING_FILE naming the row and field', () => {
    const file = join(tmpdir(), `ftroi-bad-prices-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ gpu: [{ id: 'acme:h100', pricePerHour: -1 }] }));
    const run = start({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      PRICING_FILE: file,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PRICING_FILE/);
    expect(run.stderr).toMatch(/gpu\[0\]/);
  });
});
