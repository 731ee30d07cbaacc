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
    hint: 'What you pay the LLM API each month, e.g. 15000.',
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
    hint: 'e.g. 9.60: 4 hours of an A100 at $2.40/h tunes Mistral 7B with QLoRA.',
  },
  gpuMonthlyCost: {
    label: 'GPU cost of serving the tuned model (USD a month)',
    hint: 'e.g. 200. An always-on GPU costs its hourly rate × 720 hours.',
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
};

/** A range example in the field's own scale: 150..400 dollars would read oddly as percentages. */
const RANGE_EXAMPLE: Record<string, string> = { money: '150..400', percent: '40..60', number: '2..6' };

/** The forms the parser accepts, added to every hint so nobody has to guess. */
function acceptedForms(field: FieldSpec): string {
  const range = field.rangeable
    ? `; a range such as ${RANGE_EXAMPLE[field.kind] ?? '2..6'} runs a Monte Carlo`
    : '';
  switch (field.kind) {
    case 'money':
      return `Accepts 15000, 15,000, $15,000, 15k or 2.5M${range}.`;
    case 'percent':
      return `Accepts 40 or 40%${range}.`;
    case 'integer':
      return 'Accepts 10000, 10,000 or 10k.';
    case 'number':
      return `Accepts 4 or 2.5${range}.`;
    default:
      return '';
  }
}

/** The label a field's box carries; also used to name it in error messages. */
export const inputLabel = (key: string): string => COPY[key]?.label ?? FIELD_BY_KEY.get(key)?.label ?? key;

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
    const { low, high } = value as { low: unknown; high: unknown };
    if (typeof low === 'number' && typeof high === 'number')
      return `${formatNumberPlainly(low)}..${formatNumberPlainly(high)}`;
  }
  return undefined;
}

/** The choices of the yes/no and cadence selects, in the words people use. */
const OPTION_TEXT: Record<string, Record<string, string>> = {
  repetitive: { yes: 'Yes: the same kind of request again and again', no: 'No: varied or one-off work' },
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
  const initial = options.find((o) => o.value === value?.toLowerCase());
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
