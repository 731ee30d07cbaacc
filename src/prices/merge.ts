/*
 * How a PRICING_FILE combines with the bundled catalogue, per kind (gpu, api):
 * - a file row whose id is a bundled row's id replaces that row in place, every field of it; if the
 *   file row leaves out `aliases` it keeps the bundled row's, so overriding a price does not make
 *   `runpod:a100-80gb` stop resolving (give `"aliases": []` to drop them);
 * - a file row with a new id is added after the bundled rows, in file order;
 * - a file row may not take a name (id or alias) that still names another row: matching an alias
 *   would leave two rows answering to one name, so the file is rejected and told which id to use.
 * Nothing is ever removed: the bundled rows are the fallback for every id the file does not mention.
 */
import { findNameClashes, type NamedRow } from './names.ts';
import type { Catalogue, PricingFileContents } from './schema.ts';

export type MergeIssue = { path: (string | number)[]; message: string };
export type MergeResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: MergeIssue[] };

type Entry<Row> = { row: Row; fileIndex?: number };

const inheritAliases = <Row extends NamedRow>(row: Row, old: Row): Row =>
  row.aliases === undefined && old.aliases !== undefined ? { ...row, aliases: old.aliases } : row;

function mergeRows<Row extends NamedRow>(
  base: readonly Row[],
  file: readonly Row[],
  kind: 'gpu' | 'api',
): { rows: Row[]; issues: MergeIssue[] } {
  const bundled = new Map(base.map((row) => [row.id, row]));
  const replacing = new Map<string, Entry<Row>>();
  const adding: Entry<Row>[] = [];
  file.forEach((row, fileIndex) => {
    const old = bundled.get(row.id);
    if (old === undefined) adding.push({ row, fileIndex });
    else replacing.set(row.id, { row: inheritAliases(row, old), fileIndex });
  });
  const kept: Entry<Row>[] = base.filter((row) => !replacing.has(row.id)).map((row) => ({ row }));

  // Checked in this order so a clash is blamed on the row the user wrote, not on an inherited alias.
  const checked = [...kept, ...replacing.values(), ...adding];
  const issues = findNameClashes(checked.map((entry) => entry.row)).map((clash) => {
    const other = checked[clash.otherIndex];
    const owner =
      other.fileIndex === undefined ? `bundled row ${other.row.id}` : `${kind}[${other.fileIndex}]`;
    const advice = other.fileIndex === undefined ? `; to replace that row, use its id ${other.row.id}` : '';
    return {
      path: [kind, checked[clash.index].fileIndex ?? clash.index, ...clash.field],
      message: `"${clash.name}" already names ${owner}${advice}`,
    };
  });

  const rows = [...base.map((row) => replacing.get(row.id)?.row ?? row), ...adding.map((entry) => entry.row)];
  return { rows, issues };
}

export function mergeCatalogue(base: Catalogue, file: PricingFileContents): MergeResult {
  const gpu = mergeRows(base.gpu, file.gpu ?? [], 'gpu');
  const api = mergeRows(base.api, file.api ?? [], 'api');
  const issues = [...gpu.issues, ...api.issues];
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, catalogue: { gpu: gpu.rows, api: api.rows } };
}
