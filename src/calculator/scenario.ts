import type { NumberRange } from './values.ts';

/** A number, or (for the inputs the spec lists) a range sampled by the Monte Carlo. */
export type Rangeable = number | NumberRange;

export type TaskChangeCadence = 'weekly' | 'monthly' | 'quarterly' | 'stable';

/** A scenario exactly as the user gave it, with the spec's input names. Every field is optional here;
 * `resolveScenario` reports what is missing. */
export interface Scenario {
  name?: string;
  apiMonthlyCost?: Rangeable;
  apiCostReductionPct?: Rangeable;
  apiCostAfter?: number;
  qualityFactorPct?: Rangeable;
  fineTuneCost?: Rangeable;
  gpuMonthlyCost?: Rangeable;
  retrainMonthlyCost?: number;
  engineeringWeeks?: Rangeable;
  engineerHourlyRate?: number;
  trainingExamples?: number;
  repetitive?: boolean;
  qualityBarPct?: number;
  taskChangeCadence?: TaskChangeCadence;

  apiModel?: string;
  inputTokensPerMonth?: number;
  outputTokensPerMonth?: number;
  inputPricePer1M?: number;
  outputPricePer1M?: number;
  tokenReductionPct?: number;
  pricePerTokenReductionPct?: number;
  completionBeforePct?: number;
  completionAfterPct?: number;
  retryBeforePct?: number;
  retryAfterPct?: number;
  trainGpu?: string;
  gpuHours?: number;
  gpuHourlyRate?: Rangeable;
  modelSize?: '7B' | '70B';
  method?: 'qlora' | 'full';
  trainingRuns?: number;
  serveGpu?: string;
  inferenceHourlyRate?: Rangeable;
  inferenceHoursPerMonth?: number;

  apiPriceChangePctPerYear?: Rangeable;
  gpuPriceChangePctPerYear?: Rangeable;
  volumeGrowthPctPerYear?: Rangeable;

  servedTokensPerMonth?: number;
  gpuTokensPerSecond?: Rangeable;
  targetUtilizationPct?: number;
  minReplicas?: number;

  startDate?: string;
}

export type ScenarioKey = keyof Scenario;

export const isRange = (value: Rangeable | undefined): value is NumberRange =>
  typeof value === 'object' && value !== null;

/** The value the deterministic figures use: the range's mode, else its midpoint. */
export function pointValue(value: Rangeable): number;
export function pointValue(value: Rangeable | undefined): number | undefined;
export function pointValue(value: Rangeable | undefined): number | undefined {
  if (!isRange(value)) return value;
  return value.mode ?? (value.low + value.high) / 2;
}
