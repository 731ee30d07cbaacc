/** Bench knobs: env vars, or `--seconds=2 --rounds=1 --connections=10 --aa` after `npm run bench --`. */
export interface BenchConfig {
  seconds: number;
  /** Unrecorded load right before every window, so each starts from the same warm state. */
  warmupSeconds: number;
  /** Measure the baseline against a second copy of itself instead of ftroi (`--aa`). */
  aa: boolean;
  /** Give the baseline ftroi's fetch too (`--same-fetch`): the ratio is then ftroi's own logic alone. */
  sameFetch: boolean;
  rounds: number;
  connections: number;
  /** Pre-signed bodies per round: enough variety that no cache sees one body. */
  poolSize: number;
  mcSamples: number;
  /** Idle seconds before each load window: longer than the 10 s Web API time-out, so the previous app's time-out timers have all fired. */
  cooldownSeconds: number;
}

function readNumber(name: string, flag: string, fallback: number, max: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  const raw = arg ? arg.slice(flag.length + 3) : process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  // Bounded so a typo cannot start an hour-long run.
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} / --${flag} must be an integer from 1 to ${max}, got ${raw}`);
  }
  return value;
}

export function loadBenchConfig(): BenchConfig {
  return {
    seconds: readNumber('BENCH_SECONDS', 'seconds', 10, 120),
    warmupSeconds: readNumber('BENCH_WARMUP_SECONDS', 'warmup', 3, 60),
    rounds: readNumber('BENCH_ROUNDS', 'rounds', 3, 20),
    connections: readNumber('BENCH_CONNECTIONS', 'connections', 50, 1000),
    poolSize: readNumber('BENCH_POOL', 'pool', 500, 100_000),
    mcSamples: readNumber('BENCH_MC_SAMPLES', 'mc-samples', 10_000, 1_000_000),
    cooldownSeconds: readNumber('BENCH_COOLDOWN_SECONDS', 'cooldown', 11, 60),
    aa: process.argv.includes('--aa'),
    sameFetch: process.argv.includes('--same-fetch'),
  };
}
