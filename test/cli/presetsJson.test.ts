import { parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { type Analysis, evaluate, findPreset, PRESET_IDS } from '../../src/calculator/index.ts';
import { runCli } from './runCli.ts';

/** The spec's worked-examples table, as printed there (break-even with the digits the spec shows). */
const SPEC_TABLE = [
  {
    id: 'core-formula',
    S: 9000,
    breakEven: '0.056',
    roi12: '860.0',
    roi36: '886.3',
    yes: 2,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
    minBill: '1083.33',
  },
  {
    id: 'customer-support',
    S: 14600,
    breakEven: '0.00066',
    roi12: '7270.5',
    roi36: '7290.1',
    yes: 4,
    verdict: 'GO',
    warnings: [],
    minBill: '204.32',
  },
  {
    id: 'code-generation',
    S: 7500,
    breakEven: '0.0067',
    roi12: '2464.4',
    roi36: '2488.0',
    yes: 4,
    verdict: 'GO',
    warnings: [],
  },
  {
    id: 'low-volume-legal',
    S: 150,
    breakEven: '3.33',
    roi12: '44.8',
    roi36: '63.6',
    yes: 1,
    verdict: 'NO-GO',
    warnings: ['low-volume', 'data-scarcity'],
  },
  {
    id: 'quick-answer',
    S: 1500,
    breakEven: '0',
    roi12: '300.0',
    roi36: '300.0',
    yes: 1,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
  },
  {
    id: 'with-engineering',
    S: 9000,
    breakEven: '3.61',
    roi12: '169.7',
    roi36: '425.5',
    yes: 2,
    verdict: 'NO-GO',
    warnings: ['one-off', 'data-scarcity'],
    minBill: '6416.67',
  },
] as const;

const significantDigits = (printed: string) => printed.replace(/^0\.0*/, '').replace('.', '').length;

describe.concurrent('ftroi --json --preset NAME reproduces the spec table', () => {
  it('covers every preset', () => {
    expect(SPEC_TABLE.map((row) => row.id)).toEqual(PRESET_IDS);
  });

  for (const row of SPEC_TABLE) {
    it(row.id, async () => {
      const run = await runCli(['--json', '--preset', row.id]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const a = JSON.parse(run.stdout) as Analysis;

      expect(a.monthlyNetSavings).toBe(row.S);
      const be = a.breakEvenMonths ?? Number.NaN;
      expect(be === 0 ? '0' : be.toPrecision(significantDigits(row.breakEven))).toBe(row.breakEven);
      expect(a.roi12?.toFixed(1)).toBe(row.roi12);
      expect(a.roi36?.toFixed(1)).toBe(row.roi36);
      expect(a.quickTest.yesCount).toBe(row.yes);
      expect(a.verdict).toBe(row.verdict);
      expect(a.warnings).toEqual(row.warnings);
      if ('minBill' in row) expect(a.minApiBillFor6MonthPayback?.toFixed(2)).toBe(row.minBill);

      // Full precision: every figure is the model's own double, never rounded for display.
      const preset = findPreset(row.id);
      const direct = evaluate(preset?.scenario, { today: parseISO(a.startDate) });
      if (!direct.ok) throw new Error('preset does not evaluate');
      expect(a).toEqual(JSON.parse(JSON.stringify(direct.value)));
    });
  }

  it('prints the spec field names', async () => {
    const a = JSON.parse((await runCli(['--json', '--preset', 'core-formula'])).stdout);
    for (const key of [
      'reductionPct',
      'qualityFactorPct',
      'engineeringCost',
      'upfrontCost',
      'monthlyApiSavings',
      'monthlyRunCost',
      'monthlyNetSavings',
      'breakEvenMonths',
      'roi12',
      'roi36',
      'netBenefit12',
      'netBenefit36',
      'minApiBillFor6MonthPayback',
      'targets',
      'quickTest',
      'verdict',
      'warnings',
      'scenario',
      'inputs',
      'cashFlow',
    ])
      expect(a).toHaveProperty(key);
    expect(Object.keys(a.targets).sort()).toEqual(['breakEven', 'monthlySavings', 'roi12', 'roi36']);
    expect(a.quickTest).toEqual({
      apiBillOver5k: true,
      repetitive: false,
      examples5kPlus: false,
      quality90Enough: true,
      yesCount: 2,
    });
  });
});
