/**
 * How to use ftroi, in the words the help message and the Home tab share: the commands, the
 * inline grammar, every key from the FIELDS registry and the presets.
 */
import { FIELDS, type FieldSpec, PRESETS } from '../calculator/index.ts';

export const COMMAND_LINES: readonly string[] = [
  '• `/ftroi` opens the scenario form',
  '• `/ftroi preset customer-support` opens it prefilled from a preset; `/ftroi presets` lists them',
  '• `/ftroi api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80` calculates at once (a missing input opens the form with what you gave)',
  '• `/ftroi help` shows this help',
  '• Under a result: *Edit & re-run* · *Breakdown* (every formula) · *Sensitivity* (what swings ROI)',
  "• In a result's thread: `@ftroi what if gpu=500 reduction=40%` re-runs with changes; `@ftroi compare` puts every revision side by side",
];

export const GRAMMAR_LINES: readonly string[] = [
  '`key=value` pairs separated by spaces; keys are the spec names or their short aliases.',
  'Numbers: `15000`, `15,000`, `$15,000`, `15k`, `2.5M`; percentages `40` or `40%`; yes/no/true/false.',
  'A range `150..400` (or `150-400`) on a rangeable key runs a Monte Carlo. Quote text with spaces: `name="Support bot"`.',
  'Unknown keys and keys given twice are errors, never silently dropped.',
];

const REQUIRED_KEYS = new Set([
  'apiMonthlyCost',
  'fineTuneCost',
  'gpuMonthlyCost',
  'trainingExamples',
  'repetitive',
]);

/** The registry's groups, titled for people, in the order the help lists them. */
export const KEY_GROUPS: readonly { group: FieldSpec['group']; title: string }[] = [
  { group: 'core', title: 'Main inputs' },
  { group: 'verdict', title: 'Quick test' },
  { group: 'estimate-api', title: 'Estimate the API bill' },
  { group: 'estimate-reduction', title: 'Estimate the reduction' },
  { group: 'estimate-quality', title: 'Estimate the quality factor' },
  { group: 'estimate-fine-tune', title: 'Estimate the fine-tuning cost' },
  { group: 'estimate-serving', title: 'Estimate the GPU serving cost' },
  { group: 'horizon', title: 'Change over the horizon' },
  { group: 'capacity', title: 'Serving capacity from throughput' },
];

/** One key: what to type, its spec name, label, unit and an example. */
export function keyLine(field: FieldSpec): string {
  const typed =
    field.aliases.length > 0 ? field.aliases.map((a) => `\`${a}\``).join(', ') : `\`${field.key}\``;
  const spec = field.aliases.length > 0 ? ` (${field.key})` : '';
  const unit = field.unit ? `, ${field.unit}` : '';
  const choices = field.choices ? `: ${field.choices.join(' / ')}` : '';
  const required = REQUIRED_KEYS.has(field.key) ? ', *required*' : '';
  const range = field.rangeable ? ', range ok' : '';
  return `• ${typed}${spec}: ${field.label}${unit}${choices}${required}${range}; e.g. \`${field.example.replaceAll('"', '')}\``;
}

export function keyLines(groups: readonly FieldSpec['group'][] = KEY_GROUPS.map((g) => g.group)): string[] {
  return KEY_GROUPS.filter((g) => groups.includes(g.group)).flatMap(({ group, title }) => {
    const fields = FIELDS.filter((f) => f.group === group);
    return fields.length > 0 ? [`*${title}*`, ...fields.map(keyLine)] : [];
  });
}

export const presetLines = (): string[] => PRESETS.map((p) => `• \`${p.id}\`: ${p.description}`);
