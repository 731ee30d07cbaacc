import { describe, expect, it } from 'vitest';
import {
  type ApiModelPrice,
  type GpuPrice,
  type PriceBook,
  parseInline,
} from '../../src/calculator/index.ts';
import { analysisOf, issuesOf } from './support.ts';

const GPT_4O: ApiModelPrice = {
  id: 'gpt-4o',
  label: 'GPT-4o',
  source: 'openai.com/api/pricing',
  asOf: '2026-03-01',
  inputPer1M: 2.5,
  outputPer1M: 10,
};
const H100: GpuPrice = {
  id: 'runpod:h100-sxm',
  label: 'RunPod H100 SXM',
  source: 'runpod.io/pricing',
  asOf: '2026-09-25',
  usdPerGpuHour: 2.69,
};
const COREWEAVE_H100: GpuPrice = {
  id: 'coreweave:h100',
  label: 'CoreWeave H100',
  source: 'coreweave.com/pricing',
  asOf: '2026-09-20',
  usdPerGpuHour: 6.155,
};
const GPUS = [H100, COREWEAVE_H100];

/** A two-row book of the test's own: the calculator only sees the PriceBook interface. */
const prices: PriceBook = {
  apiModel: (id) =>
    id === GPT_4O.id ? { ok: true, value: GPT_4O } : { ok: false, error: `no API model "${id}"` },
  gpu: (id) => {
    const gpu = GPUS.find((g) => g.id === id);
    return gpu ? { ok: true, value: gpu } : { ok: false, error: `no GPU "${id}"` };
  },
};

const inline = (text: string) => {
  const parsed = parseInline(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

const rest = 'examples=10k repetitive=yes';
const today = new Date(2026, 3, 1); // 31 days after GPT-4o's as-of date

describe('catalogue figures fill the inputs', () => {
  it('model=gpt-4o tokens_in=10M is a $25.00 bill, and says which figure it used', () => {
    const analysis = analysisOf(inline(`model=gpt-4o tokens_in=10M gpu=0 ft=0 ${rest}`), { prices, today });
    expect(analysis.inputs.apiMonthlyCost).toBe(25);
    expect(analysis.inputs.pricesUsed).toEqual([
      expect.objectContaining({ id: 'gpt-4o', fills: 'apiMonthlyCost', used: true, asOf: '2026-03-01' }),
    ]);
    expect(analysis.inputs.notes).toContain('API bill estimated from tokens: $25.00 a month.');
  });

  it('a typed bill wins over the token estimate and says so', () => {
    const analysis = analysisOf(inline(`api=15k model=gpt-4o tokens_in=10M gpu=0 ft=0 ${rest}`), {
      prices,
      today,
    });
    expect(analysis.inputs.apiMonthlyCost).toBe(15_000);
    expect(analysis.inputs.pricesUsed[0]?.used).toBe(false);
    expect(analysis.inputs.notes.join(' ')).toContain('the typed $15,000.00 a month was used');
  });

  it('train_gpu × train_hours is the fine-tuning cost; serve_gpu × 720 h the serving cost', () => {
    const text = `api=15k train_gpu=runpod:h100-sxm train_hours=4 serve_gpu=runpod:h100-sxm ${rest}`;
    const analysis = analysisOf(inline(text), { prices, today });
    expect(analysis.upfrontCost).toBeCloseTo(4 * 2.69, 12);
    expect(analysis.monthlyRunCost).toBeCloseTo(720 * 2.69, 9);
  });

  it('a rate keeps its third decimal, so rate × hours adds up: 10 h × $6.155/h = $61.55', () => {
    const text = `api=15k train_gpu=coreweave:h100 train_hours=10 serve_gpu=coreweave:h100 ${rest}`;
    const { inputs } = analysisOf(inline(text), { prices, today });
    expect(inputs.notes).toEqual([
      'Fine-tuning cost $61.55 = 10 GPU-hours × $6.155/h.',
      'GPU serving $4,431.60 a month = $6.155/h × 720 h.',
    ]);
    expect(inputs.pricesUsed.map((p) => p.figure)).toEqual(['$6.155/GPU-hour', '$6.155/GPU-hour']);
    // Two decimals still, where the catalogue has no more.
    const api = analysisOf(inline(`model=gpt-4o tokens_in=10M gpu=0 ft=0 ${rest}`), { prices, today });
    expect(api.inputs.pricesUsed[0]?.figure).toBe('$2.50 in / $10.00 out per 1M tokens');
  });

  it('an unknown id is an issue naming its field', () => {
    const issues = issuesOf(inline(`model=gpt-9 tokens_in=10M gpu=0 ft=0 ${rest}`), { prices, today });
    expect(issues[0]).toEqual({ field: 'apiModel', message: 'no API model "gpt-9"' });
  });

  it('a figure used more than 90 days after its as-of date warns stale-price', () => {
    const scenario = inline(`model=gpt-4o tokens_in=10M gpu=0 ft=0 ${rest}`);
    expect(analysisOf(scenario, { prices, today }).warnings).not.toContain('stale-price');
    const later = new Date(2026, 6, 1); // 122 days on
    expect(analysisOf(scenario, { prices, today: later }).warnings).toContain('stale-price');
  });

  it('a figure that lost to a typed value never warns stale', () => {
    const scenario = inline(`api=15k model=gpt-4o tokens_in=10M gpu=0 ft=0 ${rest}`);
    expect(analysisOf(scenario, { prices, today: new Date(2027, 0, 1) }).warnings).not.toContain(
      'stale-price',
    );
  });
});
