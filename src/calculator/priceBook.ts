import type { Result } from './result.ts';

/** Where a catalogue figure came from: every result names the figures it used and their dates. */
export interface PricedFigure {
  id: string;
  label: string;
  source: string;
  asOf: string;
}

export interface GpuPrice extends PricedFigure {
  usdPerGpuHour: number;
}

export interface ApiModelPrice extends PricedFigure {
  inputPer1M: number;
  outputPer1M: number;
}

/** The calculator's view of the price catalogue: lookups by the id a user typed. Kept as an interface
 * so the model stays pure and tests can pass a tiny book of their own. */
export interface PriceBook {
  gpu(id: string): Result<GpuPrice, string>;
  apiModel(id: string): Result<ApiModelPrice, string>;
}

export const emptyPriceBook: PriceBook = {
  gpu: (id) => ({ ok: false, error: `no price catalogue is loaded, so "${id}" cannot be looked up` }),
  apiModel: (id) => ({ ok: false, error: `no price catalogue is loaded, so "${id}" cannot be looked up` }),
};
