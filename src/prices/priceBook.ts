import type { ApiModelPrice, GpuPrice, PriceBook } from '../calculator/priceBook.ts';
import type { Result } from '../calculator/result.ts';
import { asOfRange, findApiModel, findGpu } from './catalogue.ts';
import { loadCatalogue, PricingFileError } from './loadPricingFile.ts';
import type { Catalogue } from './schema.ts';

/**
 * The calculator's view of a catalogue. The calculator only knows the PriceBook interface, so this
 * adapter is the one place catalogue rows become priced figures; lookups keep the catalogue's own
 * messages ("Did you mean …?"), which is what a user who mistyped an id needs to read.
 */
export function catalogueBook(catalogue: Catalogue): PriceBook {
  return {
    gpu(id) {
      const found = findGpu(catalogue, id);
      if (!found.ok) return { ok: false, error: found.message };
      const { row } = found;
      const price: GpuPrice = {
        id: row.id,
        label: row.label,
        source: row.source,
        asOf: row.asOf,
        usdPerGpuHour: row.pricePerHour,
      };
      return { ok: true, value: price };
    },
    apiModel(id) {
      const found = findApiModel(catalogue, id);
      if (!found.ok) return { ok: false, error: found.message };
      const { row } = found;
      const price: ApiModelPrice = {
        id: row.id,
        label: row.label,
        source: row.source,
        asOf: row.asOf,
        inputPer1M: row.inputPricePer1M,
        outputPer1M: row.outputPricePer1M,
      };
      return { ok: true, value: price };
    },
  };
}

export interface LoadedPrices {
  catalogue: Catalogue;
  book: PriceBook;
  /** The oldest and newest as-of dates, shown wherever the catalogue's age matters. */
  asOf: { oldest: string; newest: string };
}

/**
 * The catalogue every surface uses: bundled, with PRICING_FILE merged over it. A bad file is the
 * user's to fix, so it comes back as one message naming the file and its problems, never a throw.
 */
export function loadPrices(pricingFile?: string): Result<LoadedPrices, string> {
  try {
    const catalogue = loadCatalogue(pricingFile);
    return { ok: true, value: { catalogue, book: catalogueBook(catalogue), asOf: asOfRange(catalogue) } };
  } catch (error) {
    if (error instanceof PricingFileError) return { ok: false, error: error.message };
    throw error;
  }
}
