/**
 * The cumulative cash flow as a text bar chart for a code block: one row per month, losses to the
 * left of the axis, gains to the right, and the month the upfront cost is recovered marked.
 */
import type { MonthFlow } from '../calculator/index.ts';
import { formatMonths, formatUsd } from '../format.ts';

/** Bar width in characters: narrow enough for a phone's code block. */
const BAR_WIDTH = 24;

/** Whole dollars once the amounts are large: cents would only widen the column. */
const money = (amount: number): string => formatUsd(Math.abs(amount) >= 100 ? Math.round(amount) : amount);

/** The month whose row carries the break-even marker: the month in which U is recovered. */
export function breakEvenRow(breakEvenMonths: number | null): number | undefined {
  return breakEvenMonths === null ? undefined : Math.ceil(breakEvenMonths);
}

export function cashFlowChart(flows: readonly MonthFlow[], breakEvenMonths: number | null): string[] {
  if (flows.length === 0) return [];
  const values = flows.map((f) => f.cumulative);
  const lowest = Math.min(0, ...values);
  const highest = Math.max(0, ...values);
  const span = highest - lowest || 1;
  // The axis sits where zero falls, so losses and gains keep their true proportions.
  const left = Math.round((BAR_WIDTH * -lowest) / span);
  const right = BAR_WIDTH - left;
  const marked = breakEvenRow(breakEvenMonths);
  const labels = flows.map((f) => money(f.cumulative));
  const labelWidth = Math.max(...labels.map((l) => l.length), 'cumulative'.length);
  const rows = flows.map((f, i) => {
    const loss = f.cumulative < 0 ? Math.round((BAR_WIDTH * -f.cumulative) / span) : 0;
    const gain = f.cumulative > 0 ? Math.round((BAR_WIDTH * f.cumulative) / span) : 0;
    const bar = `${' '.repeat(Math.max(0, left - loss))}${'░'.repeat(Math.min(loss, left))}│${'█'.repeat(Math.min(gain, right))}`;
    const marker = f.month === marked ? ' ◀ break-even' : '';
    return `${String(f.month).padStart(5)}  ${(labels[i] ?? '').padStart(labelWidth)}  ${bar}${marker}`.trimEnd();
  });
  const last = flows[flows.length - 1]?.month ?? 0;
  const footer =
    breakEvenMonths === null
      ? `never breaks even: the upfront cost is not recovered`
      : marked !== undefined && marked > last
        ? `break-even after month ${last}: ${formatMonths(breakEvenMonths)}`
        : `break-even: ${formatMonths(breakEvenMonths)} (░ below zero, █ above)`;
  return [`month  ${'cumulative'.padStart(labelWidth)}`, ...rows, footer];
}
