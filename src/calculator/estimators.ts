/**
 * The article's "if you do not have records" estimators. The article itself gets the first one wrong
 * (it prints $25,000 for 10M tokens at $2.50/1M): it is $25.
 */
export const apiMonthlyCostFromTokens = (
  inputTokens: number,
  inputPricePer1M: number,
  outputTokens: number,
  outputPricePer1M: number,
): number => (inputTokens * inputPricePer1M + outputTokens * outputPricePer1M) / 1e6;

/** The spec's r = 1 − F/A: the share of the bill that disappears when F a month of API spend remains. */
export const reductionFromApiCostAfter = (apiCostAfter: number, apiMonthlyCost: number): number =>
  (1 - apiCostAfter / apiMonthlyCost) * 100;

/** Managed API after tuning: fewer tokens at a lower price compound (60 % and 60 % → 84 %). */
export const reductionFromTokenAndPrice = (
  tokenReductionPct: number,
  pricePerTokenReductionPct: number,
): number => (1 - (1 - tokenReductionPct / 100) * (1 - pricePerTokenReductionPct / 100)) * 100;

/** Each retry is a full extra call, so retries scale the cost by (1 + rate). */
export const qualityFactorFromRates = (
  completionBeforePct: number,
  completionAfterPct: number,
  retryBeforePct: number,
  retryAfterPct: number,
): number =>
  (completionAfterPct / completionBeforePct) * ((1 + retryBeforePct / 100) / (1 + retryAfterPct / 100)) * 100;

export const fineTuneCostFromGpuHours = (gpuHours: number, gpuHourlyRate: number, trainingRuns = 1): number =>
  gpuHours * gpuHourlyRate * trainingRuns;

/** Always-on serving is 24 × 30 = 720 hours, as the article counts a month. */
export const ALWAYS_ON_HOURS = 720;

export const gpuMonthlyCostFromRate = (
  inferenceHourlyRate: number,
  inferenceHoursPerMonth = ALWAYS_ON_HOURS,
): number => inferenceHourlyRate * inferenceHoursPerMonth;

/** The article's FAQ on fine-tuning time, on A100 80GB-class GPUs. Other pairs are not known. */
export const FAQ_FINE_TUNE_HOURS = {
  '7B:qlora': { lowHours: 2, highHours: 4, gpus: 1 },
  '70B:qlora': { lowHours: 8, highHours: 16, gpus: 1 },
  '70B:full': { lowHours: 24, highHours: 48, gpus: 8 },
} as const;

export type FaqKey = keyof typeof FAQ_FINE_TUNE_HOURS;

export function faqFineTuneCost(
  modelSize: string,
  method: string,
  gpuHourlyRate: number,
  trainingRuns = 1,
):
  | { low: number; point: number; high: number; gpus: number; lowHours: number; highHours: number }
  | undefined {
  const row = FAQ_FINE_TUNE_HOURS[`${modelSize}:${method}` as FaqKey];
  if (!row) return undefined;
  const cost = (hours: number) => hours * row.gpus * gpuHourlyRate * trainingRuns;
  return {
    low: cost(row.lowHours),
    point: cost((row.lowHours + row.highHours) / 2),
    high: cost(row.highHours),
    gpus: row.gpus,
    lowHours: row.lowHours,
    highHours: row.highHours,
  };
}

export interface CapacityInputs {
  servedTokensPerMonth: number;
  gpuTokensPerSecond: number;
  targetUtilizationPct: number;
  minReplicas: number;
  inferenceHourlyRate: number;
  inferenceHoursPerMonth: number;
}

/** GPUs needed to serve `volume` × the month-1 traffic at the target utilisation. */
export function servingCapacity(c: CapacityInputs, volume = 1) {
  const capacityPerGpu = c.gpuTokensPerSecond * 3600 * c.inferenceHoursPerMonth;
  const needed = Math.ceil(
    (c.servedTokensPerMonth * volume) / (capacityPerGpu * (c.targetUtilizationPct / 100)),
  );
  const gpusNeeded = Math.max(c.minReplicas, Number.isFinite(needed) ? needed : c.minReplicas);
  const gpuMonthlyCost = gpusNeeded * c.inferenceHourlyRate * c.inferenceHoursPerMonth;
  const achievedUtilizationPct =
    capacityPerGpu > 0 ? ((c.servedTokensPerMonth * volume) / (gpusNeeded * capacityPerGpu)) * 100 : 0;
  return { gpusNeeded, gpuMonthlyCost, achievedUtilizationPct };
}
