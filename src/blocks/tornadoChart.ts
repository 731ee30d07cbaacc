/**
 * The tornado as a text chart: one row per input in swing order, a bar centred on the expected
 * year-1 ROI reaching left to the worst and right to the best ROI that input's move produces.
 */
import type { TornadoRow } from '../calculator/index.ts';
import { formatNumber, formatPct, formatUsd } from '../format.ts';
import { table } from './text.ts';

/** Characters on each side of the axis. */
const HALF_WIDTH = 10;

/** An input's value in its unit: the tornado moves dollars, percentages and weeks. */
export function tornadoValue(input: TornadoRow['input'], value: number): string {
  switch (input) {
    case 'reductionPct':
    case 'qualityFactorPct':
      return formatPct(value);
    case 'engineeringWeeks':
      return `${formatNumber(value)} wk`;
    default:
      return formatUsd(value);
  }
}

export function tornadoChart(rows: readonly TornadoRow[], baseRoi12: number | null): string[] {
  const base = baseRoi12 ?? 0;
  const sorted = [...rows].sort((a, b) => b.swing - a.swing);
  const ends = sorted.map((r) => {
    const low = r.low.roi12 ?? base;
    const high = r.high.roi12 ?? base;
    return { worst: Math.min(low, high), best: Math.max(low, high) };
  });
  const reach = Math.max(1e-9, ...ends.flatMap((e) => [base - e.worst, e.best - base]));
  const cells = sorted.map((r, i) => {
    const { worst, best } = ends[i] ?? { worst: base, best: base };
    const left = Math.min(HALF_WIDTH, Math.round((HALF_WIDTH * Math.max(0, base - worst)) / reach));
    const right = Math.min(HALF_WIDTH, Math.round((HALF_WIDTH * Math.max(0, best - base)) / reach));
    const bar = `${' '.repeat(HALF_WIDTH - left)}${'█'.repeat(left)}│${'█'.repeat(right)}${' '.repeat(HALF_WIDTH - right)}`;
    return [
      `${r.label}${r.basis === 'range' ? ' *' : ''}`,
      bar,
      `${tornadoValue(r.input, r.low.value)} → ${tornadoValue(r.input, r.high.value)}`,
      `${formatPct(r.low.roi12)} → ${formatPct(r.high.roi12)}`,
    ];
  });
  return [
    ...table([
      ['input', `${'lower ROI'.padStart(HALF_WIDTH)}│higher ROI`, 'low → high', 'year-1 ROI'],
      ...cells,
    ]),
    `│ = expected year-1 ROI ${formatPct(baseRoi12)}; each input moved ±20%${sorted.some((r) => r.basis === 'range') ? ', * across your range' : ''}`,
  ];
}
