import { describe, expect, it } from 'vitest';
import {
  apiMonthlyCostFromTokens,
  parseInline,
  reductionFromTokenAndPrice,
} from '../../src/calculator/index.ts';
import { analysisOf, presetScenario } from './support.ts';

/** Where the article's arithmetic is wrong, the spec governs: each correction pinned with the wrong figure. */
describe('the article’s errors, corrected', () => {
  it('10M input tokens at $2.50/1M is $25 a month, not $25,000', () => {
    const bill = apiMonthlyCostFromTokens(10_000_000, 2.5, 0, 0);
    expect(bill).toBe(25);
    expect(bill).not.toBe(25_000);
  });

  it('500 requests × 1,000 tokens × 20 days at $2.50/1M is $25, not $625', () => {
    const bill = apiMonthlyCostFromTokens(500 * 1_000 * 20, 2.5, 0, 0);
    expect(bill).toBe(25);
    expect(bill).not.toBe(625);
  });

  it('the token estimate flows into the analysis: tokens_in=10M price_in=2.50 is a $25 bill', () => {
    const inline = parseInline('tokens_in=10M price_in=$2.50 gpu=0 ft=0 examples=0 repetitive=no');
    expect(inline.ok).toBe(true);
    if (!inline.ok) return;
    const analysis = analysisOf(inline.value);
    expect(analysis.inputs.apiMonthlyCost).toBe(25);
    expect(analysis.monthlyApiSavings).toBe(25);
  });

  it('input and output tokens are priced separately', () => {
    expect(apiMonthlyCostFromTokens(10_000_000, 2.5, 2_000_000, 10)).toBe(45);
  });

  it('60 % fewer tokens at a 60 % lower price is an 84 % reduction (not 60 %, 36 % or 120 %)', () => {
    expect(reductionFromTokenAndPrice(60, 60)).toBeCloseTo(84, 10);
    const analysis = analysisOf({
      ...presetScenario('core-formula'),
      tokenReductionPct: 60,
      pricePerTokenReductionPct: 60,
    });
    expect(analysis.reductionPct).toBeCloseTo(84, 10);
    expect(analysis.monthlyApiSavings).toBeCloseTo(8_400, 8);
  });

  it('core formula: year-1 ROI is 860.0 %, not 764 % (the article subtracts the GPU cost twice)', () => {
    const { roi12 } = analysisOf(presetScenario('core-formula'));
    const doubleCounted = ((120_000 - 12_000 - 12_500) / 12_500) * 100;
    expect(doubleCounted).toBeCloseTo(764, 6);
    expect(roi12).toBeCloseTo(860, 10);
    expect(roi12).not.toBeCloseTo(764, 0);
  });

  it('customer support: year-1 ROI is 7,270.5 %, not 7,167 %', () => {
    const { roi12, monthlyNetSavings } = analysisOf(presetScenario('customer-support'));
    expect(monthlyNetSavings).toBeCloseTo(14_600, 9); // the article's $14,600 is right
    expect(roi12).toBeCloseTo(7_270.5, 1);
    expect(roi12).not.toBeCloseTo(7_167, 0);
  });

  it('code generation: 2,464.4 % (the article rounds to 2,465 %)', () => {
    expect(analysisOf(presetScenario('code-generation')).roi12).toBeCloseTo(2_464.4, 1);
  });

  it('low-volume legal: year-1 ROI is 44.8 %, not 260 % (the article divides by the upfront cost only)', () => {
    const { roi12, monthlyNetSavings, breakEvenMonths } = analysisOf(presetScenario('low-volume-legal'));
    const upfrontOnly = ((150 * 12 - 500) / 500) * 100;
    expect(upfrontOnly).toBe(260);
    expect(monthlyNetSavings).toBeCloseTo(150, 9); // right in the article
    expect(breakEvenMonths).toBeCloseTo(3.3, 1); // right in the article
    expect(roi12).toBeCloseTo(44.8, 1);
    expect(roi12).not.toBeCloseTo(260, 0);
  });
});
