/**
 * How the analysis's figures are phrased on every surface: the key figures with the article's
 * targets, the quick-test answers and the one-line summary of the inputs. The summary, the
 * breakdown and the comparison share these so a figure reads the same everywhere.
 */
import {
  type Analysis,
  DAYS_PER_MONTH,
  isRange,
  QUICK_TEST,
  type Rangeable,
  TARGETS,
} from '../calculator/index.ts';
import { formatMonths, formatNumber, formatPct, formatUsd, formatUsdRate } from '../format.ts';

const TICK = ':white_check_mark:';
const CROSS = ':x:';

/** Met / missed in words as well as an emoji, for screen readers and for the plain-text fallback. */
export const metOrMissed = (met: boolean): string => (met ? `${TICK} met` : `${CROSS} missed`);

/** An undefined ROI (no cost to divide by) neither meets nor misses its target. */
export const roiTargetMark = (roi: number | null, met: boolean): string =>
  roi === null ? 'n/a' : metOrMissed(met);

export const TARGET_TEXT = {
  monthlySavings: `target > ${formatUsd(TARGETS.monthlySavings)}/month`,
  breakEven: `target < ${TARGETS.breakEvenMonths} months`,
  roi12: `target > ${formatNumber(TARGETS.roi12)}%`,
  roi36: `target > ${formatNumber(TARGETS.roi36)}%`,
} as const;

// "4 Dec 2026" as en-GB writes it. Intl supplies the month names once, in UTC (a calendar date has
// no time zone); composing them is ~6 µs a summary cheaper than DateTimeFormat.format per call.
const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const MONTH_NAMES = Array.from({ length: 12 }, (_, month) => SHORT_MONTH.format(Date.UTC(2000, month, 1)));

/** `2026-12-04` → `4 Dec 2026`; anything unparseable is shown as given. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 31 Feb over into March and reads year 0099 as 1999: such dates are shown as given.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return iso;
  return `${day} ${MONTH_NAMES[month]} ${year}`;
}

/** The article's reading of a break-even time: under 3 months almost always worth it, over 12 uncertain. */
export function breakEvenRemark(months: number | null): string {
  if (months === null) return 'it never pays back';
  if (months < 3) return 'under 3 months: almost always worth it';
  if (months > 12) return 'over 12 months: uncertain';
  return '';
}

/** Break-even for narrow table cells: `now`, `<1 day`, `12 days`, `3.6 mo`, `>1,000 yr`, `never`. */
export function compactMonths(months: number | null): string {
  if (months === null) return 'never';
  if (months === 0) return 'now';
  const days = months * DAYS_PER_MONTH;
  if (days < 1) return '<1 day';
  if (months < 1) return Math.round(days) === 1 ? '1 day' : `${Math.round(days)} days`;
  // Beyond that a cell would fill with digits (1e300 months is 400 of them).
  if (months >= 12_000) return '>1,000 yr';
  return `${formatNumber(Math.round(months * 10) / 10)} mo`;
}

/** The summary's key figures as section fields (6 of Slack's 10), each with its target. */
export function keyFigureFields(a: Analysis): string[] {
  const remark = breakEvenRemark(a.breakEvenMonths);
  const when = a.breakEvenDate ? `on ${formatDay(a.breakEvenDate)}` : 'no break-even date';
  return [
    `*Monthly net savings*\n${formatUsd(a.monthlyNetSavings)}\n${metOrMissed(a.targets.monthlySavings)} · ${TARGET_TEXT.monthlySavings}`,
    `*Break-even*\n${formatMonths(a.breakEvenMonths)}, ${when}${remark ? ` (${remark})` : ''}\n${metOrMissed(a.targets.breakEven)} · ${TARGET_TEXT.breakEven}`,
    `*Year-1 ROI*\n${formatPct(a.roi12)}\n${roiTargetMark(a.roi12, a.targets.roi12)} · ${TARGET_TEXT.roi12}`,
    `*3-year ROI*\n${formatPct(a.roi36)}\n${roiTargetMark(a.roi36, a.targets.roi36)} · ${TARGET_TEXT.roi36}`,
    `*Upfront cost*\n${formatUsd(a.upfrontCost)}\nfine-tuning ${formatUsd(a.inputs.fineTuneCost)} + engineering ${formatUsd(a.engineeringCost)}`,
    `*Each month*\nAPI savings ${formatUsd(a.monthlyApiSavings)} − running cost ${formatUsd(a.monthlyRunCost)}`,
  ];
}

const answer = (yes: boolean) => (yes ? `${TICK} yes` : `${CROSS} no`);

// The quick test's fixed thresholds, formatted once rather than in every summary.
const QUICK_TEST_TEXT = {
  apiBill: formatUsd(QUICK_TEST.apiBill),
  examples: formatNumber(QUICK_TEST.examples),
} as const;

/** The four quick-test questions with the user's answers, in the article's order. */
export function quickTestLines(a: Analysis): string[] {
  const t = a.quickTest;
  const r = a.inputs;
  return [
    `*Quick test: ${t.yesCount} of 4 yes* (${QUICK_TEST.yesForGo} or more say go)`,
    `${answer(t.apiBillOver5k)} · API bill over ${QUICK_TEST_TEXT.apiBill}/month (${formatUsd(r.apiMonthlyCost)})`,
    `${answer(t.repetitive)} · Repetitive use case (support, code completion, documents)`,
    `${answer(t.examples5kPlus)} · ${QUICK_TEST_TEXT.examples}+ quality training examples (${formatNumber(r.trainingExamples)})`,
    `${answer(t.quality90Enough)} · Users need at most ${QUICK_TEST.qualityBarPct}% of GPT-4-class quality (${formatPct(r.qualityBarPct)})`,
  ];
}

/** A rangeable input as typed: a range shows low–high and the most likely value the figures use. */
export function describeRangeable(
  value: Rangeable | undefined,
  point: number,
  show: (n: number) => string,
  unit = '',
): string {
  if (!isRange(value)) return `${show(point)}${unit}`;
  return `${show(value.low)}–${show(value.high)}${unit} (most likely ${show(point)}${unit})`;
}

const usdMonth = (n: number) => `${formatUsd(n)}/mo`;

/** A yearly change with a true minus sign: `−30.0%/yr`. */
const signedPerYear = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatPct(Math.abs(n))}/yr`;

/** The main inputs on one line, for the summary's context line. */
export function inputsSummary(a: Analysis): string {
  const s = a.scenario;
  const r = a.inputs;
  const parts = [
    `API bill ${describeRangeable(s.apiMonthlyCost, r.apiMonthlyCost, formatUsd, '/mo')}`,
    `reduction ${describeRangeable(s.apiCostReductionPct, r.reductionPct, formatPct)}${s.apiCostAfter !== undefined ? ` (${usdMonth(s.apiCostAfter)} remains)` : ''}`,
    `quality factor ${describeRangeable(s.qualityFactorPct, r.qualityFactorPct, formatPct)}`,
    `fine-tuning ${describeRangeable(s.fineTuneCost, r.fineTuneCost, formatUsd)}`,
    `GPU ${describeRangeable(s.gpuMonthlyCost, r.gpuMonthlyCost, formatUsd, '/mo')}`,
    r.retrainMonthlyCost > 0 ? `re-training ${usdMonth(r.retrainMonthlyCost)}` : '',
    r.engineeringWeeks > 0 || isRange(s.engineeringWeeks)
      ? `engineering ${describeRangeable(s.engineeringWeeks, r.engineeringWeeks, formatNumber)} wk × ${formatUsdRate(r.engineerHourlyRate)}/h`
      : '',
    `${formatNumber(r.trainingExamples)} examples`,
    r.repetitive ? 'repetitive' : 'not repetitive',
    `quality bar ${formatPct(r.qualityBarPct)}`,
    `task changes: ${r.taskChangeCadence}`,
    ...driftParts(a),
    a.gpusNeeded !== undefined
      ? `${a.gpusNeeded} serving GPU${a.gpusNeeded === 1 ? '' : 's'} at ${formatPct(a.achievedUtilizationPct ?? 0)} utilisation`
      : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The horizon inputs that are not zero, e.g. `API prices −30.0%/yr`. */
export function driftParts(a: Analysis): string[] {
  const r = a.inputs;
  return [
    r.apiPriceChangePctPerYear !== 0 ? `API prices ${signedPerYear(r.apiPriceChangePctPerYear)}` : '',
    r.gpuPriceChangePctPerYear !== 0 ? `GPU prices ${signedPerYear(r.gpuPriceChangePctPerYear)}` : '',
    r.volumeGrowthPctPerYear !== 0 ? `traffic ${signedPerYear(r.volumeGrowthPctPerYear)}` : '',
  ].filter(Boolean);
}

/** How each figure was derived, and every catalogue price with its as-of date. */
export function provenanceLines(a: Analysis): string[] {
  const prices = a.inputs.pricesUsed.map(
    (p) =>
      `${p.used ? 'Price used' : 'Price not used (a typed value won)'}: ${p.label} ${p.figure} for ${p.fills}, ${p.source}, as of ${p.asOf}`,
  );
  return [...a.inputs.notes, ...prices];
}
