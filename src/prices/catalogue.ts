import { differenceInCalendarDays, parseISO } from 'date-fns';
import { formatUsdPrice } from '../format.ts';
import data from './catalogue.json' with { type: 'json' };
import { closeMatches } from './closeMatches.ts';
import { type NamedRow, normaliseId } from './names.ts';
import { type ApiRow, type Catalogue, catalogueSchema, type GpuRow } from './schema.ts';

export type { ApiRow, Catalogue, GpuRow };

// Parsed at import so a bad edit to catalogue.json fails at start-up and in every test, not in a modal.
export const bundledCatalogue: Catalogue = catalogueSchema.parse(data);

export type Lookup<Row> = { ok: true; row: Row } | { ok: false; message: string; suggestions: string[] };

type Kind = { name: string; withArticle: string };
const gpuKind: Kind = { name: 'GPU', withArticle: 'a GPU' };
const apiKind: Kind = { name: 'API model', withArticle: 'an API model' };

const shown = (id: string) => JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);

// Separators are the part of an id people get wrong, so a name that matches one row once colons
// count as hyphens (`runpod h100 sxm`) is taken; two such rows make it a miss, never a guess.
const loose = (name: string) => name.replaceAll(':', '-');

function named<Row extends NamedRow>(rows: readonly Row[], name: string): Row | undefined {
  const exact = rows.find((r) => r.id === name) ?? rows.find((r) => r.aliases?.includes(name));
  if (exact) return exact;
  const key = loose(name);
  const near = rows.filter((r) => [r.id, ...(r.aliases ?? [])].some((n) => loose(n) === key));
  return near.length === 1 ? near[0] : undefined;
}

function findRow<Row extends NamedRow>(
  rows: readonly Row[],
  id: string,
  kind: Kind,
  other: { kind: Kind; rows: readonly NamedRow[] },
): Lookup<Row> {
  const query = normaliseId(id);
  const row = named(rows, query);
  if (row) return { ok: true, row };
  if (query === '') return { ok: false, message: `No ${kind.name} id given.`, suggestions: [] };
  // A model id typed where a GPU goes (or the reverse) deserves a plainer answer than "did you mean".
  if (named(other.rows, query)) {
    const message = `${shown(id)} is ${other.kind.withArticle}, not ${kind.withArticle}.`;
    return { ok: false, message, suggestions: [] };
  }
  const suggestions = closeMatches(query, rows);
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.join(', ')}?`
      : `No close match among the ${rows.length} ${kind.name} rows.`;
  return { ok: false, message: `Unknown ${kind.name} id ${shown(id)}. ${hint}`, suggestions };
}

export function findGpu(catalogue: Catalogue, id: string): Lookup<GpuRow> {
  return findRow(catalogue.gpu, id, gpuKind, { kind: apiKind, rows: catalogue.api });
}

export function findApiModel(catalogue: Catalogue, id: string): Lookup<ApiRow> {
  return findRow(catalogue.api, id, apiKind, { kind: gpuKind, rows: catalogue.gpu });
}

/** ISO dates compare as strings, so no parsing is needed to order them. */
export function asOfRange(catalogue: Catalogue): { oldest: string; newest: string } {
  const dates = [...catalogue.gpu, ...catalogue.api].map((row) => row.asOf).sort();
  // The schema requires a row of each kind, so both ends exist.
  return { oldest: dates[0], newest: dates[dates.length - 1] };
}

/** prices.md: warn when a figure is *over* `days` old, so exactly `days` is still fresh. */
export function isStale(asOf: string, today: Date, days = 90): boolean {
  return differenceInCalendarDays(today, parseISO(asOf)) > days;
}

export type DisplayRow = {
  kind: 'gpu' | 'api';
  id: string;
  label: string;
  price: string;
  unit: string;
  asOf: string;
  stale: boolean;
  source: string;
  note?: string;
};

export function catalogueRowsForDisplay(catalogue: Catalogue, today: Date): DisplayRow[] {
  const common = (row: GpuRow | ApiRow) => ({
    id: row.id,
    label: row.label,
    unit: row.unit,
    asOf: row.asOf,
    stale: isStale(row.asOf, today),
    source: row.source,
    ...(row.note === undefined ? {} : { note: row.note }),
  });
  return [
    ...catalogue.gpu.map((row) => ({
      kind: 'gpu' as const,
      ...common(row),
      price: formatUsdPrice(row.pricePerHour),
    })),
    ...catalogue.api.map((row) => ({
      kind: 'api' as const,
      ...common(row),
      price: `${formatUsdPrice(row.inputPricePer1M)} in / ${formatUsdPrice(row.outputPricePer1M)} out`,
    })),
  ];
}
