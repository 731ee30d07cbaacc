import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledCatalogue } from './catalogue.ts';
import { mergeCatalogue } from './merge.ts';
import { type Catalogue, pricingFileSchema } from './schema.ts';

// Enough to fix a file in one pass without flooding a terminal or a Slack error message.
const maxProblemsShown = 5;

export class PricingFileError extends Error {
  override readonly name = 'PricingFileError';
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[], options?: ErrorOptions) {
    const shown = problems.slice(0, maxProblemsShown);
    const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
    super(`PRICING_FILE ${file}: ${shown.join('; ')}${more}`, options);
    this.file = file;
    this.problems = problems;
  }
}

type Path = readonly PropertyKey[];

const formatPath = (path: Path) =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

// The index says where the row is, the id says which row it is; people search their file for the latter.
function rowId(json: unknown, path: Path): string | undefined {
  const [kind, index, field] = path;
  if (typeof index !== 'number' || field === 'id' || typeof json !== 'object' || json === null) {
    return undefined;
  }
  const rows: unknown = (json as Record<PropertyKey, unknown>)[kind];
  const row: unknown = Array.isArray(rows) ? rows[index] : undefined;
  const id: unknown = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function describe(json: unknown, { path, message }: Problem): string {
  const id = rowId(json, path);
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  return `${where}${message}${id === undefined ? '' : ` (row ${JSON.stringify(id)})`}`;
}

type Problem = { path: Path; message: string };

// A row written from memory often lacks several fields; one line per row reads better than one per field.
function groupMissing(problems: readonly Problem[]): Problem[] {
  const isMissing = (p: Problem) => p.message === 'required' && typeof p.path.at(-1) === 'string';
  const rowOf = (p: Problem) => formatPath(p.path.slice(0, -1));
  const fieldsByRow = new Map<string, string[]>();
  for (const p of problems.filter(isMissing)) {
    fieldsByRow.set(rowOf(p), [...(fieldsByRow.get(rowOf(p)) ?? []), String(p.path.at(-1))]);
  }
  const reported = new Set<string>();
  return problems.flatMap((p) => {
    const fields = isMissing(p) ? (fieldsByRow.get(rowOf(p)) ?? []) : [];
    if (fields.length < 2) return [p];
    if (reported.has(rowOf(p))) return [];
    reported.add(rowOf(p));
    return [{ path: p.path.slice(0, -1), message: `missing ${fields.join(', ')}` }];
  });
}

const report = (file: string, json: unknown, problems: readonly Problem[]) =>
  new PricingFileError(
    file,
    groupMissing(problems).map((problem) => describe(json, problem)),
  );

/** Validates parsed PRICING_FILE contents and merges them over `base` (see merge.ts for the rules). */
export function applyPricingFile(json: unknown, file: string, base: Catalogue = bundledCatalogue): Catalogue {
  const parsed = pricingFileSchema.safeParse(json);
  if (!parsed.success) throw report(file, json, parsed.error.issues);
  const merged = mergeCatalogue(base, parsed.data);
  if (!merged.ok) throw report(file, json, merged.issues);
  return merged.catalogue;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    // A relative path is read from the working directory, which is rarely the one the user pictured.
    const where = resolve(file) === file ? '' : ` (looked at ${resolve(file)})`;
    const problem =
      code === 'ENOENT'
        ? `file not found${where}`
        : code === 'EISDIR'
          ? 'is a directory, expected a JSON file'
          : `cannot read the file (${code ?? String(cause)})`;
    throw new PricingFileError(file, [problem], { cause });
  }
  try {
    // Editors on Windows save a byte-order mark that JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new PricingFileError(file, [`not valid JSON (${(cause as Error).message})`], { cause });
  }
}

/**
 * The catalogue the app and CLI use: the bundled one, with the user's PRICING_FILE merged over it
 * when set. Pass the environment's value; an empty one means unset, as dotenv gives `PRICING_FILE=`.
 */
export function loadCatalogue(pricingFile?: string, base: Catalogue = bundledCatalogue): Catalogue {
  if (pricingFile === undefined || pricingFile.trim() === '') return base;
  return applyPricingFile(readJson(pricingFile), pricingFile, base);
}
