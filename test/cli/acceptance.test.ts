import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Analysis, evaluate, FIELDS, PRESETS } from '../../src/calculator/index.ts';
import { binPath, looksLikeStackTrace, runCli } from './runCli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ftroi-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const writeJson = (name: string, value: unknown) => {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

const ARTICLE_EXAMPLE = 'api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80'.split(' ');

/** Bad input: exit 2, nothing on stdout, one line per problem on stderr, never a stack trace. */
async function expectBadInput(args: readonly string[]) {
  const run = await runCli(args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(looksLikeStackTrace(run.stderr)).toBe(false);
  return run.stderr.trimEnd().split('\n');
}

describe.concurrent('the readable report', () => {
  it('ftroi --preset customer-support: verdict first, targets, quick test, warnings, the article note', async () => {
    const run = await runCli(['--preset', 'customer-support']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Customer support: GO');
    const order = ['Key figures', 'Quick decision test', 'Warnings', 'The article', 'Scenario:'].map((s) =>
      run.stdout.indexOf(s),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(run.stdout).toMatch(/Monthly net savings +\$14,600 +target > \$500\/month +met/);
    expect(run.stdout).toMatch(/Year-1 ROI +7,270\.5% +target > 100% +met/);
    expect(run.stdout).toMatch(/3-year ROI +7,290\.1% +target > 300% +met/);
    expect(run.stdout).toContain('4 of 4 yes');
    expect(run.stdout).toContain('Warnings: none');
    expect(run.stdout).toContain('7,167 %');
  });

  it('ftroi api=15k after=200 …: the same figures from key=value pairs, with no article note', async () => {
    const run = await runCli(ARTICLE_EXAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Fine-tuning scenario: GO');
    expect(run.stdout).toContain('$14,600');
    expect(run.stdout).toContain('7,270.5%');
    expect(run.stdout).not.toContain('The article\n');
  });

  it('a NO-GO preset lists its warnings and says where the test and numbers disagree', async () => {
    const run = await runCli(['--preset', 'core-formula']);
    expect(run.stdout.split('\n')[0]).toBe('Core formula: NO-GO');
    expect(run.stdout).toContain('the quick test says NO-GO');
    expect(run.stdout).toMatch(/- One-off task/);
    expect(run.stdout).toMatch(/- Data scarcity/);
    expect(run.stdout).toContain('764 %');
  });

  it('--preset NAME key=value applies the pairs as overrides and drops the article note', async () => {
    const run = await runCli(['--json', '--preset', 'customer-support', 'gpu=300', 'name=Support v2']);
    expect(run.code).toBe(0);
    const a = JSON.parse(run.stdout) as Analysis;
    expect(a.name).toBe('Support v2');
    expect(a.monthlyNetSavings).toBe(14_500);
    expect(a.scenario.apiCostAfter).toBe(200);
    const text = await runCli(['--preset', 'customer-support', 'gpu=300']);
    expect(text.stdout).not.toContain('7,167 %');
  });

  it('an override replaces the alternative the preset used (reduction replaces after)', async () => {
    const a = JSON.parse((await runCli(['--json', '--preset', 'customer-support', 'reduction=50%'])).stdout);
    expect(a.reductionPct).toBe(50);
    expect(a.scenario.apiCostAfter).toBeUndefined();
  });

  it('`preset NAME`, as typed in Slack, works too', async () => {
    const run = await runCli(['preset', 'quick-answer']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Quick answer: NO-GO');
  });
});

describe.concurrent('--json and --scenario', () => {
  it('--json prints the analysis object with the spec field names', async () => {
    const run = await runCli(['--json', ...ARTICLE_EXAMPLE]);
    const a = JSON.parse(run.stdout) as Analysis;
    expect(a.monthlyNetSavings).toBe(14_600);
    expect(a.verdict).toBe('GO');
    expect(a.scenario).toMatchObject({ apiMonthlyCost: 15_000, apiCostAfter: 200, repetitive: true });
  });

  it('--scenario FILE with one object prints one analysis', async () => {
    const file = writeJson('one.json', PRESETS[1]?.scenario);
    const run = await runCli(['--json', '--scenario', file]);
    expect(run.code).toBe(0);
    const a = JSON.parse(run.stdout);
    expect(Array.isArray(a)).toBe(false);
    expect(a.roi12.toFixed(1)).toBe('7270.5');
  });

  it('--scenario FILE with 300 scenarios answers them all, in order, in one process', async () => {
    const scenarios = Array.from({ length: 300 }, (_, i) => ({
      name: `scenario ${i}`,
      apiMonthlyCost: 1_000 + 97 * i,
      gpuMonthlyCost: 150 + (i % 7) * 50,
      fineTuneCost: (i % 11) * 10,
      engineeringWeeks: i % 3,
      trainingExamples: 40 * i,
      repetitive: i % 2 === 0,
      qualityBarPct: 70 + (i % 30),
    }));
    const file = writeJson('many.json', scenarios);
    const run = await runCli(['--json', '--scenario', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const analyses = JSON.parse(run.stdout) as Analysis[];
    expect(analyses.map((a) => a.name)).toEqual(scenarios.map((s) => s.name));
    for (const i of [0, 137, 299]) {
      const direct = evaluate(scenarios[i]);
      expect(direct.ok && direct.value.roi12).toBe(analyses[i]?.roi12);
    }
  });

  it('--scenario - reads standard input; an array of one prints an array of one', async () => {
    const run = await runCli(['--json', '--scenario', '-'], {
      input: JSON.stringify([PRESETS[0]?.scenario]),
    });
    const out = JSON.parse(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].roi12).toBe(860);
  });

  it('--scenario without --json prints one readable report per scenario', async () => {
    const file = writeJson('two.json', [PRESETS[0]?.scenario, PRESETS[1]?.scenario]);
    const run = await runCli(['--scenario', file]);
    expect(run.stdout).toContain('Core formula: NO-GO');
    expect(run.stdout).toContain('Customer support: GO');
  });

  it('a bad scenario in a batch fails the batch, naming its index and key', async () => {
    const file = writeJson('bad.json', [
      PRESETS[0]?.scenario,
      { ...PRESETS[0]?.scenario, apiMonthlyCost: -5 },
    ]);
    const run = await runCli(['--json', '--scenario', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^scenario\[1\]: .*apiMonthlyCost/),
    ]);
  });

  it('a missing file and invalid JSON are one line each, exit 2', async () => {
    const missing = await expectBadInput(['--scenario', join(scratch, 'nope.json')]);
    expect(missing).toEqual([expect.stringContaining('file not found')]);
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "apiMonthlyCost": ');
    expect(await expectBadInput(['--scenario', file])).toEqual([expect.stringContaining('not valid JSON')]);
  });
});

describe.concurrent('bad input exits 2 with one line per problem, naming the key', () => {
  it('api=abc', async () => {
    const lines = await expectBadInput(['api=abc']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^api \(apiMonthlyCost\): "abc" is not a number/);
  });

  it('api=1e999', async () => {
    expect(await expectBadInput(['api=1e999', 'gpu=1', 'ft=1', 'examples=1', 'repetitive=no'])).toEqual([
      expect.stringMatching(/^api \(apiMonthlyCost\): "1e999" is too large/),
    ]);
  });

  it('api=-5', async () => {
    expect(await expectBadInput(['api=-5', 'gpu=1', 'ft=1', 'examples=1', 'repetitive=no'])).toEqual([
      expect.stringMatching(/^api \(apiMonthlyCost\) must be a number above 0/),
    ]);
  });

  it('after above api', async () => {
    expect(
      await expectBadInput(['api=100', 'after=200', 'gpu=1', 'ft=1', 'examples=1', 'repetitive=no']),
    ).toEqual([expect.stringMatching(/^apiCostAfter \(after\) must be at most apiMonthlyCost \(api\)/)]);
  });

  it('an unknown key', async () => {
    expect(await expectBadInput([...ARTICLE_EXAMPLE, 'colour=blue'])).toEqual([
      expect.stringMatching(/^unknown key "colour"/),
    ]);
  });

  it('two problems, two lines', async () => {
    const lines = await expectBadInput(['api=abc', 'api=1', 'gpux=5']);
    expect(lines).toHaveLength(3);
  });

  it('an incomplete scenario lists each missing input', async () => {
    const lines = await expectBadInput(['api=15k', 'gpu=200']);
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'fineTuneCost',
      'trainingExamples',
      'repetitive',
    ]);
  });

  it('no inputs at all lists all five required ones', async () => {
    const lines = await expectBadInput(['--json']);
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'apiMonthlyCost',
      'fineTuneCost',
      'gpuMonthlyCost',
      'trainingExamples',
      'repetitive',
    ]);
  });

  it('an unknown preset, an unknown flag, a flag without its value, presets with pairs', async () => {
    expect(await expectBadInput(['--preset', 'nope'])).toEqual([
      expect.stringMatching(/unknown preset "nope"/),
    ]);
    expect(await expectBadInput(['--bogus'])).toEqual([expect.stringMatching(/--bogus.*ftroi help/)]);
    expect(await expectBadInput(['--preset'])).toEqual([expect.stringMatching(/--preset/)]);
    expect(await expectBadInput(['presets', 'api=1'])).toHaveLength(1);
    expect(await expectBadInput(['--preset', 'core-formula', '--scenario', 'x.json'])).toHaveLength(1);
  });

  it('a broken PRICING_FILE is bad input too, named in one line', async () => {
    const run = await runCli(['prices'], { env: { PRICING_FILE: join(scratch, 'missing-prices.json') } });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^PRICING_FILE .*file not found/),
    ]);
  });
});

describe.concurrent('presets, help, prices and the bin', () => {
  it('ftroi presets lists every preset with its inputs', async () => {
    const run = await runCli(['presets']);
    expect(run.code).toBe(0);
    for (const preset of PRESETS) expect(run.stdout).toContain(preset.id);
    expect(run.stdout).toContain('api=15000 after=200 ft=9.6 gpu=200 examples=10000 repetitive=yes bar=80');
  });

  it('ftroi presets --json prints the presets', async () => {
    const run = await runCli(['presets', '--json']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(PRESETS)));
  });

  it('ftroi help, --help, -h and no arguments all print the help built from the registry', async () => {
    const runs = await Promise.all([['help'], ['--help'], ['-h'], []].map((args) => runCli(args)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(runs[0]?.stdout);
    }
    const help = runs[0]?.stdout ?? '';
    for (const field of FIELDS) {
      expect(help).toContain(field.key);
      for (const alias of field.aliases) expect(help).toContain(alias);
    }
  });

  it('ftroi prices lists the catalogue; --json prints it', async () => {
    const text = await runCli(['prices']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('runpod:h100-sxm');
    expect(text.stdout).toContain('gpt-4o');
    const json = JSON.parse((await runCli(['prices', '--json'])).stdout);
    expect(json.gpu.length).toBeGreaterThan(0);
    expect(json.api.length).toBeGreaterThan(0);
  });

  it('catalogue ids fill inputs: model, serve_gpu and train_gpu', async () => {
    const run = await runCli([
      '--json',
      'model=gpt-4o',
      'tokens_in=10M',
      'serve_gpu=runpod:rtx-4090',
      'serve_hours=10',
      'train_gpu=runpod:h100-sxm',
      'train_hours=2',
      'examples=0',
      'repetitive=no',
    ]);
    expect(run.stderr).toBe('');
    const a = JSON.parse(run.stdout) as Analysis;
    // The article prints $25,000 for 10M tokens at $2.50/1M; it is $25.
    expect(a.inputs.apiMonthlyCost).toBe(25);
    expect(a.inputs.gpuMonthlyCost).toBeCloseTo(3.4, 10);
    expect(a.inputs.fineTuneCost).toBeCloseTo(5.38, 10);
  });

  it('an unknown catalogue id is bad input with the catalogue’s suggestion', async () => {
    const lines = await expectBadInput([
      'api=1k',
      'gpu=1',
      'train_gpu=runpod:h100',
      'train_hours=2',
      'examples=1',
      'repetitive=no',
    ]);
    expect(lines[0]).toMatch(/^trainGpu: .*Did you mean runpod:h100-sxm/);
  });

  it('bin/ftroi.js runs from any working directory', async () => {
    const run = await runCli(['--json', '--preset', 'quick-answer'], {
      command: [process.execPath, binPath],
      cwd: tmpdir(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).roi12).toBe(300);
  });

  it('bin/ftroi.js exits 2 on bad input like the script', async () => {
    const run = await runCli(['api=abc'], { command: [process.execPath, binPath], cwd: tmpdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^api \(apiMonthlyCost\)/);
  });

  it('npm run ftroi -- … works from a checkout, exit codes included', async () => {
    const run = await runCli(['run', '--silent', 'ftroi', '--', '--json', '--preset', 'low-volume-legal'], {
      command: ['npm'],
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).roi12.toFixed(1)).toBe('44.8');
    const bad = await runCli(['run', '--silent', 'ftroi', '--', 'api=abc'], { command: ['npm'] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^api \(apiMonthlyCost\)/);
  });
});
