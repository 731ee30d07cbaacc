/**
 * The registry of every scenario input: its spec name, short aliases, unit, limits and help text.
 * The schema, the inline parser, the modal, the CLI help and the error messages all read it, so a
 * key is named and bounded in exactly one place.
 */
export type FieldKind = 'money' | 'percent' | 'number' | 'integer' | 'boolean' | 'choice' | 'text' | 'date';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: string;
  unit: string;
  aliases: readonly string[];
  min?: number;
  /** `min` itself is not allowed (the spec's "> 0"). */
  minExclusive?: boolean;
  max?: number;
  choices?: readonly string[];
  /** May be given as low..high for the Monte Carlo. */
  rangeable?: boolean;
  example: string;
  group: FieldGroup;
}

export type FieldGroup =
  | 'core'
  | 'estimate-api'
  | 'estimate-reduction'
  | 'estimate-quality'
  | 'estimate-fine-tune'
  | 'estimate-serving'
  | 'verdict'
  | 'horizon'
  | 'capacity';

const money = (
  key: string,
  label: string,
  aliases: string[],
  extra: Partial<FieldSpec> & Pick<FieldSpec, 'group' | 'example'>,
): FieldSpec => ({ key, kind: 'money', label, unit: 'USD', aliases, min: 0, max: 1e9, ...extra });

const percent = (
  key: string,
  label: string,
  aliases: string[],
  extra: Partial<FieldSpec> & Pick<FieldSpec, 'group' | 'example'>,
): FieldSpec => ({ key, kind: 'percent', label, unit: '%', aliases, min: 0, max: 100, ...extra });

export const FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    kind: 'text',
    label: 'Scenario name',
    unit: '',
    aliases: [],
    max: 150,
    example: '"Support bot"',
    group: 'core',
  },
  money('apiMonthlyCost', 'API bill today', ['api'], {
    unit: 'USD/month',
    minExclusive: true,
    rangeable: true,
    example: '15k',
    group: 'core',
  }),
  percent('apiCostReductionPct', 'Share of the API bill that disappears', ['reduction'], {
    rangeable: true,
    example: '95%',
    group: 'core',
  }),
  money('apiCostAfter', 'API spend that remains (fallback)', ['after'], {
    unit: 'USD/month',
    example: '200',
    group: 'core',
  }),
  percent('qualityFactorPct', 'Quality adjustment factor', ['quality'], {
    min: 0,
    minExclusive: true,
    max: 200,
    rangeable: true,
    example: '90%',
    group: 'core',
  }),
  money('fineTuneCost', 'Fine-tuning compute (one-time)', ['ft'], {
    rangeable: true,
    example: '9.60',
    group: 'core',
  }),
  money('gpuMonthlyCost', 'GPU serving cost', ['gpu'], {
    unit: 'USD/month',
    rangeable: true,
    example: '200',
    group: 'core',
  }),
  money('retrainMonthlyCost', 'Continuous re-training', ['retrain'], {
    unit: 'USD/month',
    example: '200',
    group: 'core',
  }),
  {
    key: 'engineeringWeeks',
    kind: 'number',
    label: 'Engineering effort',
    unit: 'weeks',
    aliases: ['weeks'],
    min: 0,
    max: 520,
    rangeable: true,
    example: '4',
    group: 'core',
  },
  money('engineerHourlyRate', 'Engineer cost, fully loaded', ['rate'], {
    unit: 'USD/hour',
    max: 1e5,
    example: '200',
    group: 'core',
  }),

  {
    key: 'trainingExamples',
    kind: 'integer',
    label: 'Quality training examples',
    unit: 'examples',
    aliases: ['examples'],
    min: 0,
    max: 1e12,
    example: '10k',
    group: 'verdict',
  },
  {
    key: 'repetitive',
    kind: 'boolean',
    label: 'Repetitive use case',
    unit: 'yes/no',
    aliases: [],
    example: 'yes',
    group: 'verdict',
  },
  percent('qualityBarPct', 'Quality the users need (share of GPT-4-class)', ['bar'], {
    min: 1,
    example: '80%',
    group: 'verdict',
  }),
  {
    key: 'taskChangeCadence',
    kind: 'choice',
    label: 'How often the task changes',
    unit: '',
    aliases: ['cadence'],
    choices: ['weekly', 'monthly', 'quarterly', 'stable'],
    example: 'stable',
    group: 'verdict',
  },

  {
    key: 'apiModel',
    kind: 'text',
    label: 'API model (price catalogue id)',
    unit: '',
    aliases: ['model'],
    max: 80,
    example: 'gpt-4o',
    group: 'estimate-api',
  },
  {
    key: 'inputTokensPerMonth',
    kind: 'number',
    label: 'Input tokens a month',
    unit: 'tokens',
    aliases: ['tokens_in'],
    min: 0,
    max: 1e15,
    example: '10M',
    group: 'estimate-api',
  },
  {
    key: 'outputTokensPerMonth',
    kind: 'number',
    label: 'Output tokens a month',
    unit: 'tokens',
    aliases: ['tokens_out'],
    min: 0,
    max: 1e15,
    example: '2M',
    group: 'estimate-api',
  },
  money('inputPricePer1M', 'Input price', ['price_in'], {
    unit: 'USD/1M tokens',
    max: 1e4,
    example: '2.50',
    group: 'estimate-api',
  }),
  money('outputPricePer1M', 'Output price', ['price_out'], {
    unit: 'USD/1M tokens',
    max: 1e4,
    example: '10',
    group: 'estimate-api',
  }),

  percent('tokenReductionPct', 'Fewer tokens after tuning', ['token_reduction'], {
    example: '60%',
    group: 'estimate-reduction',
  }),
  percent('pricePerTokenReductionPct', 'Lower price per token after tuning', ['price_reduction'], {
    example: '60%',
    group: 'estimate-reduction',
  }),

  percent('completionBeforePct', 'Task completion before', [], {
    min: 1,
    example: '95%',
    group: 'estimate-quality',
  }),
  percent('completionAfterPct', 'Task completion after', [], {
    min: 1,
    example: '90%',
    group: 'estimate-quality',
  }),
  percent('retryBeforePct', 'Retry rate before', [], { example: '20%', group: 'estimate-quality' }),
  percent('retryAfterPct', 'Retry rate after', [], { example: '5%', group: 'estimate-quality' }),

  {
    key: 'trainGpu',
    kind: 'text',
    label: 'Fine-tuning GPU (price catalogue id)',
    unit: '',
    aliases: ['train_gpu'],
    max: 80,
    example: 'runpod:a100-80gb',
    group: 'estimate-fine-tune',
  },
  {
    key: 'gpuHours',
    kind: 'number',
    label: 'Fine-tuning GPU hours',
    unit: 'GPU-hours',
    aliases: ['train_hours'],
    min: 0,
    max: 1e7,
    example: '4',
    group: 'estimate-fine-tune',
  },
  money('gpuHourlyRate', 'Fine-tuning GPU rate', ['train_rate'], {
    unit: 'USD/GPU-hour',
    max: 1e4,
    rangeable: true,
    example: '2.40',
    group: 'estimate-fine-tune',
  }),
  {
    key: 'modelSize',
    kind: 'choice',
    label: 'Model size (FAQ estimate)',
    unit: '',
    aliases: ['size'],
    choices: ['7B', '70B'],
    example: '7B',
    group: 'estimate-fine-tune',
  },
  {
    key: 'method',
    kind: 'choice',
    label: 'Fine-tuning method (FAQ estimate)',
    unit: '',
    aliases: [],
    choices: ['qlora', 'full'],
    example: 'qlora',
    group: 'estimate-fine-tune',
  },
  {
    key: 'trainingRuns',
    kind: 'integer',
    label: 'Fine-tuning runs',
    unit: 'runs',
    aliases: ['runs'],
    min: 1,
    max: 1e4,
    example: '1',
    group: 'estimate-fine-tune',
  },

  {
    key: 'serveGpu',
    kind: 'text',
    label: 'Serving GPU (price catalogue id)',
    unit: '',
    aliases: ['serve_gpu'],
    max: 80,
    example: 'runpod:l40s',
    group: 'estimate-serving',
  },
  money('inferenceHourlyRate', 'Serving GPU rate', ['serve_rate'], {
    unit: 'USD/GPU-hour',
    max: 1e4,
    rangeable: true,
    example: '0.28',
    group: 'estimate-serving',
  }),
  {
    key: 'inferenceHoursPerMonth',
    kind: 'number',
    label: 'Serving hours a month',
    unit: 'hours',
    aliases: ['serve_hours'],
    min: 0,
    max: 1e6,
    example: '720',
    group: 'estimate-serving',
  },

  percent('apiPriceChangePctPerYear', 'API price change a year', ['api_drift'], {
    min: -90,
    max: 300,
    rangeable: true,
    example: '-30%',
    group: 'horizon',
  }),
  percent('gpuPriceChangePctPerYear', 'GPU price change a year', ['gpu_drift'], {
    min: -90,
    max: 300,
    rangeable: true,
    example: '-20%',
    group: 'horizon',
  }),
  percent('volumeGrowthPctPerYear', 'Traffic growth a year', ['growth'], {
    min: -90,
    max: 300,
    rangeable: true,
    example: '50%',
    group: 'horizon',
  }),

  {
    key: 'servedTokensPerMonth',
    kind: 'number',
    label: 'Tokens served a month',
    unit: 'tokens',
    aliases: ['served_tokens'],
    min: 0,
    max: 1e16,
    example: '500M',
    group: 'capacity',
  },
  {
    key: 'gpuTokensPerSecond',
    kind: 'number',
    label: 'Sustained throughput of one GPU',
    unit: 'tokens/s',
    aliases: ['tps'],
    min: 0,
    minExclusive: true,
    max: 1e7,
    rangeable: true,
    example: '1500',
    group: 'capacity',
  },
  percent('targetUtilizationPct', 'Target utilisation', ['utilization'], {
    min: 1,
    example: '50%',
    group: 'capacity',
  }),
  {
    key: 'minReplicas',
    kind: 'integer',
    label: 'Minimum replicas',
    unit: 'GPUs',
    aliases: ['replicas'],
    min: 1,
    max: 1e4,
    example: '1',
    group: 'capacity',
  },

  {
    key: 'startDate',
    kind: 'date',
    label: 'Start date',
    unit: 'YYYY-MM-DD',
    aliases: ['start'],
    example: '2026-01-15',
    group: 'core',
  },
];

export const FIELD_BY_KEY: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

/** Lower-cased spec names and aliases → spec name. Keys are matched case-insensitively, `-` as `_`. */
export const KEY_BY_NAME: ReadonlyMap<string, string> = new Map(
  FIELDS.flatMap((f) => [f.key, ...f.aliases].map((name) => [normaliseKeyName(name), f.key] as const)),
);

export function normaliseKeyName(name: string): string {
  return name.trim().toLowerCase().replaceAll('-', '_');
}

/** How a field is named to users: the short alias they type, with the spec name, e.g. "api (apiMonthlyCost)". */
export const displayKey = (field: FieldSpec): string =>
  field.aliases[0] ? `${field.aliases[0]} (${field.key})` : field.key;

/** The accepted form of a field, quoted in its error messages. */
export function acceptedForm(field: FieldSpec): string {
  const bounds = describeBounds(field);
  const range = field.rangeable ? '; or a range low..high' : '';
  switch (field.kind) {
    case 'boolean':
      return 'yes, no, true or false';
    case 'choice':
      return `one of ${field.choices?.join(', ')}`;
    case 'text':
      return `text of at most ${field.max} characters`;
    case 'date':
      return 'a date as YYYY-MM-DD';
    case 'integer':
      return `a whole number ${bounds} (e.g. ${field.example})`;
    case 'percent':
      return `a percentage ${bounds} (e.g. ${field.example}${range})`;
    default:
      return `a number ${bounds}${field.unit ? ` ${field.unit}` : ''} (e.g. ${field.example}; 15000, 15,000, $15,000, 15k and 2.5M are accepted${range})`;
  }
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function describeBounds(field: FieldSpec): string {
  const low =
    field.min === undefined
      ? undefined
      : `${field.minExclusive ? 'above' : 'from'} ${plain.format(field.min)}`;
  const high = field.max === undefined ? undefined : `${low ? 'to' : 'at most'} ${plain.format(field.max)}`;
  return [low, high].filter(Boolean).join(' ');
}
