/**
 * "Changes vs <label>": how a re-run or a thread "what if" moved the headline figures, and which
 * inputs changed to move them. Posted in the original result's thread, so it reads as a diff.
 */
import { type Analysis, FIELD_BY_KEY, type FieldSpec, isRange } from '../calculator/index.ts';
import {
  formatMonths,
  formatNumber,
  formatPct,
  formatPointsDelta,
  formatUsd,
  formatUsdDelta,
} from '../format.ts';
import { escapeMrkdwn } from './text.ts';

/** Input changes listed before "and N more": the figures matter more than a long diff. */
const MAX_INPUT_CHANGES = 8;

const pctLine = (label: string, before: number | null, after: number | null): string => {
  const delta =
    before === null || after === null
      ? ''
      : Math.abs(after - before) < 0.05
        ? ' (unchanged)'
        : ` (${formatPointsDelta(after - before)})`;
  return `${label} ${formatPct(before)} → ${formatPct(after)}${delta}`;
};

const usdLine = (label: string, before: number, after: number): string => {
  const delta = Math.abs(after - before) < 0.005 ? 'unchanged' : formatUsdDelta(after - before);
  return `${label} ${formatUsd(before)} → ${formatUsd(after)} (${delta})`;
};

function breakEvenLine(before: number | null, after: number | null): string {
  let delta = '';
  if (before !== null && after !== null) {
    const d = after - before;
    delta =
      Math.abs(d) < 0.05
        ? Math.abs(d) === 0
          ? ' (unchanged)'
          : ` (${d < 0 ? 'sooner' : 'later'}, by under 0.1 months)`
        : ` (${d < 0 ? '−' : '+'}${formatNumber(Math.round(Math.abs(d) * 10) / 10)} months)`;
  }
  return `break-even ${formatMonths(before)} → ${formatMonths(after)}${delta}`;
}

/** A scenario value as a person would read it: `$200`, `80.0%`, `150..400`, `yes`. */
export function describeValue(field: FieldSpec | undefined, value: unknown): string {
  if (value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (isRange(value as never)) {
    const r = value as { low: number; high: number };
    return `${describeValue(field, r.low)}..${describeValue(field, r.high)}`;
  }
  if (typeof value === 'number') {
    if (field?.kind === 'money') return formatUsd(value);
    if (field?.kind === 'percent') return formatPct(value);
    return formatNumber(value);
  }
  return escapeMrkdwn(String(value));
}

/** The scenario inputs that differ between two analyses, as `gpu (gpuMonthlyCost) $200 → $500`. */
export function inputChanges(current: Analysis, previous: Analysis): string[] {
  const before = previous.scenario as Record<string, unknown>;
  const after = current.scenario as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const lines = changed.map((key) => {
    const field = FIELD_BY_KEY.get(key);
    const name = field?.aliases[0] ? `${field.aliases[0]} (${key})` : key;
    return `${name} ${describeValue(field, before[key])} → ${describeValue(field, after[key])}`;
  });
  if (lines.length <= MAX_INPUT_CHANGES) return lines;
  return [...lines.slice(0, MAX_INPUT_CHANGES), `and ${lines.length - MAX_INPUT_CHANGES} more`];
}

/** The verdict change called out on its own line, then the figures, then what changed in the inputs. */
export function changeLines(current: Analysis, previous: Analysis): string[] {
  const verdict =
    current.verdict === previous.verdict
      ? `Verdict unchanged: *${current.verdict}*`
      : `:rotating_light: *Verdict changed: ${previous.verdict} → ${current.verdict}*`;
  const figures = [
    pctLine('year-1 ROI', previous.roi12, current.roi12),
    pctLine('3-year ROI', previous.roi36, current.roi36),
    usdLine('monthly net savings', previous.monthlyNetSavings, current.monthlyNetSavings),
    breakEvenLine(previous.breakEvenMonths, current.breakEvenMonths),
    ...(previous.upfrontCost !== current.upfrontCost
      ? [usdLine('upfront cost', previous.upfrontCost, current.upfrontCost)]
      : []),
  ];
  const inputs = inputChanges(current, previous);
  return [
    verdict,
    ...figures.map((l) => `• ${l}`),
    ...(inputs.length > 0 ? [`_Inputs changed:_ ${inputs.join(' · ')}`] : []),
  ];
}
