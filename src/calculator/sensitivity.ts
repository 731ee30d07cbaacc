import { type CoreFigures, computeCore } from './model.ts';
import type { ResolvedScenario } from './resolve.ts';
import { setApiMonthlyCost } from './sample.ts';
import type { NumberRange } from './values.ts';

/** The inputs the tornado moves, with the direction that helps fine-tuning. */
export const TORNADO_INPUTS = [
  { input: 'apiMonthlyCost', rangeKey: 'apiMonthlyCost', label: 'API bill', helpsWhen: 'higher', max: 1e9 },
  {
    input: 'reductionPct',
    rangeKey: 'apiCostReductionPct',
    label: 'API cost reduction',
    helpsWhen: 'higher',
    max: 100,
  },
  {
    input: 'qualityFactorPct',
    rangeKey: 'qualityFactorPct',
    label: 'Quality factor',
    helpsWhen: 'higher',
    max: 200,
  },
  {
    input: 'gpuMonthlyCost',
    rangeKey: 'gpuMonthlyCost',
    label: 'GPU serving cost',
    helpsWhen: 'lower',
    max: 1e9,
  },
  {
    input: 'fineTuneCost',
    rangeKey: 'fineTuneCost',
    label: 'Fine-tuning cost',
    helpsWhen: 'lower',
    max: 1e9,
  },
  {
    input: 'engineeringWeeks',
    rangeKey: 'engineeringWeeks',
    label: 'Engineering effort',
    helpsWhen: 'lower',
    max: 520,
  },
] as const;

export type TornadoInput = (typeof TORNADO_INPUTS)[number]['input'];

export interface TornadoPoint {
  value: number;
  roi12: number | null;
  breakEvenMonths: number | null;
}

export interface TornadoRow {
  input: TornadoInput;
  label: string;
  /** 'range' when the user gave this input as low..high, else the ±20 % move. */
  basis: 'range' | '±20%';
  low: TornadoPoint;
  high: TornadoPoint;
  /** |year-1 ROI at high − at low|, in percentage points: the bar's length. */
  swing: number;
}

export const SENSITIVITY_STEP = 0.2;

const withValue = (r: ResolvedScenario, input: TornadoInput, value: number): ResolvedScenario => {
  const next = { ...r, [input]: value };
  // A bar must equal re-running with that bill: with the reduction given as F, r = 1 − F/A moves too.
  if (input === 'apiMonthlyCost') setApiMonthlyCost(next, value);
  // Under drift the month-by-month model re-derives G from the throughput model, so move its rate too.
  if (input === 'gpuMonthlyCost' && r.capacity && r.gpuMonthlyCost > 0)
    next.capacity = {
      ...r.capacity,
      inferenceHourlyRate: r.capacity.inferenceHourlyRate * (value / r.gpuMonthlyCost),
    };
  return next;
};

/** A bill below the API spend that remains (F) is not a valid scenario: the move stops there. */
const lowest = (r: ResolvedScenario, input: TornadoInput): number =>
  input === 'apiMonthlyCost' ? (r.apiCostAfter ?? 0) : 0;

const point = (r: ResolvedScenario, input: TornadoInput, value: number): TornadoPoint => {
  const core = computeCore(withValue(r, input, value));
  return { value, roi12: core.roi12, breakEvenMonths: core.breakEvenMonths };
};

/** Which inputs swing year-1 ROI most, largest first. */
export function tornado(r: ResolvedScenario, ranges: Record<string, NumberRange> = {}): TornadoRow[] {
  return TORNADO_INPUTS.map(({ input, rangeKey, label, max }) => {
    const base = r[input];
    const range = ranges[rangeKey];
    const low = range ? range.low : Math.max(lowest(r, input), base * (1 - SENSITIVITY_STEP));
    const high = range ? range.high : Math.min(max, base * (1 + SENSITIVITY_STEP));
    const lowPoint = point(r, input, low);
    const highPoint = point(r, input, high);
    const swing = Math.abs((highPoint.roi12 ?? 0) - (lowPoint.roi12 ?? 0));
    return {
      input,
      label,
      basis: range ? 'range' : '±20%',
      low: lowPoint,
      high: highPoint,
      swing,
    } as TornadoRow;
  }).sort((a, b) => b.swing - a.swing);
}

export interface Case {
  name: 'pessimistic' | 'expected' | 'optimistic';
  figures: CoreFigures;
}

/** Every tornado input moved 20 % against fine-tuning at once, then 20 % in its favour. */
export function cases(r: ResolvedScenario): Case[] {
  const shifted = (direction: -1 | 1): ResolvedScenario => {
    let next = r;
    for (const { input, helpsWhen, max } of TORNADO_INPUTS) {
      const sign = helpsWhen === 'higher' ? direction : -direction;
      // From `next`, not `r`: moving the bill may already have moved the reduction derived from it.
      const moved = Math.max(lowest(next, input), next[input] * (1 + sign * SENSITIVITY_STEP));
      next = withValue(next, input, Math.min(max, moved));
    }
    return next;
  };
  return [
    { name: 'pessimistic', figures: computeCore(shifted(-1)) },
    { name: 'expected', figures: computeCore(r) },
    { name: 'optimistic', figures: computeCore(shifted(1)) },
  ];
}
