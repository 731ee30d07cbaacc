import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../src/calculator');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

/** Every module specifier a file names: static imports and re-exports, side-effect and dynamic imports. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1] ?? ''));
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const forbidden = (spec: string) =>
  spec.startsWith('node:') ||
  BUILTINS.has(spec) ||
  BUILTINS.has(spec.split('/')[0] ?? '') ||
  /^@slack\//.test(spec) ||
  spec === 'dotenv' ||
  spec.startsWith('dotenv/');

describe('src/calculator is pure', () => {
  it('has files to check, and the scan sees their imports', () => {
    expect(FILES.length).toBeGreaterThan(10);
    expect(specifiers(readFileSync(join(DIR, 'schema.ts'), 'utf8'))).toContain('zod');
    expect(specifiers("import {\n  a,\n  b,\n} from 'node:fs';\nexport * from '@slack/bolt';")).toEqual([
      'node:fs',
      '@slack/bolt',
    ]);
    expect(
      ['fs', 'node:http', 'net', 'path/posix', 'process', '@slack/bolt', 'dotenv'].every(forbidden),
    ).toBe(true);
  });

  it.each(FILES)('%s imports no Slack, Node built-in or dotenv module', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    expect(specifiers(source).filter(forbidden)).toEqual([]);
  });

  it.each(FILES)('%s reads no environment or process state', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    expect(source).not.toMatch(/\bprocess\s*\.|\bglobalThis\.process\b|\brequire\s*\(/);
  });

  it('imports only relative files, zod, date-fns and pure-rand', () => {
    const external = FILES.flatMap((f) => specifiers(readFileSync(join(DIR, f), 'utf8'))).filter(
      (s) => !s.startsWith('./'),
    );
    expect([...new Set(external.map((s) => s.split('/')[0]))].sort()).toEqual([
      'date-fns',
      'pure-rand',
      'zod',
    ]);
  });
});
