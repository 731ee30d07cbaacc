import { findPreset } from '../calculator/index.ts';

/** What `/ftroi …` (or a mention outside a result thread) asks for. */
export type CommandIntent =
  | { kind: 'modal' }
  | { kind: 'help' }
  | { kind: 'presets' }
  | { kind: 'preset'; id: string; overrides: string }
  | { kind: 'unknown-preset'; name: string }
  | { kind: 'inline'; text: string };

/** Slack may send smart quotes and non-breaking spaces; the grammar is plain ASCII. */
export const normaliseCommandText = (text: string): string => text.replace(/\u00a0/g, ' ').trim();

export function parseCommandText(raw: string): CommandIntent {
  const text = normaliseCommandText(raw);
  if (text === '') return { kind: 'modal' };
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  if (word === 'help' || word === '?') return { kind: 'help' };
  if (word === 'presets') return { kind: 'presets' };
  if (word === 'preset') {
    const [name = '', ...overrides] = rest;
    const preset = findPreset(name);
    return preset
      ? { kind: 'preset', id: preset.id, overrides: overrides.join(' ') }
      : { kind: 'unknown-preset', name };
  }
  if (findPreset(word)) return { kind: 'preset', id: word, overrides: rest.join(' ') };
  if (text.includes('=')) return { kind: 'inline', text };
  return { kind: 'help' };
}
