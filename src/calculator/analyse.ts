import { addDays, addMonths, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';
import { servingCapacity } from './estimators.ts';
import { type CoreFigures, cashFlow, computeCore, type MonthFlow } from './model.ts';
import { emptyPriceBook, type PriceBook } from './priceBook.ts';
import { type ResolvedScenario, resolveScenario } from './resolve.ts';
import { fail, ok, type Result } from './result.ts';
import type { Scenario } from './scenario.ts';
import { validateScenario } from './schema.ts';
import { type Uncertainty, uncertainty } from './uncertainty.ts';
import {
  numbersAgree,
  type QuickTest,
  quickTest,
  type Targets,
  targets,
  type Verdict,
  verdict,
  verdictReason,
  type WarningId,
  warnings,
} from './verdict.ts';

export interface Analysis extends CoreFigures {
  name: string;
  /** The validated scenario as given: what metadata carries and what "Edit & re-run" restores. */
  scenario: Scenario;
  inputs: ResolvedScenario;
  reductionPct: number;
  qualityFactorPct: number;
  targets: Targets;
  quickTest: QuickTest;
  numbersAgree: boolean;
  verdict: Verdict;
  verdictReason: string;
  warnings: WarningId[];
  startDate: string;
  breakEvenDate: string | null;
  cashFlow: MonthFlow[];
  fineTuneCostRange?: { low: number; high: number };
  gpusNeeded?: number;
  achievedUtilizationPct?: number;
  uncertainty?: Uncertainty;
}

export interface AnalyseOptions {
  /** The day the scenario starts; defaults to the scenario's startDate, else `today`. */
  today?: Date;
  prices?: PriceBook;
  /** Catalogue figures older than this many days add the stale-price warning. */
  staleAfterDays?: number;
  /** Monte Carlo samples when the scenario has ranges (the spec's 10,000). */
  samples?: number;
}

/** A month in the spec's date arithmetic: fractional months count as days of 30.44. */
export const DAYS_PER_MONTH = 30.44;

export function breakEvenDate(start: Date, months: number | null): string | null {
  if (months === null) return null;
  const whole = Math.floor(months);
  const date = addDays(addMonths(start, whole), Math.round((months - whole) * DAYS_PER_MONTH));
  // A pay-back millions of years out is past the last date JS can hold: formatISO would throw.
  if (!isValid(date)) return null;
  return formatISO(date, { representation: 'date' });
}

/** Validate, resolve and analyse in one call: the entry point every surface uses. */
export function evaluate(raw: unknown, options: AnalyseOptions = {}): Result<Analysis> {
  const valid = validateScenario(raw);
  if (!valid.ok) return valid;
  return analyse(valid.value, options);
}

/** Analyse a validated scenario; fails only when a required input (or a catalogue id) is missing. */
export function analyse(scenario: Scenario, options: AnalyseOptions = {}): Result<Analysis> {
  const prices = options.prices ?? emptyPriceBook;
  const resolved = resolveScenario(scenario, prices);
  if (!resolved.ok) return fail(resolved.error);
  const r = resolved.value;
  const today = options.today ?? new Date();
  const start = scenario.startDate ? parseISO(scenario.startDate) : today;
  const core = computeCore(r);
  const test = quickTest(r);
  const capacity = r.capacity ? servingCapacity(r.capacity) : undefined;
  const staleAfter = options.staleAfterDays ?? 90;
  const stale = r.pricesUsed.some(
    (p) => p.used && differenceInCalendarDays(today, parseISO(p.asOf)) > staleAfter,
  );
  const spread = uncertainty(scenario, prices, options.samples, r);
  // One flat literal, optional fields set afterwards: spreads and accessors in a literal this size
  // made it a slow dictionary-mode object (~8 µs a request in the profile).
  const analysis: Analysis = {
    name: r.name,
    scenario,
    inputs: r,
    engineeringCost: core.engineeringCost,
    upfrontCost: core.upfrontCost,
    monthlyApiSavings: core.monthlyApiSavings,
    monthlyRunCost: core.monthlyRunCost,
    monthlyNetSavings: core.monthlyNetSavings,
    breakEvenMonths: core.breakEvenMonths,
    roi12: core.roi12,
    roi36: core.roi36,
    netBenefit12: core.netBenefit12,
    netBenefit36: core.netBenefit36,
    minApiBillFor6MonthPayback: core.minApiBillFor6MonthPayback,
    firstYearNetSavings: core.firstYearNetSavings,
    reductionPct: r.reductionPct,
    qualityFactorPct: r.qualityFactorPct,
    targets: targets(core),
    quickTest: test,
    numbersAgree: numbersAgree(core),
    verdict: verdict(test, core),
    verdictReason: verdictReason(test, core),
    warnings: warnings(r, core, {
      idle: capacity !== undefined && capacity.achievedUtilizationPct < 10,
      stale,
    }),
    startDate: formatISO(start, { representation: 'date' }),
    breakEvenDate: breakEvenDate(start, core.breakEvenMonths),
    cashFlow: cashFlow(r, core),
  };
  if (r.fineTuneCostRange) analysis.fineTuneCostRange = r.fineTuneCostRange;
  if (capacity) {
    analysis.gpusNeeded = capacity.gpusNeeded;
    analysis.achievedUtilizationPct = capacity.achievedUtilizationPct;
  }
  if (spread) analysis.uncertainty = spread;
  return ok(analysis);
}
