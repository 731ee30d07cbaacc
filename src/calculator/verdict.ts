import type { CoreFigures } from './model.ts';
import type { ResolvedScenario } from './resolve.ts';

/** The article's quick decision test: four yes/no questions, GO with three or more yes. */
export interface QuickTest {
  apiBillOver5k: boolean;
  repetitive: boolean;
  examples5kPlus: boolean;
  quality90Enough: boolean;
  yesCount: number;
}

export interface Targets {
  monthlySavings: boolean;
  breakEven: boolean;
  roi12: boolean;
  roi36: boolean;
}

export type Verdict = 'GO' | 'NO-GO';

export const WARNING_IDS = [
  'low-volume',
  'rapidly-evolving',
  'high-quality-bar',
  'one-off',
  'data-scarcity',
  'engineering-dominated',
  'long-break-even',
  'idle-capacity',
  'stale-price',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const TARGETS = { monthlySavings: 500, breakEvenMonths: 6, roi12: 100, roi36: 300 } as const;
export const QUICK_TEST = { apiBill: 5000, examples: 5000, qualityBarPct: 90, yesForGo: 3 } as const;

export function quickTest(r: ResolvedScenario): QuickTest {
  const answers = {
    apiBillOver5k: r.apiMonthlyCost > QUICK_TEST.apiBill,
    repetitive: r.repetitive,
    examples5kPlus: r.trainingExamples >= QUICK_TEST.examples,
    quality90Enough: r.qualityBarPct <= QUICK_TEST.qualityBarPct,
  };
  return { ...answers, yesCount: Object.values(answers).filter(Boolean).length };
}

/** The spec's targets are booleans: an undefined ROI is not met, and the surfaces show it as n/a. */
export function targets(core: CoreFigures): Targets {
  return {
    monthlySavings: core.monthlyNetSavings > TARGETS.monthlySavings,
    breakEven: core.breakEvenMonths !== null && core.breakEvenMonths < TARGETS.breakEvenMonths,
    roi12: core.roi12 !== null && core.roi12 > TARGETS.roi12,
    roi36: core.roi36 !== null && core.roi36 > TARGETS.roi36,
  };
}

/** The numbers agree with fine-tuning when it saves money each month and pays back within a year. */
export const numbersAgree = (core: Pick<CoreFigures, 'monthlyNetSavings' | 'breakEvenMonths'>): boolean =>
  core.monthlyNetSavings > 0 && core.breakEvenMonths !== null && core.breakEvenMonths <= 12;

export function verdict(test: QuickTest, core: CoreFigures): Verdict {
  return test.yesCount >= QUICK_TEST.yesForGo && numbersAgree(core) ? 'GO' : 'NO-GO';
}

/** One plain sentence for the verdict line, including the disagreement between test and numbers. */
export function verdictReason(test: QuickTest, core: CoreFigures): string {
  const testGo = test.yesCount >= QUICK_TEST.yesForGo;
  const agree = numbersAgree(core);
  const yes = `${test.yesCount} of 4 quick-test answers are yes`;
  if (testGo && agree)
    return `${yes} and the numbers agree: it saves money every month and pays back within 12 months.`;
  if (!testGo && !agree) return `${yes} (3 needed) and the numbers do not pay back within 12 months.`;
  if (testGo)
    return core.monthlyNetSavings <= 0
      ? `The quick test says GO (${yes}), but the numbers disagree: the GPU path costs more each month than it saves.`
      : `The quick test says GO (${yes}), but the numbers disagree: break-even takes longer than 12 months.`;
  return `The numbers pay back within 12 months, but the quick test says NO-GO: only ${yes} (3 needed).`;
}

export function warnings(
  r: ResolvedScenario,
  core: CoreFigures,
  extra: { idle?: boolean; stale?: boolean } = {},
): WarningId[] {
  const out: WarningId[] = [];
  if (r.apiMonthlyCost < 2000) out.push('low-volume');
  if (r.taskChangeCadence === 'weekly') out.push('rapidly-evolving');
  if (r.qualityBarPct >= 98) out.push('high-quality-bar');
  if (!r.repetitive) out.push('one-off');
  if (r.trainingExamples < 5000) out.push('data-scarcity');
  if (core.engineeringCost > 0 && core.engineeringCost > core.firstYearNetSavings)
    out.push('engineering-dominated');
  if (core.breakEvenMonths === null || core.breakEvenMonths > 12) out.push('long-break-even');
  if (extra.idle) out.push('idle-capacity');
  if (extra.stale) out.push('stale-price');
  return out;
}
