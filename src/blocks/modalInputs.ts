/**
 * One modal input per scenario field: a plain_text_input for numbers (people type "15k", "$15,000",
 * "40%", which number_input would reject) or a static_select for yes/no and the cadence. block_id
 * and action_id are the field's spec key (ids.ts).
 */
import type { InputBlock, PlainTextInput, PlainTextOption, StaticSelect } from '@slack/types';
import { FIELD_BY_KEY, type FieldSpec, isRange, type Scenario } from '../calculator/index.ts';
import { inputActionId, inputBlockId } from './ids.ts';
import { plain } from './text.ts';

/** What each box is called and the typical value it suggests, in plain words. */
const COPY: Record<string, { label: string; hint: string }> = {
  name: { label: 'Scenario name', hint: 'The title of the result, e.g. Support bot.' },
  apiMonthlyCost: {
    label: 'API bill today (USD a month)',
    hint: 'What you pay the LLM API each month, e.g. 15000. Left empty, a model and its tokens from the price catalogue below estimate it.',
  },
  apiCostReductionPct: {
    label: 'Share of the API bill that disappears (%)',
    hint: 'About 95–100 when the tuned model replaces the API; 30–60 when it is still served through an API. Fill this or "API spend that remains", not both.',
  },
  apiCostAfter: {
    label: 'API spend that remains (USD a month)',
    hint: 'Instead of the share above: what you would still pay the API, e.g. 200. Fill one of the two, not both.',
  },
  fineTuneCost: {
    label: 'Fine-tuning compute, one-time (USD)',
    hint: 'e.g. 9.60: 4 hours of an A100 at $2.40/h tunes Mistral 7B with QLoRA. Left empty, a GPU and its hours from the price catalogue below estimate it.',
  },
  gpuMonthlyCost: {
    label: 'GPU cost of serving the tuned model (USD a month)',
    hint: 'e.g. 200. An always-on GPU costs its hourly rate × 720 hours. Left empty, a serving GPU from the price catalogue below estimates it.',
  },
  retrainMonthlyCost: {
    label: 'Continuous re-training (USD a month)',
    hint: 'Weekly re-training costs about 200 a month. Empty means none.',
  },
  qualityFactorPct: {
    label: 'Quality factor (%)',
    hint: "How much of the API's value the tuned model keeps: 100 = just as good; 80 = a fifth of the savings lost to weaker answers and retries.",
  },
  engineeringWeeks: {
    label: 'Engineering effort to set up and evaluate (weeks)',
    hint: 'e.g. 4. Empty means none.',
  },
  engineerHourlyRate: { label: 'Engineer cost, fully loaded (USD an hour)', hint: 'Typical: 200.' },
  trainingExamples: {
    label: 'Quality training examples you have',
    hint: 'e.g. 10000. Under 1,000 fine-tuning will not help; 5,000 or more counts as yes in the quick test.',
  },
  repetitive: {
    label: 'Is the use case repetitive?',
    hint: 'Support, code completion and document processing are repetitive.',
  },
  qualityBarPct: {
    label: 'Quality your users need (% of GPT-4-class)',
    hint: 'Typical: 90. At 90 or less the quick test says yes; 98 or more is a warning.',
  },
  taskChangeCadence: {
    label: 'How often the task changes',
    hint: 'A task that changes weekly makes a tuned model go stale.',
  },

  apiModel: {
    label: 'API model you pay for',
    hint: 'Its price per 1M tokens × the tokens below estimates the API bill, when that box is empty.',
  },
  inputTokensPerMonth: {
    label: 'Input tokens a month',
    hint: 'Prompt tokens sent to the API each month, e.g. 10M.',
  },
  outputTokensPerMonth: {
    label: 'Output tokens a month',
    hint: 'Tokens the API writes back each month, e.g. 2M.',
  },
  trainGpu: {
    label: 'Fine-tuning GPU',
    hint: 'Its hourly price × the hours below estimates the fine-tuning compute, when that box is empty.',
  },
  gpuHours: {
    label: 'Fine-tuning GPU hours',
    hint: 'e.g. 4: QLoRA on a 7B model takes 2–4 hours on one A100.',
  },
  serveGpu: {
    label: 'Serving GPU',
    hint: 'Its hourly price × the hours below estimates the GPU cost of serving, when that box is empty.',
  },
  inferenceHoursPerMonth: {
    label: 'Serving hours a month',
    hint: '720 = always on (the default when empty); e.g. 360 for business hours only.',
  },

  apiPriceChangePctPerYear: {
    label: 'API price change a year (%)',
    hint: 'e.g. -30: API prices have been falling; a fall shrinks what fine-tuning saves.',
  },
  gpuPriceChangePctPerYear: {
    label: 'GPU price change a year (%)',
    hint: 'e.g. -20: cheaper GPUs lower the serving and re-training costs.',
  },
  volumeGrowthPctPerYear: {
    label: 'Traffic growth a year (%)',
    hint: 'e.g. 50: more traffic grows the API bill you replace (and the serving fleet, with the capacity inputs).',
  },
  servedTokensPerMonth: {
    label: 'Tokens served a month',
    hint: 'e.g. 500M: all the tokens the tuned model would handle.',
  },
  gpuTokensPerSecond: {
    label: 'Sustained throughput of one GPU (tokens a second)',
    hint: 'e.g. 1500, as measured with your prompts and batch sizes.',
  },
  targetUtilizationPct: {
    label: 'Target utilisation (%)',
    hint: 'How busy you let each GPU get. Empty means 50.',
  },
  minReplicas: {
    label: 'Minimum replicas (GPUs)',
    hint: 'Kept running even when idle. Empty means 1.',
  },
  inferenceHourlyRate: {
    label: 'Serving GPU rate (USD an hour)',
    hint: 'Your own hourly price, instead of a serving GPU from the catalogue, e.g. 0.79.',
  },
  modelSize: {
    label: 'Model size',
    hint: 'The FAQ knows 7B with QLoRA (2–4 h), 70B with QLoRA (8–16 h) and 70B full (24–48 h on 8 GPUs).',
  },
  method: {
    label: 'Fine-tuning method',
    hint: 'QLoRA trains small adapters on one GPU; full fine-tuning trains every weight.',
  },
  trainingRuns: {
    label: 'Fine-tuning runs',
    hint: 'Runs you expect before one is good enough. Empty means 1.',
  },
  gpuHourlyRate: {
    label: 'Fine-tuning GPU rate (USD an hour)',
    hint: 'Your own hourly price, instead of a fine-tuning GPU from the catalogue, e.g. 2.40.',
  },
};

/** A range example in the field's own scale: 150..400 dollars would read oddly as percentages. */
const RANGE_EXAMPLE: Record<string, string> = { money: '150..400', percent: '40..60', number: '2..6' };

/** The forms the parser accepts, added to every hint so nobody has to guess. */
function acceptedForms(field: FieldSpec): string {
  // A yearly change may fall: its examples are negative, as people will type them.
  const signed = field.kind === 'percent' && (field.min ?? 0) < 0;
  const example = signed ? '-40..-10' : (RANGE_EXAMPLE[field.kind] ?? '2..6');
  const range = field.rangeable ? `; a range such as ${example} runs a Monte Carlo` : '';
  switch (field.kind) {
    case 'money':
      return `Accepts 15000, 15,000, $15,000, 15k or 2.5M${range}.`;
    case 'percent':
      return signed ? `Accepts -30 or -30%${range}.` : `Accepts 40 or 40%${range}.`;
    case 'integer':
      return 'Accepts 10000, 10,000 or 10k.';
    case 'number':
      return field.unit === 'tokens'
        ? `Accepts 10000000, 10,000,000, 10M or 2.5B${range}.`
        : `Accepts 4 or 2.5${range}.`;
    default:
      return '';
  }
}

/** The label a field's box carries; also used to name it in error messages. */
export const inputLabel = (key: string): string => COPY[key]?.label ?? FIELD_BY_KEY.get(key)?.label ?? key;

/** The hint under a field's box, without the accepted forms number boxes add. */
export const inputHint = (key: string): string => COPY[key]?.hint ?? '';

/** Numbers exactly as JavaScript prints them: `String` round-trips every double through the parser. */
function formatNumberPlainly(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** A scenario value as the user would type it: `15000`, `9.6`, `150..400`, `yes`. Undefined when not shown. */
export function formatInitialValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumberPlainly(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (isRange(value as never)) {
    const { low, high, mode } = value as { low: unknown; high: unknown; mode?: unknown };
    // The most likely value travels in the middle, so Edit & re-run keeps it.
    const middle = typeof mode === 'number' ? `${formatNumberPlainly(mode)}..` : '';
    if (typeof low === 'number' && typeof high === 'number')
      return `${formatNumberPlainly(low)}..${middle}${formatNumberPlainly(high)}`;
  }
  return undefined;
}

/** The choices of the yes/no and cadence selects, in the words people use. */
const OPTION_TEXT: Record<string, Record<string, string>> = {
  repetitive: { yes: 'Yes: the same kind of request again and again', no: 'No: varied or one-off work' },
  modelSize: { '7B': '7B (e.g. Mistral 7B)', '70B': '70B (e.g. Llama 3 70B)' },
  method: { qlora: 'QLoRA: adapters on one GPU', full: 'Full fine-tuning: every weight' },
  taskChangeCadence: {
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    stable: 'Stable: rarely changes',
  },
};

export function selectOptions(field: FieldSpec): PlainTextOption[] {
  const values = field.kind === 'boolean' ? ['yes', 'no'] : [...(field.choices ?? [])];
  return values.map((value) => ({ text: plain(OPTION_TEXT[field.key]?.[value] ?? value, 75), value }));
}

export interface FieldInputOptions {
  /** The prefill; undefined leaves the box empty. */
  initial?: unknown;
  optional: boolean;
}

/** An input block for one scenario field: label and hint in plain words, prefilled with `initial`. */
export function fieldInput(key: string, { initial, optional }: FieldInputOptions): InputBlock {
  const field = FIELD_BY_KEY.get(key);
  if (!field) throw new Error(`fieldInput: "${key}" is not a scenario field`);
  const copy = COPY[key] ?? { label: field.label, hint: '' };
  const forms = acceptedForms(field);
  const hint = [copy.hint, forms].filter(Boolean).join(' ');
  const typed = formatInitialValue(initial);
  // Slack rejects a view whose initial_value is longer than the element's max_length.
  const value = typed !== undefined && field.kind === 'text' && field.max ? typed.slice(0, field.max) : typed;
  const element: PlainTextInput | StaticSelect =
    field.kind === 'boolean' || field.kind === 'choice'
      ? selectElement(field, value)
      : {
          type: 'plain_text_input',
          action_id: inputActionId(key),
          placeholder: plain(`e.g. ${field.example.replaceAll('"', '')}`, 150),
          ...(field.kind === 'text' && field.max ? { max_length: field.max } : {}),
          ...(value !== undefined && value !== '' ? { initial_value: value } : {}),
        };
  return {
    type: 'input',
    block_id: inputBlockId(key),
    label: plain(copy.label, 2000),
    ...(hint ? { hint: plain(hint, 2000) } : {}),
    optional,
    element,
  };
}

function selectElement(field: FieldSpec, value: string | undefined): StaticSelect {
  const options = selectOptions(field);
  const initial = options.find((o) => o.value?.toLowerCase() === value?.toLowerCase());
  return {
    type: 'static_select',
    action_id: inputActionId(field.key),
    placeholder: plain('Choose…', 150),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

/** Quotes a text value for the key=value box when it holds spaces or quotes of its own. */
function quoteInline(value: string): string {
  if (value !== '' && !/[\s"'“”]/.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `“${value.replaceAll('”', '"')}”`;
}

/** Scenario values as `alias=value` pairs, the inline grammar the "More inputs" box reads back. */
export function inlinePairs(scenario: Scenario, keys: readonly string[]): string {
  const values = scenario as Record<string, unknown>;
  return keys
    .flatMap((key) => {
      const field = FIELD_BY_KEY.get(key);
      const text = formatInitialValue(values[key]);
      if (!field || text === undefined) return [];
      const name = field.aliases[0] ?? key;
      return [`${name}=${field.kind === 'text' || field.kind === 'date' ? quoteInline(text) : text}`];
    })
    .join(' ');
}
