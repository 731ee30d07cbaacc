import type { Scenario } from './scenario.ts';

export interface Preset {
  id: string;
  description: string;
  scenario: Scenario;
  /** Where the article printed a different figure: what it printed and why ours differs. */
  articleDiscrepancy?: string;
}

/** The spec's worked examples. Their figures are pinned by tests; the article's own are noted. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'core-formula',
    description:
      "The article's core formula: $10,000/month of API replaced by $1,000/month of GPU after a $500 run.",
    scenario: {
      name: 'Core formula',
      apiMonthlyCost: 10_000,
      gpuMonthlyCost: 1_000,
      fineTuneCost: 500,
      trainingExamples: 0,
      repetitive: false,
      qualityBarPct: 90,
    },
    articleDiscrepancy:
      'The article prints 764 % year-1 ROI: it subtracts the GPU cost twice (from the savings and again in the costs). Savings $120,000 against $12,500 of cost is 860.0 %.',
  },
  {
    id: 'customer-support',
    description:
      'Support automation: a $15,000/month GPT-4 bill, Mistral 7B tuned on 10,000 tickets for $9.60.',
    scenario: {
      name: 'Customer support',
      apiMonthlyCost: 15_000,
      apiCostAfter: 200,
      gpuMonthlyCost: 200,
      fineTuneCost: 9.6,
      trainingExamples: 10_000,
      repetitive: true,
      qualityBarPct: 80,
    },
    articleDiscrepancy:
      "The article's $14,600 a month is right; its 7,167 % year-1 ROI counts the GPU cost twice. $177,600 of API savings against $2,409.60 of cost is 7,270.5 %.",
  },
  {
    id: 'code-generation',
    description: 'A DevTools team: $8,000/month of code completions moved to Code Llama 7B.',
    scenario: {
      name: 'Code generation',
      apiMonthlyCost: 8_000,
      apiCostAfter: 200,
      gpuMonthlyCost: 300,
      fineTuneCost: 50,
      trainingExamples: 50_000,
      repetitive: true,
      qualityBarPct: 90,
    },
  },
  {
    id: 'low-volume-legal',
    description:
      'The failure case: a $500/month niche legal task where a 7B model reaches 70 % of GPT-4 quality.',
    scenario: {
      name: 'Low-volume legal',
      apiMonthlyCost: 500,
      qualityFactorPct: 70,
      gpuMonthlyCost: 200,
      fineTuneCost: 500,
      trainingExamples: 2_000,
      repetitive: true,
      qualityBarPct: 95,
    },
    articleDiscrepancy:
      "The article's $150 a month and 3.3-month break-even are right; its 260 % year-1 ROI divides by the upfront cost only. $4,200 of savings against $2,900 of cost is 44.8 %.",
  },
  {
    id: 'quick-answer',
    description: 'The quick answer: a free fine-tune that cuts $2,000/month for $500/month of GPU.',
    scenario: {
      name: 'Quick answer',
      apiMonthlyCost: 2_000,
      gpuMonthlyCost: 500,
      fineTuneCost: 0,
      trainingExamples: 0,
      repetitive: false,
      qualityBarPct: 90,
    },
  },
  {
    id: 'with-engineering',
    description:
      "The core formula plus the article's 4 weeks of engineering at $200/hour ($32,000 of labour).",
    scenario: {
      name: 'With engineering',
      apiMonthlyCost: 10_000,
      gpuMonthlyCost: 1_000,
      fineTuneCost: 500,
      engineeringWeeks: 4,
      engineerHourlyRate: 200,
      trainingExamples: 0,
      repetitive: false,
      qualityBarPct: 90,
    },
  },
];

export const PRESET_IDS = PRESETS.map((p) => p.id);

export const findPreset = (id: string): Preset | undefined =>
  PRESETS.find((p) => p.id === id.trim().toLowerCase());
