/** Analyses and text helpers shared by the renderer tests. */
import { type Analysis, evaluate, findPreset, type Scenario } from '../../src/calculator/index.ts';

/** The day every test scenario starts: break-even dates are pinned against it. */
export const TODAY = new Date('2026-12-04');

/** `samples` lowers the Monte Carlo's 10,000 draws where a test renders dozens of ranged scenarios. */
export function analysisOf(scenario: Scenario, samples?: number): Analysis {
  const result = evaluate(scenario, { today: TODAY, ...(samples ? { samples } : {}) });
  if (!result.ok) throw new Error(`scenario does not evaluate: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function presetScenario(id: string): Scenario {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.scenario;
}

export const presetAnalysis = (id: string): Analysis => analysisOf(presetScenario(id));

/** Every string in a payload, depth first: what a reader of the rendered surface would see. */
export function allText(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  if (Array.isArray(payload)) return payload.map(allText).join('\n');
  if (typeof payload === 'object' && payload !== null) return Object.values(payload).map(allText).join('\n');
  return '';
}

/** Slack shows mrkdwn entities as the characters they stand for. */
export const unescapeMrkdwn = (text: string): string =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** How often a verdict word stands on its own: "NO-GO" is one word, not "NO-" plus "GO". */
export const verdictWords = (text: string): string[] => text.match(/(?<![\w-])(?:NO-GO|GO)(?![\w-])/g) ?? [];

/** The extremes every renderer must survive within Slack's limits. */
export const EXTREME_SCENARIOS: Record<string, Scenario> = {
  'a $1e9 bill': {
    name: 'Billion',
    apiMonthlyCost: 1e9,
    gpuMonthlyCost: 200,
    fineTuneCost: 9.6,
    trainingExamples: 1e12,
    repetitive: true,
  },
  'every cost at its maximum, drifting': {
    apiMonthlyCost: 1e9,
    gpuMonthlyCost: 1e9,
    fineTuneCost: 1e9,
    retrainMonthlyCost: 1e9,
    engineeringWeeks: 520,
    engineerHourlyRate: 1e5,
    trainingExamples: 0,
    repetitive: false,
    qualityBarPct: 100,
    taskChangeCadence: 'weekly',
    apiPriceChangePctPerYear: { low: -90, high: 300 },
    gpuPriceChangePctPerYear: 300,
    volumeGrowthPctPerYear: 300,
  },
  'all-zero costs': {
    apiMonthlyCost: 1000,
    gpuMonthlyCost: 0,
    fineTuneCost: 0,
    trainingExamples: 0,
    repetitive: false,
  },
  'nothing saved': {
    apiMonthlyCost: 1000,
    apiCostReductionPct: 0,
    gpuMonthlyCost: 0,
    fineTuneCost: 0,
    trainingExamples: 999,
    repetitive: true,
  },
  'a GPU range': { ...presetScenario('customer-support'), gpuMonthlyCost: { low: 150, high: 400 } },
  'every range': {
    name: 'Ranges',
    apiMonthlyCost: { low: 1000, high: 20_000, mode: 15_000 },
    apiCostReductionPct: { low: 10, high: 100 },
    qualityFactorPct: { low: 50, high: 150 },
    fineTuneCost: { low: 1, high: 100_000 },
    gpuMonthlyCost: { low: 150, high: 400 },
    engineeringWeeks: { low: 0, high: 520 },
    volumeGrowthPctPerYear: { low: -90, high: 300 },
    trainingExamples: 3000,
    repetitive: true,
  },
};
