import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue, findApiModel, findGpu } from '../../src/prices/catalogue.ts';
import { applyPricingFile, loadCatalogue, PricingFileError } from '../../src/prices/loadPricingFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'ftroi-prices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function pricingFile(contents: unknown): string {
  const file = join(dir, `p${files++}.json`);
  writeFileSync(file, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return file;
}

const gpuRow = (overrides: Record<string, unknown> = {}) => ({
  id: 'acme:h200',
  label: 'Acme H200',
  provider: 'Acme',
  tier: 'reserved',
  gpu: 'H200',
  pricePerHour: 3.1,
  unit: 'USD/GPU-hour',
  asOf: '2026-12-01',
  source: 'our contract',
  ...overrides,
});

function failure(load: () => unknown): PricingFileError {
  try {
    load();
  } catch (error) {
    if (error instanceof PricingFileError) return error;
    throw error;
  }
  throw new Error('expected a PricingFileError');
}

describe('loadCatalogue without a PRICING_FILE', () => {
  it.each([undefined, '', '  '])('returns the bundled catalogue for %j', (value) => {
    expect(loadCatalogue(value)).toBe(bundledCatalogue);
  });
});

describe('a bad PRICING_FILE', () => {
  it('names the file, the row and the field', () => {
    const rows = [
      gpuRow({ id: 'a:x' }),
      gpuRow({ id: 'a:y' }),
      gpuRow({ id: 'a:z' }),
      gpuRow({ pricePerHour: 0 }),
    ];
    const file = pricingFile({ gpu: rows });
    const error = failure(() => loadCatalogue(file));
    expect(error.message).toBe(
      `PRICING_FILE ${file}: gpu[3].pricePerHour: expected a number > 0 (row "acme:h200")`,
    );
    expect(error.file).toBe(file);
  });

  it('names a field of the wrong type', () => {
    const file = pricingFile({ api: [{ ...bundledCatalogue.api[0], inputPricePer1M: '2.50' }] });
    expect(failure(() => loadCatalogue(file)).message).toContain(
      'api[0].inputPricePer1M: expected a number > 0 (row "gpt-4o")',
    );
  });

  it('names a missing field, and gathers several into one line per row', () => {
    const { source: _, ...noSource } = gpuRow();
    expect(failure(() => applyPricingFile({ gpu: [noSource] }, 'p.json')).message).toBe(
      'PRICING_FILE p.json: gpu[0].source: required (row "acme:h200")',
    );
    expect(failure(() => applyPricingFile({ gpu: [{ id: 'a:b' }] }, 'p.json')).message).toBe(
      'PRICING_FILE p.json: gpu[0]: missing label, provider, tier, gpu, pricePerHour, unit, asOf, source (row "a:b")',
    );
  });

  it.each([
    [{ gpu: [gpuRow({ asOf: '2026-13-01' })] }, 'gpu[0].asOf: expected an ISO date YYYY-MM-DD'],
    [{ gpu: [gpuRow({ unit: 'USD/hour' })] }, 'gpu[0].unit: expected "USD/GPU-hour"'],
    [{ gpu: [gpuRow({ id: 'h200' })] }, 'gpu[0].id: expected an id like provider:gpu or provider:gpu:tier'],
    [{ gpu: [gpuRow({ pricePerHr: 3 })] }, 'gpu[0]: unknown field "pricePerHr"'],
    [{ gpus: [] }, 'unknown field "gpus"'],
    [{ gpu: {} }, 'gpu: expected a list of gpu rows'],
    [[], 'expected an object with "gpu" and/or "api" lists'],
    [{ gpu: [gpuRow(), gpuRow()] }, 'gpu[1].id: "acme:h200" already names gpu[0]'],
  ])('%j → %s', (json, problem) => {
    expect(failure(() => applyPricingFile(json, 'p.json')).message).toContain(
      `PRICING_FILE p.json: ${problem}`,
    );
  });

  it('shows the first five problems and counts the rest', () => {
    const rows = Array.from({ length: 8 }, (_, i) => gpuRow({ id: `a:${i}`, pricePerHour: -1 }));
    const error = failure(() => applyPricingFile({ gpu: rows }, 'p.json'));
    expect(error.problems).toHaveLength(8);
    expect(error.message).toMatch(/gpu\[4\]\.pricePerHour.*; and 3 more$/);
  });

  it('rejects a row that takes a bundled alias, and says which id to use', () => {
    const error = failure(() => applyPricingFile({ gpu: [gpuRow({ id: 'runpod:a100-80gb' })] }, 'p.json'));
    expect(error.message).toBe(
      'PRICING_FILE p.json: gpu[0].id: "runpod:a100-80gb" already names bundled row runpod:a100-sxm-80gb; ' +
        'to replace that row, use its id runpod:a100-sxm-80gb',
    );
  });

  it('reports a missing file', () => {
    const file = join(dir, 'absent.json');
    expect(failure(() => loadCatalogue(file)).message).toBe(`PRICING_FILE ${file}: file not found`);
  });

  it('says where it looked for a relative path', () => {
    expect(failure(() => loadCatalogue('./no-such-prices.json')).message).toBe(
      `PRICING_FILE ./no-such-prices.json: file not found (looked at ${join(process.cwd(), 'no-such-prices.json')})`,
    );
  });

  it('keeps the underlying error as the cause', () => {
    expect(failure(() => loadCatalogue(join(dir, 'absent.json'))).cause).toMatchObject({ code: 'ENOENT' });
  });

  it('reports a directory', () => {
    expect(failure(() => loadCatalogue(dir)).message).toBe(
      `PRICING_FILE ${dir}: is a directory, expected a JSON file`,
    );
  });

  it('reports invalid JSON', () => {
    const file = pricingFile('{ "gpu": [ }');
    expect(failure(() => loadCatalogue(file)).message).toMatch(
      new RegExp(`^PRICING_FILE ${file}: not valid JSON \\(.+\\)$`),
    );
  });

  it('accepts a byte-order mark', () => {
    const file = pricingFile(`\uFEFF${JSON.stringify({ gpu: [gpuRow()] })}`);
    expect(findGpu(loadCatalogue(file), 'acme:h200').ok).toBe(true);
  });
});

describe('merging a PRICING_FILE over the bundled catalogue', () => {
  it('replaces a row with the same id, in place', () => {
    const file = pricingFile({
      gpu: [{ ...bundledCatalogue.gpu[0], pricePerHour: 1.5, asOf: '2026-12-01' }],
    });
    const merged = loadCatalogue(file);
    expect(merged.gpu[0]).toMatchObject({ id: 'runpod:h100-sxm', pricePerHour: 1.5, asOf: '2026-12-01' });
    expect(merged.gpu).toHaveLength(bundledCatalogue.gpu.length);
  });

  it('matches ids whatever their case or spacing', () => {
    const merged = applyPricingFile(
      { gpu: [gpuRow({ id: 'RunPod:H100 SXM', pricePerHour: 1.5 })] },
      'p.json',
    );
    expect(merged.gpu.filter((row) => row.id === 'runpod:h100-sxm')).toHaveLength(1);
    expect(findGpu(merged, 'runpod:h100-sxm')).toMatchObject({ ok: true, row: { pricePerHour: 1.5 } });
  });

  it('adds rows with new ids after the bundled ones, in file order', () => {
    const merged = applyPricingFile({ gpu: [gpuRow({ id: 'acme:b' }), gpuRow({ id: 'acme:a' })] }, 'p.json');
    expect(merged.gpu.map((row) => row.id).slice(-3)).toEqual(['vast:a100-sxm', 'acme:b', 'acme:a']);
  });

  it('keeps every row the file does not mention', () => {
    const merged = applyPricingFile({ gpu: [gpuRow()] }, 'p.json');
    expect(merged.gpu.slice(0, -1)).toEqual(bundledCatalogue.gpu);
    expect(merged.api).toEqual(bundledCatalogue.api);
  });

  it('merges API rows the same way', () => {
    const cheaper = { ...bundledCatalogue.api[0], inputPricePer1M: 1.25, outputPricePer1M: 5 };
    const added = { ...bundledCatalogue.api[0], id: 'gpt-5', label: 'GPT-5', model: 'GPT-5' };
    const merged = applyPricingFile({ api: [cheaper, added] }, 'p.json');
    expect(findApiModel(merged, 'gpt-4o')).toMatchObject({ ok: true, row: { inputPricePer1M: 1.25 } });
    expect(findApiModel(merged, 'gpt-5').ok).toBe(true);
  });

  it('keeps the bundled aliases of a replaced row unless the file gives its own', () => {
    const row = findGpu(bundledCatalogue, 'runpod:a100-sxm-80gb');
    if (!row.ok) throw new Error(row.message);
    const { aliases: _, ...withoutAliases } = row.row;
    const kept = applyPricingFile({ gpu: [{ ...withoutAliases, pricePerHour: 1 }] }, 'p.json');
    expect(findGpu(kept, 'runpod:a100-80gb')).toMatchObject({ ok: true, row: { pricePerHour: 1 } });

    const dropped = applyPricingFile({ gpu: [{ ...withoutAliases, aliases: [] }] }, 'p.json');
    expect(findGpu(dropped, 'runpod:a100-80gb').ok).toBe(false);
  });

  it('accepts an empty file object', () => {
    expect(applyPricingFile({}, 'p.json')).toEqual(bundledCatalogue);
  });
});
