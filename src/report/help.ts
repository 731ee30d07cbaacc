import type { FieldGroup } from '../calculator/fields.ts';
import {
  emptyPriceBook,
  FIELDS,
  type FieldSpec,
  PRESET_IDS,
  type ResolvedScenario,
  resolveScenario,
} from '../calculator/index.ts';
import { BOOLEAN_FORMS, NUMBER_FORMS, RANGE_FORMS } from '../calculator/values.ts';
import { columns } from './table.ts';

const GROUP_TITLES: Record<FieldGroup, string> = {
  core: 'The scenario',
  verdict: 'For the verdict',
  'estimate-api': 'Instead of api: estimate the bill from tokens',
  'estimate-reduction': 'Instead of reduction: a managed API after tuning',
  'estimate-quality': 'Instead of quality: completion and retry rates',
  'estimate-fine-tune': 'Instead of ft: GPU hours, or the FAQ estimate',
  'estimate-serving': 'Instead of gpu: an hourly serving rate',
  horizon: 'Change over the horizon',
  capacity: 'Instead of gpu: serving capacity from throughput',
};

// Asking the model itself which inputs an empty scenario lacks keeps "required" defined in one place.
const missing = resolveScenario({}, emptyPriceBook);
const REQUIRED = new Set(missing.ok ? [] : missing.error.map((issue) => issue.field));

// Likewise the defaults: resolve the smallest complete scenario and read back what the model filled in.
const MINIMAL = {
  apiMonthlyCost: 1,
  fineTuneCost: 0,
  gpuMonthlyCost: 0,
  trainingExamples: 0,
  repetitive: false,
};
const minimal = resolveScenario(MINIMAL, emptyPriceBook);
const resolvedDefaults: Partial<ResolvedScenario> = minimal.ok ? minimal.value : {};

function defaultOf(field: FieldSpec): string | undefined {
  if (field.key in MINIMAL || field.kind === 'text') return undefined;
  // The resolved scenario names the reduction by what it is after every alternative is applied.
  const key = field.key === 'apiCostReductionPct' ? 'reductionPct' : field.key;
  const value = (resolvedDefaults as Record<string, unknown>)[key];
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  return `default ${value}${field.unit === '%' ? '%' : ''}`;
}

function fieldRow(field: FieldSpec): string[] {
  const names = [...field.aliases, field.key].join(', ');
  const choices = field.kind === 'choice' ? `: ${(field.choices ?? []).join(', ')}` : '';
  const notes = [
    `e.g. ${field.example}`,
    REQUIRED.has(field.key) ? 'required' : defaultOf(field),
    field.rangeable ? 'range ok' : undefined,
  ].filter(Boolean);
  return [names, field.unit, `${field.label}${choices}; ${notes.join('; ')}`];
}

function keysSection(): string[] {
  return (Object.keys(GROUP_TITLES) as FieldGroup[]).flatMap((group) => {
    const fields = FIELDS.filter((f) => f.group === group);
    return fields.length === 0 ? [] : ['', `${GROUP_TITLES[group]}:`, ...columns(fields.map(fieldRow))];
  });
}

const USAGE = [
  ['ftroi key=value …', 'analyse a scenario'],
  ['ftroi --preset NAME [key=value …]', "one of the article's worked examples, with overrides"],
  ['ftroi --scenario FILE [key=value …]', 'a JSON scenario, or an array of them (FILE - reads stdin)'],
  ['ftroi presets [--json]', 'list the presets'],
  ['ftroi prices [--json]', 'list the GPU and API price catalogue (PRICING_FILE merged over it)'],
  ['ftroi help', 'this text'],
];

/** `ftroi help`: the grammar, every key from the FIELDS registry, presets and exit codes. */
export function renderHelp(): string {
  return [
    'ftroi: should we fine-tune an open model on rented GPUs instead of paying our LLM API bill?',
    '',
    'Usage:',
    ...columns(USAGE),
    '',
    'Options:',
    ...columns([
      ['--json', 'print the analysis object (the spec field names, numbers at full precision)'],
      ['--preset NAME', `start from a preset: ${PRESET_IDS.slice(0, 3).join(', ')}, … (ftroi presets)`],
      ['--scenario FILE', 'JSON with the spec input names; prints one analysis or an array, in order'],
      ['-h, --help', 'this text'],
    ]),
    '',
    'Values:',
    `  numbers as ${NUMBER_FORMS}; yes/no as ${BOOLEAN_FORMS};`,
    `  inputs marked "range ok" also take ${RANGE_FORMS}.`,
    '  Keys ignore case; quote a value with spaces: name="Support bot".',
    ...keysSection(),
    '',
    'Examples:',
    '  ftroi api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80',
    '  ftroi --preset low-volume-legal quality=85%',
    '  ftroi --json --scenario scenarios.json',
    '',
    'Exit codes: 0 done; 2 bad or incomplete input (one line per problem, naming the key); 1 unexpected error.',
    '',
  ].join('\n');
}
