import { evaluate, type PriceBook } from '../src/calculator/index.ts';
import { customerSupportScenario } from './scenario.ts';
import { median } from './stats.ts';

export interface MonteCarloResult {
  samples: number;
  pointMs: number;
  rangedMs: number;
  /** What the ranges add to one evaluate(). */
  samplingMs: number;
}

// Bounded either way: at most this many timed runs, and no more than about two seconds of them.
const MAX_RUNS = 30;
const BUDGET_MS = 2_000;

function time(fn: () => void): number {
  const times: number[] = [];
  const until = performance.now() + BUDGET_MS;
  fn(); // warm-up: JIT and module-level caches
  for (let i = 0; i < MAX_RUNS && performance.now() < until; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** evaluate() of the customer-support scenario, with and without a GPU cost range, in this process. */
export function measureMonteCarlo(prices: PriceBook, samples: number): MonteCarloResult {
  const point = customerSupportScenario();
  const ranged = { ...point, gpuMonthlyCost: { low: 150, high: 400 } };
  const check = evaluate(ranged, { prices, samples });
  if (!check.ok || check.value.uncertainty === undefined) {
    throw new Error(
      `the ranged scenario did not produce a Monte Carlo: ${JSON.stringify(check)}`.slice(0, 500),
    );
  }
  const pointMs = time(() => evaluate(point, { prices, samples }));
  const rangedMs = time(() => evaluate(ranged, { prices, samples }));
  return { samples, pointMs, rangedMs, samplingMs: rangedMs - pointMs };
}
