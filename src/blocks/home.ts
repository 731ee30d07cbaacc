/** The app's Home tab: how to use ftroi, the presets, the inline keys and the price catalogue. */
import type { HomeView } from '@slack/types';
import type { DisplayRow } from '../prices/catalogue.ts';
import { context, divider, escapeMrkdwn, header, section, sections } from './text.ts';
import { COMMAND_LINES, GRAMMAR_LINES, keyLines, presetLines } from './usage.ts';

export interface HomeOptions {
  /** The oldest and newest as-of dates in the price catalogue (YYYY-MM-DD); absent when none is loaded. */
  asOfRange?: { oldest: string; newest: string };
  /** The catalogue's rows, so the ids `model=`, `train_gpu=` and `serve_gpu=` take are on screen. */
  rows?: readonly DisplayRow[];
}

/** Home allows 100 blocks; a PRICING_FILE with thousands of rows must not take the tab down. */
const MAX_CATALOGUE_SECTIONS = 20;

const rowLine = (r: DisplayRow) =>
  `\`${r.id}\` ${r.price} ${r.kind === 'gpu' ? 'per GPU-hour' : 'per 1M tokens'} · ${escapeMrkdwn(r.label)} · as of ${r.asOf}${r.stale ? ' (over 90 days old)' : ''}`;

export function catalogueBlocks(rows: readonly DisplayRow[]) {
  const all = sections([
    '*GPU rental* (`train_gpu=ID`, `serve_gpu=ID`)',
    ...rows.filter((r) => r.kind === 'gpu').map(rowLine),
    '',
    '*LLM APIs* (`model=ID`)',
    ...rows.filter((r) => r.kind === 'api').map(rowLine),
  ]);
  if (all.length <= MAX_CATALOGUE_SECTIONS) return all;
  return [
    ...all.slice(0, MAX_CATALOGUE_SECTIONS),
    context([
      `The catalogue is longer than the Home tab can show: \`npm run ftroi -- prices\` lists every row.`,
    ]),
  ];
}

export function catalogueLine(asOfRange?: HomeOptions['asOfRange']): string {
  if (!asOfRange) return 'No price catalogue is loaded: type the prices yourself (api=, ft=, gpu=).';
  const { oldest, newest } = asOfRange;
  const when = oldest === newest ? `as of ${oldest}` : `as of ${oldest} to ${newest}`;
  return `GPU and API prices ${escapeMrkdwn(when)}. Use them with \`model=\`, \`train_gpu=\` and \`serve_gpu=\`; every result names the prices it used and their dates.`;
}

export function appHome({ asOfRange, rows = [] }: HomeOptions = {}): HomeView {
  return {
    type: 'home',
    blocks: [
      header('ftroi: fine-tune, or keep paying the API?'),
      section(
        'Should you fine-tune an open model on rented GPUs instead of paying your LLM API bill? Type `/ftroi` in any channel: the answer comes with monthly net savings, break-even, year-1 and 3-year ROI and the quick decision test.',
      ),
      section(['*How to use it*', ...COMMAND_LINES].join('\n')),
      divider(),
      header('Presets'),
      section(presetLines().join('\n')),
      divider(),
      header('Inline keys'),
      section(GRAMMAR_LINES.join('\n')),
      ...sections(keyLines(['core', 'verdict'])),
      context(['`/ftroi help` lists the estimator, horizon and capacity keys too.']),
      divider(),
      header('Price catalogue'),
      section(catalogueLine(asOfRange)),
      ...catalogueBlocks(rows),
    ],
  };
}
