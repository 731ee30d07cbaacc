import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { FIELDS } from './fields.ts';
import { computeCore } from './model.ts';
import type { PriceBook } from './priceBook.ts';
import { type ResolvedScenario, resolveScenario } from './resolve.ts';
import { applySample, type Sample } from './sample.ts';
import { isRange, type Scenario } from './scenario.ts';
import { quantile } from './select.ts';
import type { NumberRange } from './values.ts';
import { numbersAgree } from './verdict.ts';

export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface Uncertainty {
  samples: number;
  /** The inputs given as ranges, as sampled (mode = the point value the deterministic figures use). */
  ranges: Record<string, Required<NumberRange>>;
  pPositiveMonthlySavings: number;
  pBreakEvenWithin6Months: number;
  pBreakEvenWithin12Months: number;
  pRoi12Over100: number;
  roi12: Percentiles;
  /** Samples that never pay back count as +∞; a percentile that lands there is null ("never"). */
  breakEvenMonths: Percentiles;
  pNumbersAgree: number;
}

export const DEFAULT_SAMPLES = 10_000;

const RANGEABLE_KEYS = FIELDS.filter((f) => f.rangeable).map((f) => f.key as keyof Scenario);

/** The scenario's ranges with their modes filled in; empty when the scenario is deterministic. */
export function scenarioRanges(s: Scenario): Record<string, Required<NumberRange>> {
  const ranges: Record<string, Required<NumberRange>> = {};
  for (const key of RANGEABLE_KEYS) {
    const value = s[key];
    if (isRange(value as never)) {
      const range = value as NumberRange;
      ranges[key] = { low: range.low, high: range.high, mode: range.mode ?? (range.low + range.high) / 2 };
    }
  }
  return ranges;
}

/** Inverse CDF of the triangular distribution. */
export function sampleTriangular(u: number, { low, mode, high }: Required<NumberRange>): number {
  if (high === low) return low;
  const c = (mode - low) / (high - low);
  return u < c
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

// Inputs that never reach the model's figures: renaming a scenario, moving its start or changing an
// input only the verdict reads must not reshuffle its draws and so change its probabilities.
const NOT_MODEL_INPUTS: ReadonlySet<string> = new Set<keyof Scenario>([
  'name',
  'startDate',
  'trainingExamples',
  'repetitive',
  'qualityBarPct',
  'taskChangeCadence',
]);

/** FNV-1a over the model inputs' canonical JSON: the same scenario always draws the same samples. */
export function scenarioSeed(s: Scenario): number {
  const keys = Object.keys(s).filter((key) => !NOT_MODEL_INPUTS.has(key));
  const canonical = JSON.stringify(s, [...keys.sort(), 'low', 'high', 'mode']);
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const percentiles = (values: Float64Array): Percentiles => {
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    p10: finite(quantile(values, 0.1)),
    p50: finite(quantile(values, 0.5)),
    p90: finite(quantile(values, 0.9)),
  };
};

/** Monte Carlo over the scenario's ranges; undefined when it has none. */
export function uncertainty(
  s: Scenario,
  prices: PriceBook,
  samples = DEFAULT_SAMPLES,
  /** The point resolution, when the caller already has it (analyse does). */
  resolved?: ResolvedScenario,
): Uncertainty | undefined {
  const ranges = scenarioRanges(s);
  const keys = Object.keys(ranges);
  if (keys.length === 0) return undefined;
  const rng = xoroshiro128plus(scenarioSeed(s));
  const roi12 = new Float64Array(samples);
  const breakEven = new Float64Array(samples);
  let roiCount = 0;
  let positive = 0;
  let within6 = 0;
  let within12 = 0;
  let roiOver100 = 0;
  let agree = 0;
  let counted = 0;
  const point = resolved ? { ok: true as const, value: resolved } : resolveScenario(s, prices);
  const scratch = point.ok ? { ...point.value } : undefined;
  for (let i = 0; i < samples; i++) {
    const sample: Sample = {};
    for (const key of keys)
      sample[key as keyof Scenario] = sampleTriangular(
        uniformFloat64(rng),
        ranges[key] as Required<NumberRange>,
      );
    const resolved =
      (point.ok && scratch ? applySample(point.value, s, sample, scratch) : undefined) ??
      resolveSampled(s, sample, prices);
    if (!resolved) continue;
    const core = computeCore(resolved);
    counted++;
    if (core.monthlyNetSavings > 0) positive++;
    const months = core.breakEvenMonths ?? Number.POSITIVE_INFINITY;
    if (months <= 6) within6++;
    if (months <= 12) within12++;
    if (core.roi12 !== null && core.roi12 > 100) roiOver100++;
    if (numbersAgree(core)) agree++;
    if (core.roi12 !== null) roi12[roiCount++] = core.roi12;
    breakEven[counted - 1] = months;
  }
  const share = (n: number) => (counted === 0 ? 0 : n / counted);
  return {
    samples: counted,
    ranges,
    pPositiveMonthlySavings: share(positive),
    pBreakEvenWithin6Months: share(within6),
    pBreakEvenWithin12Months: share(within12),
    pRoi12Over100: share(roiOver100),
    roi12: percentiles(roi12.subarray(0, roiCount)),
    breakEvenMonths: percentiles(breakEven.subarray(0, counted)),
    pNumbersAgree: share(agree),
  };
}

function resolveSampled(s: Scenario, sample: Sample, prices: PriceBook): ResolvedScenario | undefined {
  const resolved = resolveScenario({ ...s, ...sample } as Scenario, prices);
  return resolved.ok ? resolved.value : undefined;
}
