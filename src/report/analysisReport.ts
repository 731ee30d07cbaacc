import { type Analysis, QUICK_TEST, TARGETS } from '../calculator/index.ts';
import { hasDrift } from '../calculator/model.ts';
import {
  formatMonths,
  formatNumber,
  formatPct,
  formatProbability,
  formatUsd,
  formatUsdRate,
} from '../format.ts';
import { inlineForm } from './inlineForm.ts';
import { columns } from './table.ts';
import { warningText } from './warnings.ts';

export interface ReportOptions {
  /** Where the article printed a different figure; only true of a preset run without overrides. */
  articleDiscrepancy?: string;
}

const mark = (met: boolean) => (met ? 'met' : 'missed');
/** An undefined ROI (no cost to divide by) neither meets nor misses its target. */
const roiMark = (roi: number | null, met: boolean) => (roi === null ? 'n/a' : mark(met));
const yesNo = (yes: boolean) => (yes ? 'yes' : 'no');

function verdictSection(a: Analysis): string {
  return `${a.name}: ${a.verdict}\n${a.verdictReason}`;
}

/** The article's rule of thumb on break-even, said next to the figure it judges. */
function breakEvenRemark(months: number | null): string | undefined {
  if (months === null) return undefined;
  if (months > 12) return 'Break-even over 12 months: the calculus becomes uncertain (the article).';
  if (months < 3) return 'Break-even under 3 months: almost always worth it (the article).';
  return undefined;
}

function breakEvenValue(a: Analysis): string {
  const months = formatMonths(a.breakEvenMonths);
  return a.breakEvenDate && a.breakEvenMonths !== 0 ? `${months}, by ${a.breakEvenDate}` : months;
}

function figuresSection(a: Analysis): string {
  const minBill = a.minApiBillFor6MonthPayback;
  const rows = [
    [
      'Monthly net savings',
      formatUsd(a.monthlyNetSavings),
      `target > ${formatUsd(TARGETS.monthlySavings)}/month`,
      mark(a.targets.monthlySavings),
    ],
    [
      'Break-even',
      breakEvenValue(a),
      `target < ${TARGETS.breakEvenMonths} months`,
      mark(a.targets.breakEven),
    ],
    ['Year-1 ROI', formatPct(a.roi12), `target > ${TARGETS.roi12}%`, roiMark(a.roi12, a.targets.roi12)],
    ['3-year ROI', formatPct(a.roi36), `target > ${TARGETS.roi36}%`, roiMark(a.roi36, a.targets.roi36)],
    ['Upfront cost', formatUsd(a.upfrontCost)],
    ['Net benefit', `${formatUsd(a.netBenefit12)} in year 1, ${formatUsd(a.netBenefit36)} over 3 years`],
    ...(minBill === null ? [] : [['6-month payback', `from an API bill of ${formatUsd(minBill)}/month`]]),
  ];
  const remark = breakEvenRemark(a.breakEvenMonths);
  return ["Key figures against the article's targets", ...columns(rows), ...(remark ? [remark] : [])].join(
    '\n',
  );
}

function quickTestSection(a: Analysis): string {
  const t = a.quickTest;
  const i = a.inputs;
  const rows = [
    [
      yesNo(t.apiBillOver5k),
      `API bill over ${formatUsd(QUICK_TEST.apiBill)}/month (${formatUsd(i.apiMonthlyCost)})`,
    ],
    [yesNo(t.repetitive), 'Repetitive use case (support, code completion, documents)'],
    [
      yesNo(t.examples5kPlus),
      `${formatNumber(QUICK_TEST.examples)}+ quality examples (${formatNumber(i.trainingExamples)})`,
    ],
    [
      yesNo(t.quality90Enough),
      `${QUICK_TEST.qualityBarPct}% of GPT-4-class quality is enough (users need ${formatPct(i.qualityBarPct)})`,
    ],
  ];
  const heading = `Quick decision test: ${t.yesCount} of 4 yes (${QUICK_TEST.yesForGo} or more says GO)`;
  return [heading, ...columns(rows)].join('\n');
}

function warningsSection(a: Analysis): string {
  if (a.warnings.length === 0) return 'Warnings: none';
  return ['Warnings', ...a.warnings.map((id) => `  - ${warningText(id, a)}`)].join('\n');
}

/** The formulas with the user's numbers, so a figure can be checked by hand. */
function breakdownSection(a: Analysis): string {
  const i = a.inputs;
  const engineering =
    a.engineeringCost > 0
      ? ` + engineering ${formatUsd(a.engineeringCost)} (${formatNumber(i.engineeringWeeks)} week${i.engineeringWeeks === 1 ? '' : 's'} × 40 h × ${formatUsdRate(i.engineerHourlyRate)}/h)`
      : '';
  const rows = [
    [
      'API savings',
      `${formatUsd(a.monthlyApiSavings)}/month = ${formatUsd(i.apiMonthlyCost)} × ${formatPct(a.reductionPct)} reduction × ${formatPct(a.qualityFactorPct)} quality`,
    ],
    [
      'Running cost',
      `${formatUsd(a.monthlyRunCost)}/month = GPU ${formatUsd(i.gpuMonthlyCost)} + re-training ${formatUsd(i.retrainMonthlyCost)}`,
    ],
    ['Upfront cost', `${formatUsd(a.upfrontCost)} = fine-tuning ${formatUsd(i.fineTuneCost)}${engineering}`],
  ];
  if (a.fineTuneCostRange)
    rows.push([
      'Fine-tuning range',
      `${formatUsd(a.fineTuneCostRange.low)} to ${formatUsd(a.fineTuneCostRange.high)} (the FAQ's hours)`,
    ]);
  if (a.gpusNeeded !== undefined)
    rows.push([
      'Serving',
      `${formatNumber(a.gpusNeeded)} GPU(s) at ${formatPct(a.achievedUtilizationPct ?? 0)} utilisation`,
    ]);
  const drift = hasDrift(i)
    ? [
        `Month-1 figures; a year: API prices ${formatPct(i.apiPriceChangePctPerYear)}, GPU prices ${formatPct(i.gpuPriceChangePctPerYear)}, traffic ${formatPct(i.volumeGrowthPctPerYear)}.`,
      ]
    : [];
  return ['How the figures add up', ...columns(rows), ...drift].join('\n');
}

function uncertaintySection(a: Analysis): string | undefined {
  const u = a.uncertainty;
  if (!u) return undefined;
  return [
    `Uncertainty (${formatNumber(u.samples)} samples over the ranges given)`,
    `  ${formatProbability(u.pBreakEvenWithin6Months)} chance of paying back within 6 months, ${formatProbability(u.pBreakEvenWithin12Months)} within 12`,
    `  ${formatProbability(u.pPositiveMonthlySavings)} chance of positive monthly savings; the numbers agree in ${formatProbability(u.pNumbersAgree)}`,
    `  Year-1 ROI p10 ${formatPct(u.roi12.p10)}, p50 ${formatPct(u.roi12.p50)}, p90 ${formatPct(u.roi12.p90)}`,
    `  Break-even p10 ${formatMonths(u.breakEvenMonths.p10)}, p50 ${formatMonths(u.breakEvenMonths.p50)}, p90 ${formatMonths(u.breakEvenMonths.p90)}`,
  ].join('\n');
}

function pricesSection(a: Analysis): string | undefined {
  const used = a.inputs.pricesUsed;
  if (used.length === 0) return undefined;
  const rows = used.map((p) => [
    p.id,
    p.figure,
    `as of ${p.asOf}`,
    p.used ? `${p.source}` : `${p.source}; not used, a typed value won`,
  ]);
  return ['Catalogue prices', ...columns(rows)].join('\n');
}

const listSection = (title: string, lines: readonly string[]) =>
  lines.length === 0 ? undefined : [title, ...lines.map((line) => `  ${line}`)].join('\n');

/** The readable report: verdict first, then the figures, the quick test, warnings and the workings. */
export function renderReport(a: Analysis, options: ReportOptions = {}): string {
  const sections = [
    verdictSection(a),
    uncertaintySection(a),
    figuresSection(a),
    quickTestSection(a),
    warningsSection(a),
    options.articleDiscrepancy && listSection('The article', [options.articleDiscrepancy]),
    breakdownSection(a),
    listSection('Notes', a.inputs.notes),
    pricesSection(a),
    `Scenario: ${inlineForm(a.scenario)}`,
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
