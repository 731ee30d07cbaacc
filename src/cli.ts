/**
 * The offline calculator: argv → scenario(s) → evaluate → text or JSON, and an exit code.
 * `run` does everything but the writing, so every outcome is a value; `main` prints it.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Analysis,
  applyOverrides,
  evaluate,
  findPreset,
  PRESET_IDS,
  PRESETS,
  parseInline,
  type Result,
  type Scenario,
} from './calculator/index.ts';
import { catalogueRowsForDisplay } from './prices/catalogue.ts';
import { loadPrices } from './prices/priceBook.ts';
import { issueLines, renderHelp, renderPresets, renderPrices, renderReport } from './report/index.ts';

export const EXIT = { ok: 0, unexpected: 1, badInput: 2 } as const;

export interface Outcome {
  code: (typeof EXIT)[keyof typeof EXIT];
  stdout: string;
  stderr: string;
}

export interface Environment {
  today: Date;
  /** The PRICING_FILE setting: a JSON file merged over the bundled price catalogue. */
  pricingFile?: string | undefined;
}

const OPTIONS = {
  json: { type: 'boolean' },
  preset: { type: 'string' },
  scenario: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Lines = string[];

const done = (stdout: string): Outcome => ({ code: EXIT.ok, stdout, stderr: '' });
const badInput = (lines: Lines): Outcome => ({
  code: EXIT.badInput,
  stdout: '',
  stderr: `${lines.join('\n')}\n`,
});
const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// The shell has already split the words, so a value with spaces arrives whole (name=Support bot);
// the inline grammar needs it quoted again to read it as one value.
function requote(arg: string): string {
  const eq = arg.indexOf('=');
  const value = arg.slice(eq + 1);
  if (eq < 0 || !/\s/.test(value)) return arg;
  const quote = value.includes('"') ? "'" : '"';
  return `${arg.slice(0, eq)}=${quote}${value}${quote}`;
}

function readScenarioFile(file: string): Result<unknown, Lines> {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`;
    return { ok: false, error: [`--scenario ${file}: ${why}`] };
  }
  try {
    // Editors on Windows save a byte-order mark that JSON.parse rejects.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, error: [`--scenario ${file}: not valid JSON (${(error as Error).message})`] };
  }
}

interface Batch {
  scenarios: unknown[];
  /** An array in, an array out: a single scenario prints a single analysis. */
  many: boolean;
  articleDiscrepancy?: string | undefined;
}

const isObject = (value: unknown): value is Scenario =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function gatherScenarios(
  preset: string | undefined,
  file: string | undefined,
  pairs: Lines,
): Result<Batch, Lines> {
  if (preset !== undefined && file !== undefined)
    return { ok: false, error: ['give --preset or --scenario, not both'] };
  let overrides: Scenario | undefined;
  if (pairs.length > 0) {
    const parsed = parseInline(pairs.map(requote).join(' '));
    if (!parsed.ok) return { ok: false, error: issueLines(parsed.error) };
    overrides = parsed.value as Scenario;
  }
  const withOverrides = (base: unknown) =>
    overrides && isObject(base) ? applyOverrides(base, overrides) : base;

  if (preset !== undefined) {
    const found = findPreset(preset);
    if (!found)
      return { ok: false, error: [`unknown preset "${preset}"; presets: ${PRESET_IDS.join(', ')}`] };
    // The article's figures describe the preset as printed, not a variant of it.
    const note = overrides ? undefined : found.articleDiscrepancy;
    return {
      ok: true,
      value: { scenarios: [withOverrides(found.scenario)], many: false, articleDiscrepancy: note },
    };
  }
  if (file !== undefined) {
    const read = readScenarioFile(file);
    if (!read.ok) return read;
    const many = Array.isArray(read.value);
    const scenarios = (many ? (read.value as unknown[]) : [read.value]).map(withOverrides);
    return { ok: true, value: { scenarios, many } };
  }
  return { ok: true, value: { scenarios: [overrides ?? {}], many: false } };
}

function analyseBatch(batch: Batch, json: boolean, env: Environment): Outcome {
  const prices = loadPrices(env.pricingFile);
  if (!prices.ok) return badInput([prices.error]);
  const options = { today: env.today, prices: prices.value.book };
  const analyses: Analysis[] = [];
  const problems: Lines = [];
  batch.scenarios.forEach((scenario, i) => {
    const result = evaluate(scenario, options);
    if (result.ok) analyses.push(result.value);
    else problems.push(...issueLines(result.error, batch.many ? `scenario[${i}]` : ''));
  });
  // All or nothing: a partial array would shift every index after the bad scenario.
  if (problems.length > 0) return badInput(problems);
  if (json) return done(toJson(batch.many ? analyses : analyses[0]));
  const reports = analyses.map((a) => renderReport(a, { articleDiscrepancy: batch.articleDiscrepancy }));
  return done(reports.join(`\n${'-'.repeat(72)}\n\n`));
}

export function run(argv: readonly string[], env: Environment): Outcome {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's first sentence names the problem; the rest of its advice is about `--`, not ftroi.
    const problem = (error as Error).message.split('. ')[0];
    return badInput([`${problem} (see ftroi help)`]);
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  const [command, ...rest] = positionals;

  if (argv.length === 0 || values.help || command === 'help') return done(renderHelp());
  if (command === 'presets' || command === 'prices') {
    if (rest.length > 0 || values.preset !== undefined || values.scenario !== undefined)
      return badInput([`${command} takes no other arguments than --json`]);
    if (command === 'presets') return done(json ? toJson(PRESETS) : renderPresets(PRESETS));
    const prices = loadPrices(env.pricingFile);
    if (!prices.ok) return badInput([prices.error]);
    const { catalogue } = prices.value;
    return done(json ? toJson(catalogue) : renderPrices(catalogueRowsForDisplay(catalogue, env.today)));
  }
  // `preset NAME`, as typed after /ftroi in Slack, means --preset NAME.
  const presetWord = command === 'preset';
  if (presetWord && values.preset !== undefined) return badInput(['give the preset once']);
  if (presetWord && rest[0] === undefined) return badInput([`preset needs a name: ${PRESET_IDS.join(', ')}`]);
  const preset = presetWord ? rest[0] : values.preset;
  const pairs = presetWord ? rest.slice(1) : positionals;

  const batch = gatherScenarios(preset, values.scenario, pairs);
  if (!batch.ok) return badInput(batch.error);
  return analyseBatch(batch.value, json, env);
}

export function main(argv: readonly string[] = process.argv.slice(2)): void {
  // `ftroi --json … | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  let outcome: Outcome;
  try {
    outcome = run(argv, { today: new Date(), pricingFile: process.env.PRICING_FILE });
  } catch (error) {
    // A bug, not bad input: still one line, because a stack trace helps nobody at a terminal.
    const message = error instanceof Error ? error.message : String(error);
    outcome = { code: EXIT.unexpected, stdout: '', stderr: `ftroi: unexpected error: ${message}\n` };
  }
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}

// Run when started as a script (tsx src/cli.ts); bin/ftroi.js imports this module and calls main.
function startedAsScript(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (startedAsScript()) main();
