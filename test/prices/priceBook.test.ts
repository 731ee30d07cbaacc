import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/calculator/index.ts';
import { bundledCatalogue } from '../../src/prices/catalogue.ts';
import { catalogueBook, loadPrices } from '../../src/prices/priceBook.ts';

const book = catalogueBook(bundledCatalogue);

describe('catalogueBook', () => {
  it('turns a GPU row into a priced figure, found by id or alias', () => {
    const byId = book.gpu('runpod:h100-sxm');
    expect(byId).toEqual({
      ok: true,
      value: {
        id: 'runpod:h100-sxm',
        label: 'RunPod H100 SXM, community cloud',
        source: 'runpod.io/pricing',
        asOf: '2026-09-25',
        usdPerGpuHour: 2.69,
      },
    });
    expect(book.gpu('RunPod:H100 SXM:community')).toEqual(byId);
  });

  it('turns an API row into input and output prices', () => {
    const gpt4o = book.apiModel('gpt-4o');
    expect(gpt4o.ok && [gpt4o.value.inputPer1M, gpt4o.value.outputPer1M]).toEqual([2.5, 10]);
  });

  it("passes the catalogue's own message on a miss", () => {
    const miss = book.gpu('runpod:h100');
    expect(miss.ok).toBe(false);
    expect(!miss.ok && miss.error).toMatch(/Did you mean runpod:h100-sxm/);
    expect(!book.apiModel('runpod:l40s').ok && book.gpu('gpt-4o')).toMatchObject({
      ok: false,
      error: expect.stringContaining('is an API model'),
    });
  });

  it('lets the calculator price a scenario: 10M tokens at $2.50/1M is $25, not $25,000', () => {
    const result = evaluate(
      {
        apiModel: 'gpt-4o',
        inputTokensPerMonth: 10e6,
        gpuMonthlyCost: 5,
        fineTuneCost: 0,
        trainingExamples: 0,
        repetitive: false,
      },
      { prices: book },
    );
    expect(result.ok && result.value.inputs.apiMonthlyCost).toBe(25);
  });
});

describe('loadPrices', () => {
  it('loads the bundled catalogue with its as-of range when PRICING_FILE is unset or empty', () => {
    for (const setting of [undefined, '', '  ']) {
      const loaded = loadPrices(setting);
      expect(loaded.ok && loaded.value.catalogue).toBe(bundledCatalogue);
      expect(loaded.ok && loaded.value.asOf).toEqual({ oldest: '2025-11-25', newest: '2026-10-29' });
    }
  });

  it('merges a PRICING_FILE over the bundled rows, and the book sees the new price', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftroi-prices-'));
    const file = join(dir, 'prices.json');
    const row = bundledCatalogue.gpu.find((r) => r.id === 'runpod:l40s');
    writeFileSync(file, JSON.stringify({ gpu: [{ ...row, pricePerHour: 0.5, asOf: '2026-12-01' }] }));
    const loaded = loadPrices(file);
    rmSync(dir, { recursive: true, force: true });
    if (!loaded.ok) throw new Error(loaded.error);
    const l40s = loaded.value.book.gpu('runpod:l40s');
    expect(l40s.ok && l40s.value.usdPerGpuHour).toBe(0.5);
    expect(loaded.value.asOf.newest).toBe('2026-12-01');
  });

  it('reports a bad PRICING_FILE as one message naming the file, without throwing', () => {
    const loaded = loadPrices('/nonexistent/prices.json');
    expect(loaded).toEqual({
      ok: false,
      error: expect.stringMatching(/^PRICING_FILE \/nonexistent\/prices.json: file not found/),
    });
  });
});
