/**
 * Which scenario keys the modal gives a box of their own, in which group and order, and which of
 * them wait behind the "Refine" button. The modal renders these; readModalState and modalErrors
 * read them, so a box is declared in one place.
 */
import { FIELDS, type Scenario } from '../calculator/index.ts';

export interface ModalGroup {
  title: string;
  /** The scenario keys this group has a box for; the key=value box carries every other one. */
  keys: readonly (keyof Scenario)[];
  /** A sentence under the header, when the boxes need one. */
  intro?: string;
}

export const WORKLOAD_GROUP: ModalGroup = {
  title: 'Workload',
  keys: ['name', 'apiMonthlyCost', 'apiCostReductionPct', 'apiCostAfter'],
};
export const FINE_TUNING_GROUP: ModalGroup = { title: 'Fine-tuning', keys: ['fineTuneCost'] };
export const SERVING_GROUP: ModalGroup = { title: 'Serving', keys: ['gpuMonthlyCost', 'retrainMonthlyCost'] };

/**
 * The prices issue's helpers: each fills one of the three cost boxes above when it is left empty.
 * A typed cost always wins, and the result says which figure was used.
 */
export const CATALOGUE_GROUP: ModalGroup = {
  title: 'No figures at hand? Estimate from the price catalogue',
  intro:
    'Leave a cost box above empty and pick from the catalogue instead: a model and its tokens give the API bill; a GPU and its hours give the fine-tuning compute or the GPU cost of serving. A number you type always wins, and the result says which was used.',
  keys: [
    'apiModel',
    'inputTokensPerMonth',
    'outputTokensPerMonth',
    'trainGpu',
    'gpuHours',
    'serveGpu',
    'inferenceHoursPerMonth',
  ],
};

export const QUALITY_GROUP: ModalGroup = { title: 'Quality', keys: ['qualityFactorPct'] };
export const EFFORT_GROUP: ModalGroup = { title: 'Effort', keys: ['engineeringWeeks', 'engineerHourlyRate'] };
export const QUICK_TEST_GROUP: ModalGroup = {
  title: 'Quick test',
  intro:
    "The article's four questions: three or more yes, with numbers that pay back within a year, is a GO.",
  keys: ['trainingExamples', 'repetitive', 'qualityBarPct', 'taskChangeCadence'],
};

/** The Refine section: shown only on request, or when the scenario already uses one of its keys. */
export const DRIFT_GROUP: ModalGroup = {
  title: 'Prices and traffic over time',
  intro: 'Yearly changes, compounded month by month: they move the break-even date and the 3-year ROI.',
  keys: ['apiPriceChangePctPerYear', 'gpuPriceChangePctPerYear', 'volumeGrowthPctPerYear'],
};
export const CAPACITY_GROUP: ModalGroup = {
  title: 'Serving capacity',
  intro:
    'Instead of the GPU cost of serving: the tokens you serve and one GPU’s throughput size the fleet. Needs a serving GPU from the catalogue or a serving rate.',
  keys: [
    'servedTokensPerMonth',
    'gpuTokensPerSecond',
    'targetUtilizationPct',
    'minReplicas',
    'inferenceHourlyRate',
  ],
};
export const FAQ_GROUP: ModalGroup = {
  title: 'Fine-tuning estimate from the FAQ',
  intro:
    "Instead of the fine-tuning compute: the article's hours for a 7B or 70B model, QLoRA or full, times a GPU rate (yours, or the fine-tuning GPU from the catalogue).",
  keys: ['modelSize', 'method', 'trainingRuns', 'gpuHourlyRate'],
};

/** The groups a newcomer sees, in the order the modal shows them. */
export const FIRST_SCREEN_GROUPS: readonly ModalGroup[] = [
  WORKLOAD_GROUP,
  FINE_TUNING_GROUP,
  SERVING_GROUP,
  CATALOGUE_GROUP,
  QUALITY_GROUP,
  EFFORT_GROUP,
  QUICK_TEST_GROUP,
];

/** The groups behind the Refine button; the key=value box follows them. */
export const REFINE_GROUPS: readonly ModalGroup[] = [DRIFT_GROUP, CAPACITY_GROUP, FAQ_GROUP];

/** Every group with boxes of its own, first screen then Refine. */
export const MODAL_GROUPS: readonly ModalGroup[] = [...FIRST_SCREEN_GROUPS, ...REFINE_GROUPS];

const keysOf = (groups: readonly ModalGroup[]): readonly string[] => groups.flatMap((g) => g.keys);

/** The keys of the catalogue pickers: static_selects whose options are catalogue rows. */
export const CATALOGUE_PICKER_KEYS: readonly string[] = ['apiModel', 'trainGpu', 'serveGpu'];

/** Keys with a box on the first screen. */
export const FIRST_SCREEN_KEYS: readonly string[] = keysOf(FIRST_SCREEN_GROUPS);

/** Keys with a box in the Refine section. */
export const REFINE_KEYS: readonly string[] = keysOf(REFINE_GROUPS);

/** Every key with its own box: readModalState reads these, modalErrors maps issues onto them. */
export const MODAL_FIELD_KEYS: readonly string[] = keysOf(MODAL_GROUPS);

/** Every spec key without a box above, so editing a result never drops an input the boxes lack. */
export const MORE_INPUT_KEYS: readonly string[] = FIELDS.map((f) => f.key).filter(
  (k) => !MODAL_FIELD_KEYS.includes(k),
);
