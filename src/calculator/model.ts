import { servingCapacity } from './estimators.ts';
import type { ResolvedScenario } from './resolve.ts';

/** One month of the cash-flow series; `cumulative` starts from −upfrontCost. */
export interface MonthFlow {
  month: number;
  apiSavings: number;
  runCost: number;
  netSavings: number;
  cumulative: number;
}

/** The spec's formulas, before the verdict and the display extras. Monte Carlo samples call this alone. */
export interface CoreFigures {
  engineeringCost: number;
  upfrontCost: number;
  monthlyApiSavings: number;
  monthlyRunCost: number;
  monthlyNetSavings: number;
  breakEvenMonths: number | null;
  roi12: number | null;
  roi36: number | null;
  netBenefit12: number;
  netBenefit36: number;
  minApiBillFor6MonthPayback: number | null;
  firstYearNetSavings: number;
}

export const HOURS_PER_WEEK = 40;
export const CASH_FLOW_MONTHS = 36;
/** Beyond ten years a drifting scenario is reported as never paying back. */
export const BREAK_EVEN_SEARCH_MONTHS = 120;

export const hasDrift = (r: ResolvedScenario): boolean =>
  r.apiPriceChangePctPerYear !== 0 || r.gpuPriceChangePctPerYear !== 0 || r.volumeGrowthPctPerYear !== 0;

const yearly = (pctPerYear: number, month: number) => (1 + pctPerYear / 100) ** ((month - 1) / 12);

/** Month m's savings and running cost at that month's prices and traffic (m = 1 is today). */
export function monthAt(r: ResolvedScenario, month: number): { apiSavings: number; runCost: number } {
  const volume = yearly(r.volumeGrowthPctPerYear, month);
  const apiSavings =
    (r.qualityFactorPct / 100) *
    (r.reductionPct / 100) *
    r.apiMonthlyCost *
    yearly(r.apiPriceChangePctPerYear, month) *
    volume;
  const gpu = r.capacity ? servingCapacity(r.capacity, volume).gpuMonthlyCost : r.gpuMonthlyCost;
  const runCost = (gpu + r.retrainMonthlyCost) * yearly(r.gpuPriceChangePctPerYear, month);
  return { apiSavings, runCost };
}

// A ratio over a vanishing denominator (a subnormal cost or r × q) overflows to ±Infinity, which JSON
// would print as null anyway: say so explicitly, as the spec's "never" / "n/a".
const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

const roi = (savings: number, cost: number): number | null =>
  cost === 0 ? null : finiteOrNull(((savings - cost) / cost) * 100);

export function computeCore(r: ResolvedScenario): CoreFigures {
  const engineeringCost = r.engineeringWeeks * HOURS_PER_WEEK * r.engineerHourlyRate;
  const upfrontCost = r.fineTuneCost + engineeringCost;
  const qr = (r.qualityFactorPct / 100) * (r.reductionPct / 100);
  const monthlyApiSavings = qr * r.apiMonthlyCost;
  const monthlyRunCost = r.gpuMonthlyCost + r.retrainMonthlyCost;
  const monthlyNetSavings = monthlyApiSavings - monthlyRunCost;
  const minApiBillFor6MonthPayback = qr > 0 ? finiteOrNull((monthlyRunCost + upfrontCost / 6) / qr) : null;
  // Each branch returns one flat literal: spreading a shared base into it made this function ~100×
  // slower in Node 20 (dictionary-mode objects), and the Monte Carlo calls it 10,000 times.
  if (!hasDrift(r)) {
    // Closed forms, so that the spec's worked examples come out exactly, with no summation error.
    return {
      engineeringCost,
      upfrontCost,
      monthlyApiSavings,
      monthlyRunCost,
      monthlyNetSavings,
      minApiBillFor6MonthPayback,
      breakEvenMonths:
        monthlyNetSavings > 0
          ? upfrontCost === 0
            ? 0
            : finiteOrNull(upfrontCost / monthlyNetSavings)
          : null,
      roi12: roi(monthlyApiSavings * 12, upfrontCost + monthlyRunCost * 12),
      roi36: roi(monthlyApiSavings * 36, upfrontCost + monthlyRunCost * 36),
      netBenefit12: monthlyNetSavings * 12 - upfrontCost,
      netBenefit36: monthlyNetSavings * 36 - upfrontCost,
      firstYearNetSavings: monthlyNetSavings * 12,
    };
  }

  let savings = 0;
  let running = 0;
  let cumulative = 0;
  let breakEvenMonths: number | null = upfrontCost === 0 && monthlyNetSavings > 0 ? 0 : null;
  const totals: Record<number, { savings: number; running: number }> = {};
  for (let month = 1; month <= BREAK_EVEN_SEARCH_MONTHS; month++) {
    const { apiSavings, runCost } = monthAt(r, month);
    const net = apiSavings - runCost;
    // With U = 0 and a loss in month 1, pay-back is where the cumulative climbs back to 0.
    if (breakEvenMonths === null && net > 0 && cumulative + net >= upfrontCost)
      breakEvenMonths = finiteOrNull(month - 1 + (upfrontCost - cumulative) / net);
    savings += apiSavings;
    running += runCost;
    cumulative += net;
    if (month === 12 || month === 36) totals[month] = { savings, running };
    if (month >= 36 && breakEvenMonths !== null) break;
  }
  const year1 = totals[12] ?? { savings: 0, running: 0 };
  const year3 = totals[36] ?? { savings: 0, running: 0 };
  return {
    engineeringCost,
    upfrontCost,
    monthlyApiSavings,
    monthlyRunCost,
    monthlyNetSavings,
    minApiBillFor6MonthPayback,
    breakEvenMonths,
    roi12: roi(year1.savings, upfrontCost + year1.running),
    roi36: roi(year3.savings, upfrontCost + year3.running),
    netBenefit12: year1.savings - year1.running - upfrontCost,
    netBenefit36: year3.savings - year3.running - upfrontCost,
    firstYearNetSavings: year1.savings - year1.running,
  };
}

/** The cumulative cash flow, month 0 (the upfront spend) to `months`. */
export function cashFlow(r: ResolvedScenario, core: CoreFigures, months = CASH_FLOW_MONTHS): MonthFlow[] {
  const drift = hasDrift(r);
  const flows: MonthFlow[] = [
    { month: 0, apiSavings: 0, runCost: 0, netSavings: 0, cumulative: -core.upfrontCost },
  ];
  let cumulative = -core.upfrontCost;
  for (let month = 1; month <= months; month++) {
    const { apiSavings, runCost } = drift
      ? monthAt(r, month)
      : { apiSavings: core.monthlyApiSavings, runCost: core.monthlyRunCost };
    const netSavings = apiSavings - runCost;
    cumulative = drift ? cumulative + netSavings : core.monthlyNetSavings * month - core.upfrontCost;
    flows.push({ month, apiSavings, runCost, netSavings, cumulative });
  }
  return flows;
}
