import { describe, expect, it } from 'vitest';
import { bundledCatalogue, findApiModel, findGpu } from '../../src/prices/catalogue.ts';

// Transcribed from /work/shared/spec/prices.md, cell for cell; the id column is ours.
// Where a source cell carries a remark in brackets, the remark lives in the row's `note`.
const gpuRows = [
  ['runpod:h100-sxm', 'RunPod', 'community', 'H100 SXM', 2.69, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:h100-sxm:secure', 'RunPod', 'secure', 'H100 SXM', 3.49, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:h100-pcie', 'RunPod', 'community', 'H100 PCIe', 1.99, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:h100-pcie:secure', 'RunPod', 'secure', 'H100 PCIe', 2.89, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:a100-sxm-80gb', 'RunPod', 'community', 'A100 SXM 80GB', 1.39, '2026-09-25', 'runpod.io/pricing'],
  [
    'runpod:a100-sxm-80gb:secure',
    'RunPod',
    'secure',
    'A100 SXM 80GB',
    1.59,
    '2026-09-25',
    'runpod.io/pricing',
  ],
  ['runpod:a100-pcie-80gb', 'RunPod', 'community', 'A100 PCIe 80GB', 1.19, '2026-09-25', 'runpod.io/pricing'],
  [
    'runpod:a100-pcie-80gb:secure',
    'RunPod',
    'secure',
    'A100 PCIe 80GB',
    1.59,
    '2026-09-25',
    'runpod.io/pricing',
  ],
  ['runpod:l40s', 'RunPod', 'community', 'L40S', 0.79, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:l40s:secure', 'RunPod', 'secure', 'L40S', 1.09, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:rtx-4090', 'RunPod', 'community', 'RTX 4090', 0.34, '2026-09-25', 'runpod.io/pricing'],
  ['runpod:rtx-4090:secure', 'RunPod', 'secure', 'RTX 4090', 0.74, '2026-09-25', 'runpod.io/pricing'],
  ['lambda:h100-sxm', 'Lambda', 'on-demand, 1×', 'H100 SXM', 4.29, '2026-09-20', 'lambda.ai/instances'],
  [
    'lambda:h100-sxm:8x',
    'Lambda',
    'on-demand, 8× (per GPU)',
    'H100 SXM',
    3.99,
    '2026-09-20',
    'lambda.ai/instances',
  ],
  ['lambda:h100-pcie', 'Lambda', 'on-demand, 1×', 'H100 PCIe', 3.29, '2026-09-20', 'lambda.ai/instances'],
  [
    'lambda:a100-sxm-80gb:8x',
    'Lambda',
    'on-demand, 8× (per GPU)',
    'A100 SXM 80GB',
    2.79,
    '2026-09-20',
    'lambda.ai/instances',
  ],
  ['lambda:a100-40gb', 'Lambda', 'on-demand, 1×', 'A100 40GB', 1.99, '2026-09-20', 'lambda.ai/instances'],
  ['lambda:a10', 'Lambda', 'on-demand, 1×', 'A10', 1.29, '2026-09-20', 'lambda.ai/instances'],
  [
    'coreweave:h100',
    'CoreWeave',
    '8-GPU node ÷ 8 (node 49.24/h)',
    'HGX H100',
    6.155,
    '2026-09-20',
    'coreweave.com/pricing',
  ],
  [
    'coreweave:a100-80gb',
    'CoreWeave',
    '8-GPU node ÷ 8 (node 21.60/h)',
    'A100 80GB',
    2.7,
    '2026-09-20',
    'coreweave.com/pricing',
  ],
  [
    'coreweave:l40s',
    'CoreWeave',
    '8-GPU node ÷ 8 (node 18.00/h)',
    'L40S',
    2.25,
    '2026-09-20',
    'coreweave.com/pricing',
  ],
  [
    'vast:h100-sxm',
    'Vast.ai',
    'marketplace median (4 offers)',
    'H100 SXM',
    2.4,
    '2026-10-19',
    'vast.ai marketplace snapshot',
  ],
  [
    'vast:a100-sxm',
    'Vast.ai',
    'verified median',
    'A100 SXM',
    1.7,
    '2026-10-29',
    'vast.ai marketplace snapshot',
  ],
] as const;

const apiRows = [
  ['gpt-4o', 'GPT-4o', 2.5, 10.0, undefined, '2026-03-01', 'openai.com/api/pricing'],
  ['gpt-4o-mini', 'GPT-4o-mini', 0.15, 0.6, undefined, '2026-03-01', 'openai.com/api/pricing'],
  [
    'gpt-4o-mini-ft',
    'GPT-4o-mini, fine-tuned',
    0.3,
    1.2,
    3.0,
    '2026-04-01',
    'secondary source quoting openai.com pricing',
  ],
  ['claude-sonnet-4.5', 'Claude Sonnet 4.5', 3.0, 15.0, undefined, '2025-11-25', 'anthropic.com pricing'],
] as const;

describe('every prices.md GPU row is in the bundled catalogue as written', () => {
  it.each(gpuRows)('%s', (id, provider, tier, gpu, price, asOf, source) => {
    const found = findGpu(bundledCatalogue, id);
    if (!found.ok) throw new Error(found.message);
    expect(found.row).toMatchObject({ id, provider, tier, gpu, pricePerHour: price, asOf, source });
    expect(found.row.unit).toBe('USD/GPU-hour');
  });

  it('and no GPU row the spec does not have', () => {
    expect(bundledCatalogue.gpu.map((row) => row.id)).toEqual(gpuRows.map(([id]) => id));
  });
});

describe('every prices.md API row is in the bundled catalogue as written', () => {
  it.each(apiRows)('%s', (id, model, input, output, training, asOf, source) => {
    const found = findApiModel(bundledCatalogue, id);
    if (!found.ok) throw new Error(found.message);
    expect(found.row).toMatchObject({
      id,
      model,
      inputPricePer1M: input,
      outputPricePer1M: output,
      asOf,
      source,
    });
    expect(found.row.trainingPricePer1M).toBe(training);
    expect(found.row.unit).toBe('USD/1M tokens');
  });

  it('and no API row the spec does not have', () => {
    expect(bundledCatalogue.api.map((row) => row.id)).toEqual(apiRows.map(([id]) => id));
  });
});

describe('remarks prices.md makes about a figure are kept as its note', () => {
  it.each([
    ['vast:a100-sxm', /1\.14 the day before/],
    ['runpod:h100-sxm:secure', /3\.99 on 2026-11-09/],
    ['coreweave:h100', /49\.24/],
  ])('%s', (id, remark) => {
    const found = findGpu(bundledCatalogue, id);
    expect(found.ok && found.row.note).toMatch(remark);
  });

  it('gpt-4o', () => {
    const found = findApiModel(bundledCatalogue, 'gpt-4o');
    expect(found.ok && found.row.note).toMatch(/article also uses \$2\.50/);
  });
});
