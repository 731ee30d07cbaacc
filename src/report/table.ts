/**
 * Left-aligned columns for a monospace terminal. A row's last cell is never padded and never widens
 * its column, so a long description (or a short row's free text) leaves the other columns alone.
 */
export function columns(rows: readonly (readonly string[])[], indent = '  ', gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map((row) =>
    `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join(gap)}`.trimEnd(),
  );
}
