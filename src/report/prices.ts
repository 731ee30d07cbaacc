import type { DisplayRow } from '../prices/catalogue.ts';
import { columns } from './table.ts';

const rowLine = (r: DisplayRow) => [
  r.id,
  r.price,
  r.stale ? `${r.asOf} (over 90 days old)` : r.asOf,
  r.note ? `${r.label} (${r.note})` : r.label,
];

/** `ftroi prices`: the catalogue as the keys that use it see it, with every as-of date. */
export function renderPrices(rows: readonly DisplayRow[]): string {
  const gpu = rows.filter((r) => r.kind === 'gpu');
  const api = rows.filter((r) => r.kind === 'api');
  return [
    'Price catalogue: list prices as read on the date shown. Typed values always win over it.',
    '',
    'GPU rental, USD per GPU-hour (train_gpu=ID, serve_gpu=ID):',
    ...columns(gpu.map(rowLine)),
    '',
    'LLM APIs, USD per 1M tokens (model=ID):',
    ...columns(api.map(rowLine)),
    '',
    'Override or add rows with a JSON file named by PRICING_FILE.',
    '',
  ].join('\n');
}
