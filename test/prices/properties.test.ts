import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalogue, findApiModel, findGpu } from '../../src/prices/catalogue.ts';
import { applyPricingFile, loadCatalogue, PricingFileError } from '../../src/prices/loadPricingFile.ts';
import { catalogueSchema } from '../../src/prices/schema.ts';

const numRuns = 1_000;
const gpuIds = bundledCatalogue.gpu.map((row) => row.id);
const apiIds = bundledCatalogue.api.map((row) => row.id);
const allNames = [...bundledCatalogue.gpu, ...bundledCatalogue.api].flatMap((row) => [
  row.id,
  ...(row.aliases ?? []),
]);

// Near-misses of real ids reach the suggestion code far more often than random text does.
const idLike = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[a-zA-Z0-9:._ ×-]{0,40}$/),
  fc
    .tuple(fc.constantFrom(...allNames), fc.nat(), fc.string({ maxLength: 3 }))
    .map(
      ([name, at, insert]) =>
        name.slice(0, at % (name.length + 1)) + insert + name.slice(at % (name.length + 1)),
    ),
);

describe('lookups never throw', () => {
  it('findGpu answers any string with a row of the catalogue or a message', () => {
    fc.assert(
      fc.property(idLike, (query) => {
        const found = findGpu(bundledCatalogue, query);
        if (found.ok) expect(bundledCatalogue.gpu).toContain(found.row);
        else {
          expect(found.message).not.toBe('');
          expect(found.suggestions.length).toBeLessThanOrEqual(3);
          for (const id of found.suggestions) expect(gpuIds).toContain(id);
        }
      }),
      { numRuns },
    );
  });

  it('findApiModel answers any string with a row of the catalogue or a message', () => {
    fc.assert(
      fc.property(idLike, (query) => {
        const found = findApiModel(bundledCatalogue, query);
        if (found.ok) expect(bundledCatalogue.api).toContain(found.row);
        else {
          expect(found.message).not.toBe('');
          for (const id of found.suggestions) expect(apiIds).toContain(id);
        }
      }),
      { numRuns },
    );
  });

  it('every id and alias resolves to its own row in any case and spacing', () => {
    const respell = fc
      .tuple(
        fc.constantFrom(...bundledCatalogue.gpu),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      )
      .map(([row, flips]) => {
        const names = [row.id, ...(row.aliases ?? [])];
        const name = names[flips.filter(Boolean).length % names.length];
        const spelt = [...name].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');
        return { row, query: ` ${spelt.replaceAll('-', flips[0] ? '_' : ' ')} ` };
      });
    fc.assert(
      fc.property(respell, ({ row, query }) => {
        expect(findGpu(bundledCatalogue, query)).toEqual({ ok: true, row });
      }),
      { numRuns },
    );
  });
});

const onlyPricingFileErrors = (load: () => unknown) => {
  try {
    load();
    return true;
  } catch (error) {
    if (error instanceof PricingFileError) return true;
    throw error;
  }
};

// Rows that are mostly right, so some files pass validation and reach the merge.
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, fc.jsonValue());
const gpuRowish = fc.record(
  {
    id: field(fc.oneof(fc.constantFrom(...allNames), fc.stringMatching(/^[a-z]{1,5}:[a-z0-9]{1,5}$/))),
    label: field(fc.constant('A row')),
    provider: field(fc.constant('Acme')),
    tier: field(fc.constant('on-demand')),
    gpu: field(fc.constant('H200')),
    pricePerHour: field(fc.double({ min: 0.01, max: 100, noNaN: true })),
    unit: field(fc.constant('USD/GPU-hour')),
    asOf: field(fc.constant('2026-12-01')),
    source: field(fc.constant('a quote')),
    aliases: field(fc.array(fc.constantFrom(...allNames, 'acme:x', 'acme:y'), { maxLength: 2 })),
  },
  { requiredKeys: ['id', 'label', 'provider', 'tier', 'gpu', 'pricePerHour', 'unit', 'asOf', 'source'] },
);
const pricingFileish = fc.oneof(
  fc.jsonValue(),
  fc.record({ gpu: fc.array(gpuRowish, { maxLength: 4 }) }),
  fc.record({ gpu: fc.array(gpuRowish, { maxLength: 2 }), api: fc.jsonValue() }, { requiredKeys: [] }),
);

describe('the PRICING_FILE validator', () => {
  it('throws nothing but PricingFileError, and what it accepts is a valid catalogue', () => {
    fc.assert(
      fc.property(pricingFileish, (json) => {
        let merged: unknown;
        const settled = onlyPricingFileErrors(() => {
          merged = applyPricingFile(json, 'p.json');
        });
        if (merged !== undefined) expect(catalogueSchema.safeParse(merged).success).toBe(true);
        return settled;
      }),
      { numRuns },
    );
  });

  describe('reading files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftroi-prices-prop-'));
    const file = join(dir, 'prices.json');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('throws nothing but PricingFileError, whatever the file holds', () => {
      const contents = fc.oneof(
        fc.string({ unit: 'binary' }),
        pricingFileish.map((json) => JSON.stringify(json) ?? ''),
      );
      fc.assert(
        fc.property(contents, (text) => {
          writeFileSync(file, text);
          return onlyPricingFileErrors(() => loadCatalogue(file));
        }),
        { numRuns },
      );
    });
  });
});
