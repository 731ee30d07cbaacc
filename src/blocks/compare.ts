/**
 * `@ftroi compare`: every revision in a thread side by side, one column per revision. Columns are
 * split into tables a phone can show without wrapping, and a long thread keeps its original and
 * its latest revisions.
 */
import type { KnownBlock } from '@slack/types';
import type { Analysis } from '../calculator/index.ts';
import { formatNumber, formatPct, formatProbability, formatUsd } from '../format.ts';
import { compactMonths } from './figures.ts';
import {
  codeSections,
  context,
  escapeMrkdwn,
  header,
  type Message,
  section,
  table,
  truncate,
} from './text.ts';

export interface CompareRow {
  label: string;
  analysis: Analysis;
}

/** Revision columns per table: four fit a phone's code block. */
export const COLUMNS_PER_TABLE = 4;
/** Revisions shown at most: the original and the most recent ones. */
export const MAX_COMPARED = 12;
/** A revision's label in the legend. */
const LABEL_MAX = 80;

type Metric = [label: string, value: (a: Analysis) => string];

const METRICS: readonly Metric[] = [
  ['verdict', (a) => a.verdict],
  ['net savings / month', (a) => formatUsd(a.monthlyNetSavings)],
  ['break-even', (a) => compactMonths(a.breakEvenMonths)],
  ['year-1 ROI', (a) => formatPct(a.roi12)],
  ['3-year ROI', (a) => formatPct(a.roi36)],
  ['upfront cost', (a) => formatUsd(a.upfrontCost)],
  ['API bill / month', (a) => formatUsd(a.inputs.apiMonthlyCost)],
  ['reduction', (a) => formatPct(a.reductionPct)],
  ['quality factor', (a) => formatPct(a.qualityFactorPct)],
  ['GPU / month', (a) => formatUsd(a.inputs.gpuMonthlyCost)],
  ['fine-tuning', (a) => formatUsd(a.inputs.fineTuneCost)],
  ['engineering weeks', (a) => formatNumber(a.inputs.engineeringWeeks)],
  ['quick test yes', (a) => `${a.quickTest.yesCount} of 4`],
];

const PAYBACK_METRIC: Metric = [
  'P(pays back ≤ 6 mo)',
  (a) => (a.uncertainty ? formatProbability(a.uncertainty.pBreakEvenWithin6Months) : '-'),
];

/** The original plus the latest revisions, numbered as in the thread. */
export function shownRevisions(rows: readonly CompareRow[]): { row: CompareRow; number: number }[] {
  const numbered = rows.map((row, i) => ({ row, number: i + 1 }));
  if (numbered.length <= MAX_COMPARED) return numbered;
  return [...numbered.slice(0, 1), ...numbered.slice(numbered.length - (MAX_COMPARED - 1))];
}

export function compareTable(shown: readonly { row: CompareRow; number: number }[]): string[] {
  const metrics = shown.some((s) => s.row.analysis.uncertainty) ? [...METRICS, PAYBACK_METRIC] : METRICS;
  return table(
    [
      ['', ...shown.map((s) => `#${s.number}`)],
      ...metrics.map(([label, value]) => [label, ...shown.map((s) => value(s.row.analysis))]),
    ],
    ['left', ...shown.map(() => 'right' as const)],
  );
}

export function compareMessage(rows: readonly CompareRow[]): Message {
  if (rows.length === 0)
    return {
      text: 'Nothing to compare yet',
      blocks: [section('Nothing to compare yet: this thread has no results. Run `/ftroi` first.')],
    };
  const shown = shownRevisions(rows);
  const left = rows.length - shown.length;
  const tables: KnownBlock[] = [];
  for (let i = 0; i < shown.length; i += COLUMNS_PER_TABLE)
    tables.push(...codeSections(compareTable(shown.slice(i, i + COLUMNS_PER_TABLE))));
  const legend = shown.map((s) => `*#${s.number}* ${escapeMrkdwn(truncate(s.row.label, LABEL_MAX))}`);
  const first = rows[0]?.analysis.name ?? '';
  return {
    text: `Comparison of ${rows.length} revision${rows.length === 1 ? '' : 's'} of ${escapeMrkdwn(first)}`,
    blocks: [
      header(`Compare: ${first}`),
      ...tables,
      context([
        legend.join(' · '),
        ...(left > 0
          ? [`${left} revision${left === 1 ? '' : 's'} in between left out (#2–#${left + 1})`]
          : []),
      ]),
    ],
  };
}
