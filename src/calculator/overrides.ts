import type { Scenario, ScenarioKey } from './scenario.ts';

/** Each input's alternatives: the direct value first, then the keys that estimate it. */
const ALTERNATIVES: readonly (readonly ScenarioKey[])[] = [
  [
    'apiMonthlyCost',
    'apiModel',
    'inputTokensPerMonth',
    'outputTokensPerMonth',
    'inputPricePer1M',
    'outputPricePer1M',
  ],
  ['apiCostReductionPct', 'apiCostAfter', 'tokenReductionPct', 'pricePerTokenReductionPct'],
  ['qualityFactorPct', 'completionBeforePct', 'completionAfterPct', 'retryBeforePct', 'retryAfterPct'],
  ['fineTuneCost', 'trainGpu', 'gpuHours', 'gpuHourlyRate', 'modelSize', 'method', 'trainingRuns'],
  [
    'gpuMonthlyCost',
    'serveGpu',
    'inferenceHourlyRate',
    'inferenceHoursPerMonth',
    'servedTokensPerMonth',
    'gpuTokensPerSecond',
    'targetUtilizationPct',
    'minReplicas',
  ],
];

/** The reduction has two direct forms; either replaces the other. */
const DIRECT = new Set<ScenarioKey>([
  'apiMonthlyCost',
  'apiCostReductionPct',
  'apiCostAfter',
  'qualityFactorPct',
  'fineTuneCost',
  'gpuMonthlyCost',
]);

/**
 * Applies "what if" overrides to a base scenario. A direct value (gpu=500) replaces that input's
 * estimators in the base, and an estimator (serve_gpu=…) replaces the base's direct value, so an
 * override never collides with the alternative the original happened to use.
 */
export function applyOverrides(base: Scenario, overrides: Scenario): Scenario {
  const next: Record<string, unknown> = { ...base };
  for (const group of ALTERNATIVES) {
    const given = group.filter((k) => overrides[k] !== undefined);
    if (given.length === 0) continue;
    const direct = given.some((k) => DIRECT.has(k));
    for (const key of group) {
      if (given.includes(key)) continue;
      if (direct || DIRECT.has(key)) delete next[key];
    }
  }
  return { ...(next as Scenario), ...overrides };
}
