import type { Preset } from '../calculator/index.ts';
import { inlineForm } from './inlineForm.ts';
import { columns } from './table.ts';

/** `ftroi presets`: each preset's id and story, with its inputs in the form a user would type them. */
export function renderPresets(presets: readonly Preset[]): string {
  const rows = presets.flatMap((p) => [
    [p.id, p.description],
    ['', inlineForm({ ...p.scenario, name: undefined })],
  ]);
  return [
    "Presets: the article's worked examples, figures corrected where the article's arithmetic slips.",
    'Run one with ftroi --preset NAME; key=value pairs after it override its inputs.',
    '',
    ...columns(rows),
    '',
  ].join('\n');
}
