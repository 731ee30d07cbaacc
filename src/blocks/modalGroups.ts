/**
 * Which scenario keys the modal gives a box of their own, in which group and order. The modal
 * renders these; readModalState and modalErrors read them, so a box is declared in one place.
 */
import { FIELDS, type Scenario } from '../calculator/index.ts';

export interface ModalGroup {
  title: string;
  /** The scenario keys this group has a box for; the "More inputs" box carries every other one. */
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
export const QUALITY_GROUP: ModalGroup = { title: 'Quality', keys: ['qualityFactorPct'] };
export const EFFORT_GROUP: ModalGroup = { title: 'Effort', keys: ['engineeringWeeks', 'engineerHourlyRate'] };
export const QUICK_TEST_GROUP: ModalGroup = {
  title: 'Quick test',
  intro:
    "The article's four questions: three or more yes, with numbers that pay back within a year, is a GO.",
  keys: ['trainingExamples', 'repetitive', 'qualityBarPct', 'taskChangeCadence'],
};

/** The groups with boxes of their own, in the order the modal shows them. */
export const MODAL_GROUPS: readonly ModalGroup[] = [
  WORKLOAD_GROUP,
  FINE_TUNING_GROUP,
  SERVING_GROUP,
  QUALITY_GROUP,
  EFFORT_GROUP,
  QUICK_TEST_GROUP,
];

/** Every key with its own box: readModalState reads these, modalErrors maps issues onto them. */
export const MODAL_FIELD_KEYS: readonly string[] = MODAL_GROUPS.flatMap((g) => g.keys);

/** Every spec key without a box above, so editing a result never drops an input the boxes lack. */
export const MORE_INPUT_KEYS: readonly string[] = FIELDS.map((f) => f.key).filter(
  (k) => !MODAL_FIELD_KEYS.includes(k),
);
