import { ALWAYS_ON_HOURS, reductionFromApiCostAfter, servingCapacity } from './estimators.ts';
import type { ResolvedScenario } from './resolve.ts';
import { pointValue, type Scenario } from './scenario.ts';

/** One Monte Carlo draw: a value for each input the user gave as a range. */
export type Sample = Partial<Record<keyof Scenario, number>>;

/** Another API bill; a reduction given as the spend that remains (r = 1 − F/A) moves with it. */
export function setApiMonthlyCost(r: ResolvedScenario, bill: number): void {
  r.apiMonthlyCost = bill;
  if (r.apiCostAfter !== undefined) r.reductionPct = reductionFromApiCostAfter(r.apiCostAfter, bill);
}

/**
 * The resolved scenario for one draw, derived from the point resolution instead of resolving again:
 * the Monte Carlo runs 10,000 draws inside a request, and re-resolving each cost ~1 µs. Every input a
 * range may be given for (FIELDS' `rangeable`) is handled here; a test checks the result against
 * `resolveScenario` on the sampled scenario. Undefined means "resolve this draw the slow way".
 */
export function applySample(
  base: ResolvedScenario,
  s: Scenario,
  sample: Sample,
  into: ResolvedScenario = { ...base },
): ResolvedScenario | undefined {
  // `into` is reused across draws (copying the whole scenario 10,000 times showed in the profile);
  // a draw sets the same keys every time, so nothing of the previous draw survives.
  const r = into;
  if (sample.apiMonthlyCost !== undefined) setApiMonthlyCost(r, sample.apiMonthlyCost);
  if (sample.apiCostReductionPct !== undefined) r.reductionPct = sample.apiCostReductionPct;
  if (sample.qualityFactorPct !== undefined) r.qualityFactorPct = sample.qualityFactorPct;
  if (sample.engineeringWeeks !== undefined) r.engineeringWeeks = sample.engineeringWeeks;
  if (sample.apiPriceChangePctPerYear !== undefined)
    r.apiPriceChangePctPerYear = sample.apiPriceChangePctPerYear;
  if (sample.gpuPriceChangePctPerYear !== undefined)
    r.gpuPriceChangePctPerYear = sample.gpuPriceChangePctPerYear;
  if (sample.volumeGrowthPctPerYear !== undefined) r.volumeGrowthPctPerYear = sample.volumeGrowthPctPerYear;

  if (sample.fineTuneCost !== undefined) r.fineTuneCost = sample.fineTuneCost;
  else if (sample.gpuHourlyRate !== undefined && s.fineTuneCost === undefined) {
    // Every fine-tuning estimate is linear in the rate (hours × GPUs × rate × runs).
    const rate = pointValue(s.gpuHourlyRate);
    if (rate === undefined || rate === 0) return undefined;
    r.fineTuneCost = (base.fineTuneCost * sample.gpuHourlyRate) / rate;
  }

  if (sample.gpuMonthlyCost !== undefined) r.gpuMonthlyCost = sample.gpuMonthlyCost;
  else if (base.capacity) {
    const capacity = r.capacity === base.capacity || !r.capacity ? { ...base.capacity } : r.capacity;
    if (sample.gpuTokensPerSecond !== undefined) capacity.gpuTokensPerSecond = sample.gpuTokensPerSecond;
    if (sample.inferenceHourlyRate !== undefined) capacity.inferenceHourlyRate = sample.inferenceHourlyRate;
    r.capacity = capacity;
    r.gpuMonthlyCost = servingCapacity(capacity).gpuMonthlyCost;
  } else if (sample.inferenceHourlyRate !== undefined && s.gpuMonthlyCost === undefined)
    r.gpuMonthlyCost = sample.inferenceHourlyRate * (s.inferenceHoursPerMonth ?? ALWAYS_ON_HOURS);
  return r;
}
