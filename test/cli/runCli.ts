import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/ftroi.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the child's standard input (for `--scenario -`). */
  input?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The command to start; by default the real CLI through tsx, as `npm run ftroi` does. */
  command?: readonly string[];
}

/** Runs the CLI as a child process, exactly as a user would, and collects what it printed. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const [file = process.execPath, ...prefix] = options.command ?? [
    process.execPath,
    '--import',
    'tsx',
    cliPath,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...prefix, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, PRICING_FILE: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A stack trace has "    at fn (file:line:col)" lines; users must never see one. */
export const looksLikeStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);
