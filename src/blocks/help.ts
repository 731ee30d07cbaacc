/**
 * `/ftroi help` and `/ftroi presets`: both ephemeral, both built from the registries they describe.
 * `@ftroi help` gets the short help: it is posted in a thread, where everyone reads it.
 */
import { PRESETS } from '../calculator/index.ts';
import { context, escapeMrkdwn, header, type Message, section, sections } from './text.ts';
import { COMMAND_LINES, GRAMMAR_LINES, keyLines, presetLines } from './usage.ts';

export function helpMessage(): Message {
  return {
    text: 'ftroi help: /ftroi opens the form; /ftroi key=value calculates at once; /ftroi presets lists the worked examples',
    blocks: [
      header('ftroi: fine-tune, or keep paying the API?'),
      section(
        'Should you fine-tune an open model on rented GPUs instead of paying your LLM API bill? ftroi answers with the exact numbers: monthly net savings, break-even, year-1 and 3-year ROI, and the quick decision test.',
      ),
      section(['*How to use it*', ...COMMAND_LINES].join('\n')),
      section(['*Inline grammar*', ...GRAMMAR_LINES].join('\n')),
      ...sections(['*Keys*', ...keyLines()]),
      section(['*Presets* (the worked examples)', ...presetLines()].join('\n')),
      context(['Required: api, ft, gpu, examples and repetitive (or the inputs that estimate them).']),
    ],
  };
}

/** What a mention without key=value pairs is answered with: what to type in a thread, and where the rest is. */
export function shortHelpMessage(): Message {
  return {
    text: "ftroi in a result's thread: @ftroi what if gpu=500 reduction=40% re-runs it with changes; @ftroi compare puts every revision side by side. Full help: /ftroi help",
    blocks: [
      section(
        [
          "*In a result's thread*",
          '• `@ftroi what if gpu=500 reduction=40%` re-runs it with those changes and shows what moved',
          '• `@ftroi compare` puts every revision side by side',
          '• `@ftroi help` shows this',
          'Anywhere, `@ftroi api=15k gpu=200 ft=9.6 examples=10000 repetitive=yes` calculates at once.',
        ].join('\n'),
      ),
      context(['Every key, the presets and the form: `/ftroi help`']),
    ],
  };
}

export function presetsMessage(): Message {
  return {
    text: `ftroi presets: ${PRESETS.map((p) => p.id).join(', ')}`,
    blocks: [
      header('Presets: the worked examples'),
      ...PRESETS.map((p) =>
        section(
          [
            `*${escapeMrkdwn(p.scenario.name ?? p.id)}* · \`/ftroi preset ${p.id}\``,
            escapeMrkdwn(p.description),
            ...(p.articleDiscrepancy ? [`_Versus the article:_ ${escapeMrkdwn(p.articleDiscrepancy)}`] : []),
          ].join('\n'),
        ),
      ),
      context(['Each opens the form prefilled, so you can change any input before calculating.']),
    ],
  };
}
