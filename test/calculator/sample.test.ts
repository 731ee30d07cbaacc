import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCore, emptyPriceBook, resolveScenario, type Scenario } from '../../src/calculator/index.ts';
import { applySample, type Sample } from '../../src/calculator/sample.ts';

// Base scenarios covering every way a rangeable input feeds the model: typed values, the apiCostAfter
// form of the reduction, rate-derived fine-tuning (gpuHours and the FAQ), serving from a rate, and
// the throughput model.
const BASES: Scenario[] = [
  {
    apiMonthlyCost: 15_000,
    apiCostAfter: 200,
    gpuMonthlyCost: 200,
    fineTuneCost: 9.6,
    trainingExamples: 1,
    repetitive: true,
  },
  {
    apiMonthlyCost: 8_000,
    apiCostReductionPct: 60,
    qualityFactorPct: 90,
    fineTuneCost: 50,
    gpuMonthlyCost: 300,
    engineeringWeeks: 2,
    trainingExamples: 1,
    repetitive: true,
  },
  {
    apiMonthlyCost: 5_000,
    gpuHours: 4,
    gpuHourlyRate: 2.4,
    inferenceHourlyRate: 0.5,
    inferenceHoursPerMonth: 400,
    trainingExamples: 1,
    repetitive: true,
  },
  {
    apiMonthlyCost: 5_000,
    modelSize: '70B',
    method: 'full',
    gpuHourlyRate: 2,
    gpuMonthlyCost: 900,
    trainingExamples: 1,
    repetitive: true,
    apiPriceChangePctPerYear: -30,
  },
  {
    apiMonthlyCost: 20_000,
    fineTuneCost: 100,
    servedTokensPerMonth: 5e9,
    gpuTokensPerSecond: 1500,
    inferenceHourlyRate: 2.69,
    trainingExamples: 1,
    repetitive: true,
    volumeGrowthPctPerYear: 80,
    gpuPriceChangePctPerYear: -20,
  },
];

const SAMPLED_KEYS = [
  'apiMonthlyCost',
  'apiCostReductionPct',
  'qualityFactorPct',
  'fineTuneCost',
  'gpuMonthlyCost',
  'gpuHourlyRate',
  'inferenceHourlyRate',
  'gpuTokensPerSecond',
  'engineeringWeeks',
  'apiPriceChangePctPerYear',
  'gpuPriceChangePctPerYear',
  'volumeGrowthPctPerYear',
] as const;

describe('applySample (the Monte Carlo fast path)', () => {
  it('gives exactly what resolving the sampled scenario gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        (base, factor) => {
          const point = resolveScenario(base, emptyPriceBook);
          if (!point.ok) throw new Error('base must resolve');
          // Sample only the inputs this base gives, as the Monte Carlo does (a range replaces a given value).
          const sample: Sample = {};
          for (const key of SAMPLED_KEYS) {
            const value = base[key];
            if (typeof value === 'number')
              sample[key] = key.endsWith('PerYear')
                ? value * factor
                : Math.min(value * factor, key.endsWith('Pct') ? 100 : Infinity);
          }
          if (sample.apiMonthlyCost !== undefined && base.apiCostAfter !== undefined)
            sample.apiMonthlyCost = Math.max(sample.apiMonthlyCost, base.apiCostAfter);
          const fast = applySample(point.value, base, sample);
          const slow = resolveScenario({ ...base, ...sample } as Scenario, emptyPriceBook);
          if (!slow.ok || !fast) throw new Error('sampled scenario must resolve');
          const a = computeCore(fast);
          const b = computeCore(slow.value);
          for (const field of Object.keys(b) as (keyof typeof b)[]) {
            const x = a[field];
            const y = b[field];
            if (x === null || y === null) expect(x).toBe(y);
            else expect(x).toBeCloseTo(y, 6);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
