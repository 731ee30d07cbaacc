/**
 * The Breakdown thread reply: every formula of the spec with the user's own numbers substituted,
 * the inputs they came from, and the 36-month cumulative cash flow, so anyone can check the
 * arithmetic by hand.
 */
import type { KnownBlock } from '@slack/types';
import type { Analysis, MonthFlow } from '../calculator/index.ts';
import { formatMonths, formatNumber, formatPct, formatUsd, formatUsdRate } from '../format.ts';
import { cashFlowChart } from './cashFlowChart.ts';
import { describeRangeable, driftParts, formatDay, keyFigureFields, provenanceLines } from './figures.ts';
import { verdictLine } from './summary.ts';
import {
  codeSections,
  context,
  escapeMrkdwn,
  fieldsSection,
  header,
  type Message,
  section,
  table,
} from './text.ts';

const HOURS_PER_WEEK = 40;

const hasDrift = (a: Analysis) => driftParts(a).length > 0;

const sum = (flows: readonly MonthFlow[], months: number, pick: (f: MonthFlow) => number) =>
  flows.filter((f) => f.month >= 1 && f.month <= months).reduce((total, f) => total + pick(f), 0);

function roiLines(a: Analysis, h: 12 | 36, roi: number | null): string[] {
  const U = formatUsd(a.upfrontCost);
  if (hasDrift(a)) {
    const savings = formatUsd(sum(a.cashFlow, h, (f) => f.apiSavings));
    const running = formatUsd(sum(a.cashFlow, h, (f) => f.runCost));
    return [
      `ROI_${h} = (ΣSa − (U + ΣRun)) / (U + ΣRun) × 100, summed over months 1–${h}`,
      `       = (${savings} − (${U} + ${running})) / (${U} + ${running}) × 100 = ${formatPct(roi)}`,
    ];
  }
  const Sa = formatUsd(a.monthlyApiSavings * h);
  const Run = formatUsd(a.monthlyRunCost * h);
  return [
    `ROI_${h} = (Sa × ${h} − (U + Run × ${h})) / (U + Run × ${h}) × 100`,
    `       = (${Sa} − (${U} + ${Run})) / (${U} + ${Run}) × 100 = ${formatPct(roi)}${roi === null ? ' (no costs at all)' : ''}`,
  ];
}

/** The spec's formulas, each followed by the user's numbers and the result. */
export function formulaLines(a: Analysis): string[] {
  const r = a.inputs;
  const q = formatPct(r.qualityFactorPct);
  const red = formatPct(r.reductionPct);
  const A = formatUsd(r.apiMonthlyCost);
  const G = formatUsd(r.gpuMonthlyCost);
  const R = formatUsd(r.retrainMonthlyCost);
  const U = formatUsd(a.upfrontCost);
  const S = formatUsd(a.monthlyNetSavings);
  const drift = hasDrift(a);
  const month1 = drift ? ' (month 1)' : '';
  const breakEven = a.breakEvenMonths === null ? 'never' : formatMonths(a.breakEvenMonths);
  const date = a.breakEvenDate ? ` → ${formatDay(a.breakEvenDate)}` : '';
  const capacity = r.capacity;
  return [
    `E = weeks × ${HOURS_PER_WEEK} h × rate = ${formatNumber(r.engineeringWeeks)} × ${HOURS_PER_WEEK} × ${formatUsdRate(r.engineerHourlyRate)} = ${formatUsd(a.engineeringCost)}`,
    `U = C + E = ${formatUsd(r.fineTuneCost)} + ${formatUsd(a.engineeringCost)} = ${U}`,
    ...(capacity && a.gpusNeeded !== undefined
      ? [
          `G = GPUs × rate × hours = ${a.gpusNeeded} × ${formatUsdRate(capacity.inferenceHourlyRate)} × ${formatNumber(capacity.inferenceHoursPerMonth)} = ${G}`,
        ]
      : []),
    `Sa = q × r × A = ${q} × ${red} × ${A} = ${formatUsd(a.monthlyApiSavings)}${month1}`,
    `Run = G + R = ${G} + ${R} = ${formatUsd(a.monthlyRunCost)}${month1}`,
    `S = q × r × A − (G + R) = ${q} × ${red} × ${A} − (${G} + ${R}) = ${S}${month1}`,
    drift
      ? `break-even = first month the cumulative S reaches U = ${breakEven}${date}`
      : a.breakEvenMonths === null
        ? `break-even = U / S, only when S > 0: S = ${S}, so never`
        : `break-even = U / S = ${U} / ${S} = ${breakEven}${date}`,
    ...roiLines(a, 12, a.roi12),
    ...roiLines(a, 36, a.roi36),
    drift
      ? `netBenefit_12 = ΣS over months 1–12 − U = ${formatUsd(a.netBenefit12)}`
      : `netBenefit_12 = S × 12 − U = ${S} × 12 − ${U} = ${formatUsd(a.netBenefit12)}`,
    drift
      ? `netBenefit_36 = ΣS over months 1–36 − U = ${formatUsd(a.netBenefit36)}`
      : `netBenefit_36 = S × 36 − U = ${S} × 36 − ${U} = ${formatUsd(a.netBenefit36)}`,
    a.minApiBillFor6MonthPayback === null
      ? 'minApiBillFor6MonthPayback = (Run + U/6) / (q × r): none, since q × r = 0'
      : `minApiBillFor6MonthPayback = (Run + U/6) / (q × r) = (${formatUsd(a.monthlyRunCost)} + ${U}/6) / (${q} × ${red}) = ${formatUsd(a.minApiBillFor6MonthPayback)}`,
  ];
}

/** Every input the formulas used, after estimators and defaults: one per line. */
export function inputLines(a: Analysis): string[] {
  const s = a.scenario;
  const r = a.inputs;
  const usdMonth = (n: number) => `${formatUsd(n)}/month`;
  return table([
    ['A  API bill', describeRangeable(s.apiMonthlyCost, r.apiMonthlyCost, formatUsd, '/month')],
    [
      'r  share of the bill that disappears',
      `${describeRangeable(s.apiCostReductionPct, r.reductionPct, formatPct)}${s.apiCostAfter !== undefined ? ` (${usdMonth(s.apiCostAfter)} remains)` : ''}`,
    ],
    ['q  quality factor', describeRangeable(s.qualityFactorPct, r.qualityFactorPct, formatPct)],
    ['C  fine-tuning compute', describeRangeable(s.fineTuneCost, r.fineTuneCost, formatUsd)],
    ['G  GPU serving', describeRangeable(s.gpuMonthlyCost, r.gpuMonthlyCost, formatUsd, '/month')],
    ['R  re-training', usdMonth(r.retrainMonthlyCost)],
    [
      '   engineering',
      `${describeRangeable(s.engineeringWeeks, r.engineeringWeeks, formatNumber)} weeks × ${formatUsdRate(r.engineerHourlyRate)}/h`,
    ],
    ['   training examples', formatNumber(r.trainingExamples)],
    ['   repetitive', r.repetitive ? 'yes' : 'no'],
    ['   quality bar', formatPct(r.qualityBarPct)],
    ['   task changes', r.taskChangeCadence],
    ...driftParts(a).map((d) => ['   drift', d]),
    ['   start', a.startDate],
  ]);
}

/** Month-by-month figures, shown when prices or traffic change over the horizon. */
export function monthlyLines(flows: readonly MonthFlow[]): string[] {
  return table(
    [
      ['month', 'API savings', 'running', 'net', 'cumulative'],
      ...flows
        .filter((f) => f.month >= 1)
        .map((f) => [
          String(f.month),
          formatUsd(Math.round(f.apiSavings)),
          formatUsd(Math.round(f.runCost)),
          formatUsd(Math.round(f.netSavings)),
          formatUsd(Math.round(f.cumulative)),
        ]),
    ],
    ['right', 'right', 'right', 'right', 'right'],
  );
}

export function breakdownMessage(analysis: Analysis): Message {
  const a = analysis;
  const provenance = provenanceLines(a).map(escapeMrkdwn);
  const blocks: KnownBlock[] = [
    header(`Breakdown: ${a.name}`),
    section(verdictLine(a)),
    fieldsSection(keyFigureFields(a)),
    ...codeSections(formulaLines(a), '*The formulas with your numbers*'),
    ...codeSections(inputLines(a), '*The inputs*'),
    ...(provenance.length > 0 ? [context(provenance)] : []),
    ...codeSections(cashFlowChart(a.cashFlow, a.breakEvenMonths), '*Cumulative cash flow, month by month*'),
    ...(hasDrift(a)
      ? codeSections(monthlyLines(a.cashFlow), '*Each month, as prices and traffic change*')
      : []),
    context([
      'No rounding until display. Month 0 is the upfront cost; ROI counts the upfront cost and every month of running cost.',
    ]),
  ];
  return {
    text: `Breakdown of ${escapeMrkdwn(a.name)}: S = ${formatUsd(a.monthlyNetSavings)}/month, break-even ${formatMonths(a.breakEvenMonths)}, year-1 ROI ${formatPct(a.roi12)}`,
    blocks,
  };
}
