import {
  ALWAYS_ON_HOURS,
  apiMonthlyCostFromTokens,
  type CapacityInputs,
  faqFineTuneCost,
  fineTuneCostFromGpuHours,
  gpuMonthlyCostFromRate,
  qualityFactorFromRates,
  reductionFromApiCostAfter,
  reductionFromTokenAndPrice,
  servingCapacity,
} from './estimators.ts';
import type { PriceBook, PricedFigure } from './priceBook.ts';
import { type FieldIssue, fail, ok, type Result } from './result.ts';
import { pointValue, type Scenario, type TaskChangeCadence } from './scenario.ts';

export interface PriceUse extends PricedFigure {
  /** Which input the figure filled: apiMonthlyCost, fineTuneCost or gpuMonthlyCost. */
  fills: 'apiMonthlyCost' | 'fineTuneCost' | 'gpuMonthlyCost';
  figure: string;
  /** False when a typed value won over the catalogue estimate. */
  used: boolean;
}

/** The model's inputs after every alternative and estimator is applied: plain numbers, no ranges. */
export interface ResolvedScenario {
  name: string;
  apiMonthlyCost: number;
  reductionPct: number;
  /** Set when reductionPct is 1 − F/A, so that moving the bill (sensitivity, Monte Carlo) moves it too. */
  apiCostAfter?: number;
  qualityFactorPct: number;
  fineTuneCost: number;
  fineTuneCostRange?: { low: number; high: number };
  gpuMonthlyCost: number;
  retrainMonthlyCost: number;
  engineeringWeeks: number;
  engineerHourlyRate: number;
  trainingExamples: number;
  repetitive: boolean;
  qualityBarPct: number;
  taskChangeCadence: TaskChangeCadence;
  apiPriceChangePctPerYear: number;
  gpuPriceChangePctPerYear: number;
  volumeGrowthPctPerYear: number;
  capacity?: CapacityInputs;
  pricesUsed: PriceUse[];
  /** Plain sentences on how an input was derived, or which of two given values was used. */
  notes: string[];
}

// Estimates are shown to the cent ($25.00): the user is checking our arithmetic.
const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// A rate keeps the digits it was quoted with ($6.155/h), so that rate × hours adds up to the total shown.
const usdRate = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Applies the spec's alternatives and the catalogue helpers; lists every required input still missing. */
export function resolveScenario(s: Scenario, prices: PriceBook): Result<ResolvedScenario> {
  const sink = new Sink();
  const { issues, notes, pricesUsed } = sink;

  const apiMonthlyCost = resolveApiMonthlyCost(s, prices, sink);
  const reductionPct = resolveReduction(s, apiMonthlyCost);
  const apiCostAfter = s.apiCostReductionPct === undefined ? s.apiCostAfter : undefined;
  // The schema checks F against a typed bill; a bill estimated from tokens is known only here.
  if (apiCostAfter !== undefined && apiMonthlyCost !== undefined && apiCostAfter > apiMonthlyCost)
    sink.need(
      'apiCostAfter',
      `apiCostAfter (after) must be at most apiMonthlyCost (api), here ${usd.format(apiMonthlyCost)} a month: the API spend that remains cannot exceed the bill`,
    );
  const qualityFactorPct = resolveQuality(s, sink);
  const fineTune = resolveFineTuneCost(s, prices, sink);
  const serving = resolveGpuMonthlyCost(s, prices, sink);

  if (s.trainingExamples === undefined)
    sink.missing(
      'trainingExamples',
      'trainingExamples (examples) is required for the verdict: how many quality examples you have, e.g. 10k',
    );
  if (s.repetitive === undefined)
    sink.missing(
      'repetitive',
      'repetitive is required for the verdict: is the use case repetitive (support, code completion, documents)? yes or no',
    );

  if (issues.length > 0 || apiMonthlyCost === undefined || fineTune === undefined || serving === undefined)
    return fail(withoutFollowOns(issues));

  const resolved: ResolvedScenario = {
    name: s.name ?? 'Fine-tuning scenario',
    apiMonthlyCost,
    reductionPct,
    qualityFactorPct,
    fineTuneCost: fineTune.point,
    gpuMonthlyCost: serving.gpuMonthlyCost,
    retrainMonthlyCost: s.retrainMonthlyCost ?? 0,
    engineeringWeeks: pointValue(s.engineeringWeeks) ?? 0,
    engineerHourlyRate: s.engineerHourlyRate ?? 200,
    trainingExamples: s.trainingExamples ?? 0,
    repetitive: s.repetitive ?? false,
    qualityBarPct: s.qualityBarPct ?? 90,
    taskChangeCadence: s.taskChangeCadence ?? 'stable',
    apiPriceChangePctPerYear: pointValue(s.apiPriceChangePctPerYear) ?? 0,
    gpuPriceChangePctPerYear: pointValue(s.gpuPriceChangePctPerYear) ?? 0,
    volumeGrowthPctPerYear: pointValue(s.volumeGrowthPctPerYear) ?? 0,
    pricesUsed,
    notes,
  };
  // Optional fields are set afterwards, not spread in: the Monte Carlo resolves 10,000 times.
  if (apiCostAfter !== undefined) resolved.apiCostAfter = apiCostAfter;
  if (fineTune.range) resolved.fineTuneCostRange = fineTune.range;
  if (serving.capacity) resolved.capacity = serving.capacity;
  return ok(resolved);
}

/** What resolving collects besides the figures. A class, so no closures are built per request. */
class Sink {
  readonly issues: FieldIssue[] = [];
  readonly notes: string[] = [];
  readonly pricesUsed: PriceUse[] = [];

  need(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  /** A required input that is absent, as opposed to one that was given but cannot be used. */
  missing(field: string, message: string): void {
    this.issues.push({ field, message, missing: true });
  }
}

function resolveApiMonthlyCost(s: Scenario, prices: PriceBook, sink: Sink): number | undefined {
  const typed = pointValue(s.apiMonthlyCost);
  const tokensGiven = s.inputTokensPerMonth !== undefined || s.outputTokensPerMonth !== undefined;
  let estimate: number | undefined;
  if (tokensGiven || s.apiModel !== undefined) {
    let inputPrice = s.inputPricePer1M;
    let outputPrice = s.outputPricePer1M;
    if (s.apiModel !== undefined) {
      const model = prices.apiModel(s.apiModel);
      if (!model.ok) sink.need('apiModel', model.error);
      else {
        inputPrice ??= model.value.inputPer1M;
        outputPrice ??= model.value.outputPer1M;
        const figure = `${usdRate.format(model.value.inputPer1M)} in / ${usdRate.format(model.value.outputPer1M)} out per 1M tokens`;
        sink.pricesUsed.push({ ...model.value, fills: 'apiMonthlyCost', figure, used: typed === undefined });
      }
    }
    const inTokens = s.inputTokensPerMonth ?? 0;
    const outTokens = s.outputTokensPerMonth ?? 0;
    if (!tokensGiven && typed === undefined)
      sink.need(
        'inputTokensPerMonth',
        'the API bill estimate needs tokens_in and/or tokens_out (tokens a month, e.g. 10M)',
      );
    else if ((inTokens > 0 && inputPrice === undefined) || (outTokens > 0 && outputPrice === undefined)) {
      if (typed === undefined && s.apiModel === undefined)
        sink.need(
          'apiModel',
          'the API bill estimate needs a model (e.g. model=gpt-4o) or price_in / price_out per 1M tokens',
        );
    } else if (tokensGiven)
      estimate = apiMonthlyCostFromTokens(inTokens, inputPrice ?? 0, outTokens, outputPrice ?? 0);
  }
  if (typed !== undefined) {
    if (estimate !== undefined && estimate !== typed)
      sink.notes.push(
        `API bill: the typed ${usd.format(typed)} a month was used, not the token estimate of ${usd.format(estimate)}.`,
      );
    return typed;
  }
  if (estimate !== undefined) {
    if (estimate <= 0) {
      sink.need('apiMonthlyCost', 'the token estimate gives an API bill of $0: the bill must be above 0');
      return undefined;
    }
    sink.notes.push(`API bill estimated from tokens: ${usd.format(estimate)} a month.`);
    return estimate;
  }
  sink.missing('apiMonthlyCost', 'apiMonthlyCost (api) is required: what you pay the API a month, e.g. 15k');
  return undefined;
}

function resolveReduction(s: Scenario, apiMonthlyCost: number | undefined): number {
  if (s.apiCostReductionPct !== undefined) return pointValue(s.apiCostReductionPct);
  if (s.apiCostAfter !== undefined && apiMonthlyCost !== undefined)
    return reductionFromApiCostAfter(s.apiCostAfter, apiMonthlyCost);
  if (s.tokenReductionPct !== undefined || s.pricePerTokenReductionPct !== undefined)
    return reductionFromTokenAndPrice(s.tokenReductionPct ?? 0, s.pricePerTokenReductionPct ?? 0);
  return 100;
}

function resolveQuality(s: Scenario, sink: Sink): number {
  if (s.qualityFactorPct !== undefined) return pointValue(s.qualityFactorPct);
  if (s.completionBeforePct === undefined || s.completionAfterPct === undefined) return 100;
  const q = qualityFactorFromRates(
    s.completionBeforePct,
    s.completionAfterPct,
    s.retryBeforePct ?? 0,
    s.retryAfterPct ?? 0,
  );
  if (q > 200)
    sink.need(
      'completionAfterPct',
      `the completion and retry rates give a quality factor of ${hours.format(q)} %, above the 200 % limit`,
    );
  return q;
}

function resolveFineTuneCost(
  s: Scenario,
  prices: PriceBook,
  sink: Sink,
): { point: number; range?: { low: number; high: number } } | undefined {
  const typed = pointValue(s.fineTuneCost);
  const runs = s.trainingRuns ?? 1;
  let rate = pointValue(s.gpuHourlyRate);
  if (s.trainGpu !== undefined) {
    const gpu = prices.gpu(s.trainGpu);
    if (!gpu.ok) sink.need('trainGpu', gpu.error);
    else {
      const used = typed === undefined && rate === undefined;
      if (!used && rate !== undefined)
        sink.notes.push(
          `Fine-tuning GPU rate: the typed ${usdRate.format(rate)}/h was used, not ${gpu.value.label}'s ${usdRate.format(gpu.value.usdPerGpuHour)}/h.`,
        );
      rate ??= gpu.value.usdPerGpuHour;
      sink.pricesUsed.push({
        ...gpu.value,
        fills: 'fineTuneCost',
        figure: `${usdRate.format(gpu.value.usdPerGpuHour)}/GPU-hour`,
        used,
      });
    }
  }
  let estimate: { point: number; range?: { low: number; high: number } } | undefined;
  let how = '';
  if (s.gpuHours !== undefined) {
    if (rate === undefined) {
      if (typed === undefined)
        sink.need(
          'gpuHourlyRate',
          'gpuHours needs a rate: gpuHourlyRate (train_rate, USD per GPU-hour) or train_gpu from the price catalogue',
        );
    } else {
      estimate = { point: fineTuneCostFromGpuHours(s.gpuHours, rate, runs) };
      how = `${hours.format(s.gpuHours)} GPU-hours × ${usdRate.format(rate)}/h${runs > 1 ? ` × ${runs} runs` : ''}`;
    }
  } else if (s.modelSize !== undefined && s.method !== undefined) {
    const faq = rate === undefined ? undefined : faqFineTuneCost(s.modelSize, s.method, rate, runs);
    if (rate === undefined) {
      if (typed === undefined)
        sink.need(
          'gpuHourlyRate',
          'the FAQ estimate needs a GPU rate: gpuHourlyRate (train_rate) or train_gpu',
        );
    } else if (!faq) {
      if (typed === undefined)
        sink.need(
          'gpuHours',
          `the article gives no fine-tuning time for ${s.modelSize} + ${s.method}: give gpuHours (train_hours) instead`,
        );
    } else {
      estimate = { point: faq.point, range: { low: faq.low, high: faq.high } };
      how = `${s.modelSize} ${s.method === 'qlora' ? 'QLoRA' : 'full'}: ${faq.lowHours}–${faq.highHours} h on ${faq.gpus} GPU${faq.gpus > 1 ? 's' : ''} × ${usdRate.format(rate)}/h (midpoint)`;
    }
  }
  if (typed !== undefined) {
    if (estimate !== undefined && estimate.point !== typed)
      sink.notes.push(
        `Fine-tuning cost: the typed ${usd.format(typed)} was used, not the estimate of ${usd.format(estimate.point)} (${how}).`,
      );
    return { point: typed };
  }
  if (estimate !== undefined) {
    sink.notes.push(`Fine-tuning cost ${usd.format(estimate.point)} = ${how}.`);
    return estimate;
  }
  if (s.gpuHours === undefined && s.modelSize === undefined)
    sink.missing(
      'fineTuneCost',
      'fineTuneCost (ft) is required: the one-time fine-tuning compute in USD, e.g. 9.60 (or train_gpu and train_hours)',
    );
  return undefined;
}

function resolveGpuMonthlyCost(
  s: Scenario,
  prices: PriceBook,
  sink: Sink,
): { gpuMonthlyCost: number; capacity?: CapacityInputs } | undefined {
  const typed = pointValue(s.gpuMonthlyCost);
  let rate = pointValue(s.inferenceHourlyRate);
  const hoursPerMonth = s.inferenceHoursPerMonth ?? ALWAYS_ON_HOURS;
  if (s.serveGpu !== undefined) {
    const gpu = prices.gpu(s.serveGpu);
    if (!gpu.ok) sink.need('serveGpu', gpu.error);
    else {
      const used = typed === undefined && rate === undefined;
      rate ??= gpu.value.usdPerGpuHour;
      sink.pricesUsed.push({
        ...gpu.value,
        fills: 'gpuMonthlyCost',
        figure: `${usdRate.format(gpu.value.usdPerGpuHour)}/GPU-hour`,
        used,
      });
    }
  }
  if (s.servedTokensPerMonth !== undefined && s.gpuTokensPerSecond !== undefined) {
    if (rate === undefined) {
      sink.need(
        'inferenceHourlyRate',
        'the throughput model needs a serving rate: inferenceHourlyRate (serve_rate) or serve_gpu',
      );
      return undefined;
    }
    const capacity: CapacityInputs = {
      servedTokensPerMonth: s.servedTokensPerMonth,
      gpuTokensPerSecond: pointValue(s.gpuTokensPerSecond),
      targetUtilizationPct: s.targetUtilizationPct ?? 50,
      minReplicas: s.minReplicas ?? 1,
      inferenceHourlyRate: rate,
      inferenceHoursPerMonth: hoursPerMonth,
    };
    return { gpuMonthlyCost: servingCapacity(capacity).gpuMonthlyCost, capacity };
  }
  const estimate = rate === undefined ? undefined : gpuMonthlyCostFromRate(rate, hoursPerMonth);
  if (typed !== undefined) {
    if (estimate !== undefined && estimate !== typed)
      sink.notes.push(
        `GPU serving: the typed ${usd.format(typed)} a month was used, not the estimate of ${usd.format(estimate)}.`,
      );
    return { gpuMonthlyCost: typed };
  }
  if (estimate !== undefined && rate !== undefined) {
    sink.notes.push(
      `GPU serving ${usd.format(estimate)} a month = ${usdRate.format(rate)}/h × ${hours.format(hoursPerMonth)} h.`,
    );
    return { gpuMonthlyCost: estimate };
  }
  if (s.inferenceHoursPerMonth !== undefined)
    sink.need(
      'inferenceHourlyRate',
      'serving hours need a rate: inferenceHourlyRate (serve_rate) or serve_gpu from the price catalogue',
    );
  else
    sink.missing(
      'gpuMonthlyCost',
      'gpuMonthlyCost (gpu) is required: the monthly GPU cost of serving the tuned model, e.g. 200',
    );
  return undefined;
}

/** A failed catalogue lookup already says what to fix; the inputs it would have filled are not "missing" too. */
const FOLLOW_ONS: Record<string, readonly string[]> = {
  apiModel: ['apiMonthlyCost'],
  trainGpu: ['gpuHourlyRate', 'fineTuneCost'],
  serveGpu: ['inferenceHourlyRate', 'gpuMonthlyCost'],
};

function withoutFollowOns(issues: FieldIssue[]): FieldIssue[] {
  const hidden = new Set(issues.flatMap((i) => FOLLOW_ONS[i.field] ?? []));
  return issues.filter((i) => !hidden.has(i.field));
}
