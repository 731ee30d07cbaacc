import { describe, expect, it } from 'vitest';
import data from '../../src/prices/catalogue.json' with { type: 'json' };
import { bundledCatalogue, findApiModel, findGpu } from '../../src/prices/catalogue.ts';
import { apiIdPattern, gpuIdPattern, normaliseId } from '../../src/prices/names.ts';
import { catalogueSchema } from '../../src/prices/schema.ts';

describe('the bundled catalogue', () => {
  it('validates against the schema', () => {
    expect(catalogueSchema.safeParse(data).success).toBe(true);
  });

  it('has at least 15 rows', () => {
    expect(bundledCatalogue.gpu.length + bundledCatalogue.api.length).toBeGreaterThanOrEqual(15);
  });

  it('has RunPod H100 SXM community at 2.69 per GPU-hour', () => {
    const found = findGpu(bundledCatalogue, 'runpod:h100-sxm');
    expect(found.ok && found.row).toMatchObject({
      provider: 'RunPod',
      tier: 'community',
      gpu: 'H100 SXM',
      pricePerHour: 2.69,
      unit: 'USD/GPU-hour',
    });
  });

  it('has GPT-4o at 2.50 in / 10.00 out per 1M tokens', () => {
    const found = findApiModel(bundledCatalogue, 'gpt-4o');
    expect(found.ok && found.row).toMatchObject({
      inputPricePer1M: 2.5,
      outputPricePer1M: 10,
      unit: 'USD/1M tokens',
    });
  });

  it('writes every id and alias in its canonical spelling and shape', () => {
    for (const row of bundledCatalogue.gpu) {
      for (const name of [row.id, ...(row.aliases ?? [])]) {
        expect(name).toMatch(gpuIdPattern);
        expect(normaliseId(name)).toBe(name);
      }
    }
    for (const row of bundledCatalogue.api) {
      for (const name of [row.id, ...(row.aliases ?? [])]) {
        expect(name).toMatch(apiIdPattern);
        expect(normaliseId(name)).toBe(name);
      }
    }
  });

  it('gives every row a source, a label and an as-of date', () => {
    for (const row of [...bundledCatalogue.gpu, ...bundledCatalogue.api]) {
      expect(row.source).not.toBe('');
      expect(row.label).not.toBe('');
      expect(row.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('catalogueSchema', () => {
  const row = bundledCatalogue.gpu[0];
  const api = bundledCatalogue.api;

  it('rejects two rows answering to one name', () => {
    const clash = { ...bundledCatalogue.gpu[1], aliases: [row.id] };
    const result = catalogueSchema.safeParse({ gpu: [row, clash], api });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['gpu', 1, 'aliases', 0] });
    expect(result.error?.issues[0].message).toContain('already names gpu[0]');
  });

  it.each([
    ['2026-02-30', 'no such day'],
    ['2026-9-25', 'not zero-padded'],
    ['25/09/2026', 'not ISO'],
  ])('rejects as-of %s (%s)', (asOf) => {
    expect(catalogueSchema.safeParse({ gpu: [{ ...row, asOf }], api }).success).toBe(false);
  });

  it('rejects a unit other than the row kind’s', () => {
    expect(catalogueSchema.safeParse({ gpu: [{ ...row, unit: 'EUR/GPU-hour' }], api }).success).toBe(false);
  });

  it('rejects a catalogue without API rows', () => {
    expect(catalogueSchema.safeParse({ gpu: [row], api: [] }).success).toBe(false);
  });

  it('reads ids in any case and spacing as their canonical spelling', () => {
    const parsed = catalogueSchema.parse({ gpu: [{ ...row, id: ' RunPod : H100_SXM ' }], api });
    expect(parsed.gpu[0].id).toBe('runpod:h100-sxm');
  });

  it('rejects a GPU id without a provider', () => {
    expect(catalogueSchema.safeParse({ gpu: [{ ...row, id: 'h100-sxm' }], api }).success).toBe(false);
  });
});
