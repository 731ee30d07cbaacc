import { describe, expect, it } from 'vitest';
import { breakdownMessage } from '../../src/blocks/breakdown.ts';
import { cashFlowChart } from '../../src/blocks/cashFlowChart.ts';
import { compareMessage } from '../../src/blocks/compare.ts';
import { helpMessage, presetsMessage } from '../../src/blocks/help.ts';
import { appHome } from '../../src/blocks/home.ts';
import { inputErrorsMessage } from '../../src/blocks/inputErrors.ts';
import { sensitivityMessage } from '../../src/blocks/sensitivity.ts';
import { cases, FIELDS, PRESETS, tornado } from '../../src/calculator/index.ts';
import { bundledCatalogue, catalogueRowsForDisplay } from '../../src/prices/catalogue.ts';
import { allText, analysisOf, presetAnalysis, presetScenario, unescapeMrkdwn } from './fixtures.ts';

/** The lines of every ``` block in a message, in order. */
function codeLines(payload: unknown): string[] {
  const text = unescapeMrkdwn(allText(payload));
  return [...text.matchAll(/```\n([\s\S]*?)\n```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
}

const sensitivityOf = (a: ReturnType<typeof presetAnalysis>) =>
  sensitivityMessage(a, tornado(a.inputs, a.uncertainty?.ranges), cases(a.inputs));

describe('breakdownMessage', () => {
  it('shows a rate as given, to a tenth of a cent, so the product it multiplies into adds up', () => {
    const analysis = analysisOf({
      ...presetScenario('customer-support'),
      engineeringWeeks: 2,
      engineerHourlyRate: 62.125,
    });
    expect(codeLines(breakdownMessage(analysis).blocks)).toContain(
      'E = weeks × 40 h × rate = 2 × 40 × $62.125 = $4,970',
    );
  });

  it('writes every formula out with the customer-support numbers', () => {
    const message = breakdownMessage(presetAnalysis('customer-support'));
    const lines = codeLines(message.blocks);
    expect(lines).toContain('S = q × r × A − (G + R) = 100.0% × 98.7% × $15,000 − ($200 + $0) = $14,600');
    expect(lines).toContain('E = weeks × 40 h × rate = 0 × 40 × $200 = $0');
    expect(lines).toContain('U = C + E = $9.60 + $0 = $9.60');
    expect(lines).toContain('Sa = q × r × A = 100.0% × 98.7% × $15,000 = $14,800');
    expect(lines).toContain('Run = G + R = $200 + $0 = $200');
    expect(lines).toContain(
      'break-even = U / S = $9.60 / $14,600 = 0.00066 months (under a day) → 4 Dec 2026',
    );
    expect(lines).toContain('       = ($177,600 − ($9.60 + $2,400)) / ($9.60 + $2,400) × 100 = 7,270.5%');
    expect(lines).toContain(
      'minApiBillFor6MonthPayback = (Run + U/6) / (q × r) = ($200 + $9.60/6) / (100.0% × 98.7%) = $204.32',
    );
    expect(allText(message.blocks)).toContain('7,290.1%');
    expect(message.text).toContain('$14,600');
  });

  it('charts 36 months of cumulative cash flow and marks the break-even month', () => {
    const lines = codeLines(breakdownMessage(presetAnalysis('with-engineering')).blocks);
    const rows = lines.filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(rows).toHaveLength(37);
    expect(rows.filter((r) => r.includes('◀ break-even'))).toEqual([
      expect.stringMatching(/^\s+4\s+\$3,500/),
    ]);
    expect(rows[0]).toMatch(/^\s+0\s+-\$32,500\s+░+│$/);
    expect(lines).toContain('break-even: 3.6 months (░ below zero, █ above)');
  });

  it('says when it never pays back, and when break-even lies beyond the chart', () => {
    const never = analysisOf({ ...presetScenario('core-formula'), gpuMonthlyCost: 20_000 });
    expect(cashFlowChart(never.cashFlow, never.breakEvenMonths).at(-1)).toBe(
      'never breaks even: the upfront cost is not recovered',
    );
    const late = analysisOf({ ...presetScenario('low-volume-legal'), fineTuneCost: 10_000 });
    expect(late.breakEvenMonths).toBeGreaterThan(36);
    expect(cashFlowChart(late.cashFlow, late.breakEvenMonths).at(-1)).toMatch(/^break-even after month 36: /);
  });

  it('lists the month-by-month figures only when prices or traffic drift', () => {
    expect(allText(breakdownMessage(presetAnalysis('customer-support')).blocks)).not.toContain(
      'Each month, as',
    );
    const drift = analysisOf({ ...presetScenario('customer-support'), apiPriceChangePctPerYear: -30 });
    const message = breakdownMessage(drift);
    expect(allText(message.blocks)).toContain('*Each month, as prices and traffic change*');
    const lines = codeLines(message.blocks);
    expect(lines).toContain('ROI_12 = (ΣSa − (U + ΣRun)) / (U + ΣRun) × 100, summed over months 1–12');
    expect(lines.some((l) => /^\s+36\s+\$5,230\s+\$200\s+\$5,030\s+\$324,818$/.test(l))).toBe(true);
  });
});

describe('sensitivityMessage', () => {
  it('draws the tornado in swing order with each input’s low and high values', () => {
    const a = analysisOf({ ...presetScenario('customer-support'), gpuMonthlyCost: { low: 150, high: 400 } });
    const lines = codeLines(sensitivityOf(a).blocks);
    const order = [
      'GPU serving cost *',
      'API bill',
      'Quality factor',
      'API cost reduction',
      'Fine-tuning cost',
      'Engineering effort',
    ];
    const rows = order.map((label) => lines.findIndex((l) => l.startsWith(label)));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((x, y) => x - y)).toEqual(rows);
    expect(lines.find((l) => l.startsWith('GPU serving cost *'))).toContain('$150 → $400');
    expect(lines.find((l) => l.startsWith('API bill'))).toContain('$12,000 → $18,000');
  });

  it('gives the smallest API bill that pays back in 6 months and the three cases', () => {
    const message = sensitivityOf(presetAnalysis('core-formula'));
    const shown = allText(message.blocks);
    expect(shown).toContain('$1,083.33 a month (yours is $10,000: above it)');
    const lines = codeLines(message.blocks);
    for (const name of ['pessimistic', 'expected', 'optimistic'])
      expect(lines.some((l) => l.startsWith(name))).toBe(true);
    expect(lines.find((l) => l.startsWith('expected'))).toMatch(/\$9,000\s+2 days\s+860\.0%\s+886\.3%/);
    expect(shown).not.toContain('P10');
  });

  it('adds the P10 / P50 / P90 and probability table when the scenario has ranges', () => {
    const a = analysisOf({ ...presetScenario('low-volume-legal'), apiMonthlyCost: { low: 300, high: 900 } });
    const message = sensitivityOf(a);
    const lines = codeLines(message.blocks);
    expect(lines[lines.findIndex((l) => l.includes('P10')) ?? 0]).toMatch(/P10\s+P50\s+P90/);
    expect(lines.some((l) => /^pays back within 6 months\s+\d+%$/.test(l))).toBe(true);
    expect(allText(message.blocks)).toContain('api $300..$900 (most likely $600)');
  });
});

describe('compareMessage', () => {
  const revisions = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      label: i === 0 ? 'the original' : `what if gpu=${200 + 100 * i}`,
      analysis: analysisOf({ ...presetScenario('customer-support'), gpuMonthlyCost: 200 + 100 * i }),
    }));

  it('puts revisions side by side, four columns to a table', () => {
    const message = compareMessage(revisions(6));
    const lines = codeLines(message.blocks);
    expect(lines.filter((l) => l.trim().startsWith('#'))).toEqual([
      expect.stringMatching(/#1\s+#2\s+#3\s+#4$/),
      expect.stringMatching(/#5\s+#6$/),
    ]);
    expect(lines.find((l) => l.startsWith('net savings / month'))).toMatch(/\$14,600\s+\$14,500/);
    expect(allText(message.blocks)).toContain('*#2* what if gpu=300');
    expect(message.text).toBe('Comparison of 6 revisions of Customer support');
  });

  it('keeps the original and the latest revisions of a long thread', () => {
    const message = compareMessage(revisions(20));
    const heads = codeLines(message.blocks)
      .filter((l) => l.trim().startsWith('#'))
      .join(' ');
    expect(heads.match(/#\d+/g)).toEqual(['#1', ...Array.from({ length: 11 }, (_, i) => `#${i + 10}`)]);
    expect(allText(message.blocks)).toContain('8 revisions in between left out (#2–#9)');
  });

  it('says so when there is nothing to compare', () => {
    expect(compareMessage([]).text).toBe('Nothing to compare yet');
  });
});

describe('helpMessage and presetsMessage', () => {
  it('lists the grammar, every key with its unit and aliases, the presets and the examples', () => {
    const shown = allText(helpMessage().blocks);
    for (const field of FIELDS) {
      expect(shown).toContain(field.key);
      for (const alias of field.aliases) expect(shown).toContain(`\`${alias}\``);
      if (field.unit) expect(shown).toContain(field.unit);
    }
    for (const preset of PRESETS) expect(shown).toContain(preset.id);
    for (const example of [
      '`/ftroi`',
      '`/ftroi preset customer-support`',
      '`/ftroi api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80`',
      '`@ftroi what if gpu=500',
      '`@ftroi compare`',
      '`15k`',
      '`150..400`',
    ])
      expect(shown).toContain(example);
  });

  it('lists each preset with the command that opens it', () => {
    const shown = allText(presetsMessage().blocks);
    for (const preset of PRESETS) expect(shown).toContain(`/ftroi preset ${preset.id}`);
    expect(shown).toContain('7,270.5 %');
  });
});

describe('inputErrorsMessage', () => {
  it('names each bad key, why, and the accepted form', () => {
    const message = inputErrorsMessage([
      { field: 'apiMonthlyCost', message: 'api (apiMonthlyCost): "lots" is not a number' },
      { field: 'colour', message: 'unknown key "colour"' },
    ]);
    const shown = allText(message.blocks);
    expect(shown).toContain('*api (apiMonthlyCost)*: api (apiMonthlyCost): "lots" is not a number');
    expect(shown).toContain('_Accepted:_ a number above 0 to 1,000,000,000 USD/month');
    expect(shown).toContain('*colour*: unknown key "colour"');
    expect(message.text).toBe('Some inputs need fixing: api (apiMonthlyCost), colour');
  });

  it('stops listing after twenty issues', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ field: `k${i}`, message: 'unknown key' }));
    expect(allText(inputErrorsMessage(issues).blocks)).toContain('…and 5 more');
  });
});

describe('appHome', () => {
  it('is a Home tab with how to use it, the presets, the keys and the catalogue date', () => {
    const view = appHome({ asOfRange: { oldest: '2026-10-01', newest: '2026-11-30' } });
    expect(view.type).toBe('home');
    const shown = allText(view.blocks);
    expect(shown).toContain('as of 2026-10-01 to 2026-11-30');
    expect(shown).toContain('`/ftroi preset customer-support`');
    expect(shown).toContain('apiMonthlyCost');
    for (const preset of PRESETS) expect(shown).toContain(preset.id);
    expect(allText(appHome().blocks)).toContain('No price catalogue is loaded');
  });

  it('lists every catalogue row with the id the keys take, its price and its date', () => {
    const rows = catalogueRowsForDisplay(bundledCatalogue, new Date('2026-12-04T00:00:00Z'));
    const shown = allText(appHome({ rows }).blocks);
    for (const row of rows) expect(shown).toContain(`\`${row.id}\` ${row.price}`);
    expect(shown).toContain('$6.155 per GPU-hour');
    expect(shown).toMatch(/`gpt-4o` \$[\d.]+ in \/ \$[\d.]+ out per 1M tokens/);
  });
});
