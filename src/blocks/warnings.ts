/**
 * Each warning id from the calculator as a plain sentence: the article's "when fine-tuning ROI is
 * negative", with the user's own numbers so the reader sees why it applies.
 */
import { type Analysis, TARGETS, type WarningId } from '../calculator/index.ts';
import { formatNumber, formatPct, formatUsd } from '../format.ts';

/** The spec's data-scarcity wording: under 1,000 examples fine-tuning will not help at all. */
export const TOO_FEW_EXAMPLES = 1000;

type Sentence = (a: Analysis) => string;

export const WARNING_SENTENCES: Record<WarningId, Sentence> = {
  'low-volume': (a) =>
    `*Low volume:* an API bill of ${formatUsd(a.inputs.apiMonthlyCost)} a month (under $2,000) rarely pays for GPUs, set-up and upkeep.`,
  'rapidly-evolving': () =>
    '*Rapidly evolving task:* it changes weekly, so a tuned model goes stale fast; budget for re-training (retrain=) or stay on the API.',
  'high-quality-bar': (a) =>
    `*High quality bar:* users need ${formatPct(a.inputs.qualityBarPct)} of GPT-4-class quality; a fine-tuned open model rarely gets that close.`,
  'one-off': () =>
    '*One-off task:* the use case is not repetitive; fine-tuning pays off on repetitive work (support, code completion, documents).',
  'data-scarcity': (a) =>
    a.inputs.trainingExamples < TOO_FEW_EXAMPLES
      ? `*Data scarcity:* ${formatNumber(a.inputs.trainingExamples)} quality examples; under 1,000, fine-tuning will not help.`
      : `*Data scarcity:* ${formatNumber(a.inputs.trainingExamples)} quality examples; 5,000–10,000 are needed for a tuned model to match the API.`,
  'engineering-dominated': (a) =>
    `*Engineering dominates:* ${formatUsd(a.engineeringCost)} of engineering is more than the first year's net savings (${formatUsd(a.firstYearNetSavings)}).`,
  'long-break-even': (a) =>
    a.breakEvenMonths === null
      ? '*Never pays back:* the GPU path does not save enough each month to recover the upfront cost.'
      : `*Long break-even:* ${formatNumber(Math.round(a.breakEvenMonths * 10) / 10)} months, over 12; the outcome is uncertain (target: under ${TARGETS.breakEvenMonths}).`,
  'idle-capacity': (a) =>
    `*Idle capacity:* the serving GPUs would run at ${formatPct(a.achievedUtilizationPct ?? 0)} utilisation (under 10%); you would pay for mostly idle GPUs.`,
  'stale-price': () =>
    '*Stale prices:* a catalogue price used here is more than 90 days old; check it (as-of dates below).',
};

export const warningLines = (a: Analysis): string[] =>
  a.warnings.map((id) => `:warning: ${WARNING_SENTENCES[id]?.(a) ?? id}`);
