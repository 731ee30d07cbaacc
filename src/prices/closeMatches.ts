import type { NamedRow } from './names.ts';

// Beyond this a query is not a typo of any id, and edit distance would only cost time.
const maxQueryLength = 64;

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

const tokens = (name: string) => new Set(name.split(/[:-]/).filter(Boolean));

/**
 * Ids of the rows nearest to `query` (already normalised), best first. Sharing a token
 * (`h100`, `secure`) ranks above raw edit distance, so `h100` suggests H100 rows rather than
 * the short `lambda:a10`; with no shared token only near-typos qualify.
 */
export function closeMatches(query: string, rows: readonly NamedRow[], limit = 3): string[] {
  if (query.length === 0 || query.length > maxQueryLength) return [];
  const queryTokens = tokens(query);
  const typoBudget = Math.max(2, Math.floor(query.length / 3));
  const scored = rows.map((row, order) => {
    const names = [row.id, ...(row.aliases ?? [])];
    const shared = Math.max(
      ...names.map((name) => [...tokens(name)].filter((t) => queryTokens.has(t)).length),
    );
    const distance = Math.min(...names.map((name) => levenshtein(query, name)));
    return { id: row.id, shared, distance, order };
  });
  return scored
    .filter((s) => s.shared > 0 || s.distance <= typoBudget)
    .sort((x, y) => y.shared - x.shared || x.distance - y.distance || x.order - y.order)
    .slice(0, limit)
    .map((s) => s.id);
}
