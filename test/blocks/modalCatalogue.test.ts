/** The price-catalogue pickers: options from the catalogue's rows, within Slack's select limits. */
import { describe, expect, it } from 'vitest';
import { MORE_INPUTS_BLOCK_ID, REFINE_SECTION_BLOCK_ID } from '../../src/blocks/ids.ts';
import { readModalState } from '../../src/blocks/modal.ts';
import {
  apiModelOptions,
  catalogueDates,
  cataloguePicker,
  gpuOptionGroups,
  SELECT_LIMITS,
} from '../../src/blocks/modalCatalogue.ts';
import { type Catalogue, catalogueSchema } from '../../src/prices/schema.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { submittedValues } from '../support/viewState.ts';
import { blockIds, CATALOGUE, initialOf, inputFor, open, optionsOf } from './modalFixtures.ts';

/** A catalogue far past the limits: 150 GPU rows from 3 providers, labels and names of 200 characters. */
function hugeCatalogue(): Catalogue {
  const provider = (i: number) => `Provider ${i % 3} ${'with a very long company name '.repeat(6)}`;
  return catalogueSchema.parse({
    gpu: Array.from({ length: 150 }, (_, i) => ({
      id: `p${i % 3}:gpu-${i}`,
      label: `GPU number ${i} ${'described at great length '.repeat(8)}`,
      provider: provider(i),
      tier: 'default',
      gpu: `GPU ${i}`,
      pricePerHour: 1 + i / 1000,
      unit: 'USD/GPU-hour',
      asOf: '2026-10-01',
      source: 'example.com',
    })),
    api: Array.from({ length: 120 }, (_, i) => ({
      id: `model-${i}`,
      label: `Model ${i} ${'with a long marketing name '.repeat(8)}`,
      model: `model-${i}`,
      inputPricePer1M: 2.5,
      outputPricePer1M: 10,
      unit: 'USD/1M tokens',
      asOf: '2026-03-01',
      source: 'example.com',
    })),
  });
}

describe('the catalogue pickers', () => {
  it('offer every API model: the label and its prices as text, the id as value', () => {
    const options = apiModelOptions(CATALOGUE);
    expect(options.map((o) => o.value)).toEqual(CATALOGUE.api.map((r) => r.id));
    expect(options[0]?.text.text).toBe('GPT-4o · $2.50 in / $10.00 out per 1M');
  });

  it('offer every GPU, grouped by provider in catalogue order', () => {
    const groups = gpuOptionGroups(CATALOGUE);
    expect(groups.map((g) => g.label.text)).toEqual(['RunPod', 'Lambda', 'CoreWeave', 'Vast.ai']);
    for (const group of groups) {
      const rows = CATALOGUE.gpu.filter((r) => r.provider === group.label.text);
      expect(group.options.map((o) => o.value)).toEqual(rows.map((r) => r.id));
    }
    const h100 = groups[2]?.options[0];
    expect(h100?.text.text).toBe('CoreWeave HGX H100, 8-GPU node (per GPU) · $6.155/h');
  });

  it('stay within 100 options of at most 75 characters, the price always shown, on a huge catalogue', () => {
    const catalogue = hugeCatalogue();
    const groups = gpuOptionGroups(catalogue);
    const gpuOptions = groups.flatMap((g) => g.options);
    expect(gpuOptions).toHaveLength(SELECT_LIMITS.options);
    for (const group of groups) expect(group.label.text.length).toBeLessThanOrEqual(75);
    for (const option of [...gpuOptions, ...apiModelOptions(catalogue)]) {
      expect(option.text.text.length).toBeLessThanOrEqual(75);
      expect(option.text.text).toMatch(/ · \$[\d.,]+(\/h| in \/ \$[\d.,]+ out per 1M)$/);
      expect((option.value ?? '').length).toBeLessThanOrEqual(150);
    }
    expect(apiModelOptions(catalogue)).toHaveLength(100);
    for (const refine of [false, true])
      expect(blockKitViolations('modal', open({}, { catalogue, refine }))).toEqual([]);
  });

  it('preselect the row an alias or loose spelling names, as the calculator would find it', () => {
    const view = open({ trainGpu: 'runpod:a100-80gb', serveGpu: 'RunPod L40S', apiModel: 'GPT-4o' });
    expect(initialOf(view, 'trainGpu')).toBe('runpod:a100-sxm-80gb');
    expect(initialOf(view, 'serveGpu')).toBe('runpod:l40s');
    expect(initialOf(view, 'apiModel')).toBe('gpt-4o');
    const element = inputFor(view, 'trainGpu')?.element as { initial_option?: unknown };
    expect(optionsOf(view, 'trainGpu')).toContainEqual(element.initial_option);
    expect(blockIds(view).has(REFINE_SECTION_BLOCK_ID)).toBe(false);
  });

  it('leave an id they cannot show to the key=value box, which opens with it', () => {
    const view = open({ trainGpu: 'acme:quantum-9000', apiModel: 'gpt-4o' });
    expect(initialOf(view, 'trainGpu')).toBeUndefined();
    expect(blockIds(view).has(REFINE_SECTION_BLOCK_ID)).toBe(true);
    expect(initialOf(view, MORE_INPUTS_BLOCK_ID)).toBe('train_gpu=acme:quantum-9000');
    const { values, issues } = readModalState(submittedValues(view));
    expect(issues).toEqual([]);
    expect(values).toMatchObject({ trainGpu: 'acme:quantum-9000', apiModel: 'gpt-4o' });

    const beyond = open({ serveGpu: 'p2:gpu-149' }, { catalogue: hugeCatalogue() });
    expect(initialOf(beyond, MORE_INPUTS_BLOCK_ID)).toBe('serve_gpu=p2:gpu-149');
  });

  it('are left out, their value carried in the key=value box, when the catalogue has no rows of that kind', () => {
    const picker = cataloguePicker('apiModel', { gpu: CATALOGUE.gpu, api: [] }, 'gpt-4o');
    expect(picker).toEqual({ leftOver: true });
    expect(cataloguePicker('apiModel', { gpu: CATALOGUE.gpu, api: [] }, undefined)).toEqual({
      leftOver: false,
    });
  });

  it('say how old the prices are', () => {
    expect(catalogueDates(CATALOGUE)).toBe('2025-11-25 to 2026-10-29');
    const text = JSON.stringify(open({}).blocks);
    expect(text).toContain('Prices as of 2025-11-25 to 2026-10-29');
  });
});
