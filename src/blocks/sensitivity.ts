/**
 * The Sensitivity thread reply: which inputs swing year-1 ROI most, the smallest API bill that
 * still pays back in 6 months, pessimistic / expected / optimistic cases and, when the scenario
 * has ranges, the Monte Carlo's percentiles and probabilities.
 */
import type { KnownBlock } from '@slack/types';
import { type Analysis, type Case, FIELD_BY_KEY, type TornadoRow } from '../calculator/index.ts';
import { formatPct, formatProbability, formatUsd } from '../format.ts';
import { describeValue } from './deltas.ts';
import { compactMonths } from './figures.ts';
import { codeSections, context, escapeMrkdwn, header, type Message, section, table } from './text.ts';
import { tornadoChart } from './tornadoChart.ts';

export function minimumBillLine(a: Analysis): string {
  const min = a.minApiBillFor6MonthPayback;
  if (min === null)
    return '*Smallest API bill that pays back in 6 months:* none; with a quality factor or reduction of 0 nothing is saved.';
  const side = a.inputs.apiMonthlyCost >= min ? 'above' : 'below';
  return `*Smallest API bill that pays back in 6 months:* ${formatUsd(min)} a month (yours is ${formatUsd(a.inputs.apiMonthlyCost)}: ${side} it).`;
}

const CASE_LABEL: Record<Case['name'], string> = {
  pessimistic: 'pessimistic',
  expected: 'expected',
  optimistic: 'optimistic',
};

export function caseLines(cases: readonly Case[]): string[] {
  return table(
    [
      ['case', 'net / month', 'break-even', 'year-1 ROI', '3-year ROI'],
      ...cases.map((c) => [
        CASE_LABEL[c.name] ?? c.name,
        formatUsd(c.figures.monthlyNetSavings),
        compactMonths(c.figures.breakEvenMonths),
        formatPct(c.figures.roi12),
        formatPct(c.figures.roi36),
      ]),
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );
}

/** P10 / P50 / P90 of year-1 ROI and break-even, then the probabilities, from the Monte Carlo. */
export function uncertaintyLines(a: Analysis): string[] {
  const u = a.uncertainty;
  if (!u) return [];
  const roi = (v: number | null) => (v === null ? 'n/a' : formatPct(v));
  return [
    ...table(
      [
        ['', 'P10', 'P50', 'P90'],
        ['year-1 ROI', roi(u.roi12.p10), roi(u.roi12.p50), roi(u.roi12.p90)],
        [
          'break-even',
          compactMonths(u.breakEvenMonths.p10),
          compactMonths(u.breakEvenMonths.p50),
          compactMonths(u.breakEvenMonths.p90),
        ],
      ],
      ['left', 'right', 'right', 'right'],
    ),
    '',
    ...table(
      [
        ['saves money every month', formatProbability(u.pPositiveMonthlySavings)],
        ['pays back within 6 months', formatProbability(u.pBreakEvenWithin6Months)],
        ['pays back within 12 months', formatProbability(u.pBreakEvenWithin12Months)],
        ['year-1 ROI over 100%', formatProbability(u.pRoi12Over100)],
        ['numbers favour fine-tuning', formatProbability(u.pNumbersAgree)],
      ],
      ['left', 'right'],
    ),
  ];
}

function rangeLine(a: Analysis): string {
  const ranges = Object.entries(a.uncertainty?.ranges ?? {}).map(([key, r]) => {
    const field = FIELD_BY_KEY.get(key);
    return `${field?.aliases[0] ?? key} ${describeValue(field, r.low)}..${describeValue(field, r.high)} (most likely ${describeValue(field, r.mode)})`;
  });
  return `${a.uncertainty?.samples.toLocaleString('en-US') ?? 0} scenarios drawn from triangular distributions: ${ranges.join(' · ')}`;
}

export function sensitivityMessage(
  analysis: Analysis,
  tornadoRows: readonly TornadoRow[],
  cases: readonly Case[],
): Message {
  const a = analysis;
  const top = [...tornadoRows].sort((x, y) => y.swing - x.swing)[0];
  const blocks: KnownBlock[] = [
    header(`Sensitivity: ${a.name}`),
    ...codeSections(tornadoChart(tornadoRows, a.roi12), '*Which inputs swing year-1 ROI most*'),
    section(minimumBillLine(a)),
    ...codeSections(
      caseLines(cases),
      '*Pessimistic / expected / optimistic* (every input 20% against fine-tuning, as given, 20% in its favour)',
    ),
    ...(a.uncertainty
      ? [...codeSections(uncertaintyLines(a), '*Monte Carlo over your ranges*'), context([rangeLine(a)])]
      : []),
  ];
  const lead = top ? `; ${top.label} swings year-1 ROI most` : '';
  return {
    text: `Sensitivity of ${escapeMrkdwn(a.name)}: year-1 ROI ${formatPct(a.roi12)}${lead}`,
    blocks,
  };
}
