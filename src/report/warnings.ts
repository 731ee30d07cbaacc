import type { Analysis, WarningId } from '../calculator/index.ts';
import { formatMonths, formatNumber, formatPct, formatUsd } from '../format.ts';

/**
 * The article's "when fine-tuning ROI is negative", one sentence per warning id, with the user's own
 * numbers. A Record over WarningId, so a warning added to the model fails to compile until it has words.
 */
const WARNING_TEXT: Record<WarningId, (a: Analysis) => string> = {
  'low-volume': (a) =>
    `Low volume: an API bill of ${formatUsd(a.inputs.apiMonthlyCost)}/month is under $2,000; engineering time makes the payback too long.`,
  'rapidly-evolving': () =>
    'Rapidly evolving task: a task that changes weekly makes a fine-tuned model stale too quickly.',
  'high-quality-bar': (a) =>
    `High quality bar: users need ${formatPct(a.inputs.qualityBarPct)} of GPT-4-class quality; a tuned small model will disappoint. Tune for the queries that do not need frontier quality.`,
  'one-off': () =>
    'One-off task: fine-tuning pays back only for repeated, stable workloads; for one-off work the API is fine.',
  'data-scarcity': (a) =>
    a.inputs.trainingExamples < 1000
      ? `Data scarcity: with ${formatNumber(a.inputs.trainingExamples)} quality examples (under 1,000) fine-tuning will not improve the model meaningfully.`
      : `Data scarcity: ${formatNumber(a.inputs.trainingExamples)} quality examples is fewer than the 5,000–10,000 a meaningful improvement needs.`,
  'engineering-dominated': (a) =>
    `Engineering-dominated: ${formatUsd(a.engineeringCost)} of engineering is more than the first year's net savings (${formatUsd(a.firstYearNetSavings)}).`,
  'long-break-even': (a) =>
    a.breakEvenMonths === null
      ? 'Never pays back: the fine-tuned path does not recover its cost.'
      : `Long break-even: ${formatMonths(a.breakEvenMonths)}. Beyond 12 months the bet is uncertain: models improve and API prices fall.`,
  'idle-capacity': (a) =>
    `Idle capacity: the serving GPUs would run at ${formatPct(a.achievedUtilizationPct ?? 0)} utilisation (under 10 %); a smaller GPU or fewer hours may do.`,
  'stale-price': (a) =>
    `Stale price: a catalogue figure used here is over 90 days old (used: ${a.inputs.pricesUsed
      .filter((p) => p.used)
      .map((p) => `${p.id} as of ${p.asOf}`)
      .join(', ')}); check the provider's current price.`,
};

export const warningText = (id: WarningId, analysis: Analysis): string => WARNING_TEXT[id](analysis);
