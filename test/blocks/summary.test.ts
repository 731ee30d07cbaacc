import type { ActionsBlock, SectionBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { compactMonths, keyFigureFields } from '../../src/blocks/figures.ts';
import { ACTION_IDS, SUMMARY_ACTIONS_BLOCK_ID } from '../../src/blocks/ids.ts';
import { summaryMessage } from '../../src/blocks/summary.ts';
import { WARNING_SENTENCES } from '../../src/blocks/warnings.ts';
import { evaluate, PRESETS, type PriceBook, WARNING_IDS } from '../../src/calculator/index.ts';
import {
  allText,
  analysisOf,
  presetAnalysis,
  presetScenario,
  TODAY,
  unescapeMrkdwn,
  verdictWords,
} from './fixtures.ts';

const sectionTexts = (blocks: readonly { type: string }[]) =>
  blocks.filter((b): b is SectionBlock => b.type === 'section').map((b) => b.text?.text ?? '');

describe('summaryMessage', () => {
  it.each(PRESETS.map((p) => [p.id]))('renders %s with its verdict word once in the fallback', (id) => {
    const a = presetAnalysis(id);
    const { text, blocks } = summaryMessage(a, { buttons: true });
    expect(verdictWords(text)).toEqual([a.verdict]);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: a.name } });
    expect(sectionTexts(blocks)[0]).toContain(`*${a.verdict}*`);
  });

  it('shows the customer-support figures the spec pins', () => {
    const { text, blocks } = summaryMessage(presetAnalysis('customer-support'), {});
    const shown = allText(blocks);
    for (const figure of ['$14,600', '7,270.5%', '7,290.1%', '$9.60', 'GO']) expect(shown).toContain(figure);
    expect(text).toBe(
      'GO — Customer support: $14,600/month net savings, break-even 0.00066 months (under a day), year-1 ROI 7,270.5%, 3-year ROI 7,290.1%',
    );
    expect(shown).toContain('4 of 4 yes');
    expect(shown).not.toContain('Warnings');
  });

  it('says NO-GO for core-formula with the sentence on why the test and the numbers disagree', () => {
    const { text, blocks } = summaryMessage(presetAnalysis('core-formula'), {});
    expect(text.startsWith('NO-GO — Core formula: $9,000/month net savings')).toBe(true);
    expect(verdictWords(text)).toEqual(['NO-GO']);
    const verdictLine = sectionTexts(blocks)[0];
    expect(verdictLine).toContain(':red_circle: *NO-GO*');
    expect(verdictLine).toContain('The numbers pay back within 12 months, but the quick test says NO-GO');
    const shown = allText(blocks);
    expect(shown).toContain('860.0%');
    expect(shown).toContain('*One-off task:*');
    expect(shown).toContain('under 1,000, fine-tuning will not help');
  });

  it('marks each article target met or missed', () => {
    const fields = (id: string) =>
      (
        summaryMessage(presetAnalysis(id), {}).blocks.find(
          (b) => b.type === 'section' && 'fields' in b,
        ) as SectionBlock
      ).fields?.map((f) => f.text) ?? [];
    const legal = fields('low-volume-legal');
    expect(legal[0]).toContain(':x: missed · target > $500/month');
    expect(legal[1]).toContain(':white_check_mark: met · target < 6 months');
    expect(legal[2]).toContain('44.8%');
    expect(legal[2]).toContain(':x: missed · target > 100%');
    expect(legal[3]).toContain(':x: missed · target > 300%');
    const engineering = fields('with-engineering');
    expect(engineering[1]).toContain('3.6 months, on 23 Mar 2027');
    expect(engineering[4]).toContain('$32,500');
    expect(engineering[4]).toContain('engineering $32,000');
  });

  it('an undefined ROI (no cost at all) is n/a against its target, neither met nor missed', () => {
    const free = analysisOf({
      ...presetScenario('customer-support'),
      apiMonthlyCost: 1,
      apiCostAfter: 0,
      fineTuneCost: 0,
      gpuMonthlyCost: 0,
    });
    expect([free.roi12, free.roi36]).toEqual([null, null]);
    expect(free.targets).toMatchObject({ roi12: false, roi36: false });
    const fields = keyFigureFields(free);
    expect(fields[2]).toBe('*Year-1 ROI*\nn/a\nn/a · target > 100%');
    expect(fields[3]).toBe('*3-year ROI*\nn/a\nn/a · target > 300%');
  });

  it('says a break-even of about one day in the singular, and caps a huge one', () => {
    expect(compactMonths(1 / 30.44)).toBe('1 day');
    expect(compactMonths(2 / 30.44)).toBe('2 days');
    expect(compactMonths(12_000)).toBe('>1,000 yr');
    expect(compactMonths(1e300)).toBe('>1,000 yr');
  });

  it('words data scarcity by how few examples there are', () => {
    const legal = allText(summaryMessage(presetAnalysis('low-volume-legal'), {}).blocks);
    expect(legal).toContain('2,000 quality examples; 5,000–10,000 are needed');
    expect(legal).toContain('*Low volume:*');
  });

  it('has a sentence for every warning id', () => {
    const a = presetAnalysis('core-formula');
    for (const id of WARNING_IDS) {
      const sentence = WARNING_SENTENCES[id](a);
      expect(sentence.length).toBeGreaterThan(20);
      expect(sentence).not.toContain(id);
    }
    const weekly = analysisOf({
      ...presetScenario('low-volume-legal'),
      taskChangeCadence: 'weekly',
      qualityBarPct: 99,
    });
    const shown = allText(summaryMessage(weekly, {}).blocks);
    expect(shown).toContain('*Rapidly evolving task:*');
    expect(shown).toContain('*High quality bar:*');
  });

  it('adds the buttons only when asked, with the listener-supplied value', () => {
    const a = presetAnalysis('customer-support');
    expect(summaryMessage(a, {}).blocks.some((b) => b.type === 'actions')).toBe(false);
    const { blocks } = summaryMessage(a, { buttons: true, buttonValue: 'ref:1' });
    const actions = blocks.at(-1) as ActionsBlock;
    expect(actions.block_id).toBe(SUMMARY_ACTIONS_BLOCK_ID);
    expect(actions.elements.map((e) => ('action_id' in e ? e.action_id : ''))).toEqual([
      ACTION_IDS.editRerun,
      ACTION_IDS.breakdown,
      ACTION_IDS.sensitivity,
    ]);
    expect(actions.elements.map((e) => ('text' in e ? e.text?.text : ''))).toEqual([
      'Edit & re-run',
      'Breakdown',
      'Sensitivity',
    ]);
    expect(actions.elements.every((e) => 'value' in e && e.value === 'ref:1')).toBe(true);
    expect(() => summaryMessage(a, { buttons: true, buttonValue: 'x'.repeat(2001) })).toThrow(RangeError);
  });

  it('names who ran it, the catalogue date and the inputs in the context line', () => {
    const { blocks } = summaryMessage(presetAnalysis('customer-support'), {
      userId: 'U0123ABC',
      asOf: '2026-11-30',
    });
    const shown = allText(blocks);
    expect(shown).toContain('Run by <@U0123ABC>');
    expect(shown).toContain('price catalogue as of 2026-11-30');
    expect(shown).toContain('API bill $15,000/mo');
    expect(shown).toContain('$200/mo remains');
  });

  it('lists the catalogue prices used with their as-of dates and how inputs were derived', () => {
    const book: PriceBook = {
      gpu: (id) => ({
        ok: true,
        value: { id, label: 'RunPod L40S', source: 'runpod.io', asOf: '2026-11-30', usdPerGpuHour: 0.79 },
      }),
      apiModel: (id) => ({ ok: false, error: `no ${id}` }),
    };
    const { gpuMonthlyCost: _typed, ...rest } = presetScenario('customer-support');
    const result = evaluate({ ...rest, serveGpu: 'runpod:l40s' }, { today: TODAY, prices: book });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const shown = allText(summaryMessage(result.value, {}).blocks);
    expect(shown).toContain('RunPod L40S $0.79/GPU-hour for gpuMonthlyCost, runpod.io, as of 2026-11-30');
    expect(shown).toContain('GPU serving $568.80 a month = $0.79/h × 720 h.');
  });

  it('escapes a scenario name so it cannot ping a channel', () => {
    const a = { ...presetAnalysis('customer-support'), name: 'Ops <!channel> & co' };
    const { text, blocks } = summaryMessage(a, { userId: '<!here>' });
    expect(text).toContain('Ops &lt;!channel&gt; &amp; co');
    expect(allText(blocks)).not.toContain('<!here>');
    expect(blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'Ops <!channel> & co' },
    });
  });

  it('cuts a 200-character name to the header limit', () => {
    const a = { ...presetAnalysis('customer-support'), name: 'N'.repeat(200) };
    const header = summaryMessage(a, {}).blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text.endsWith('…')).toBe(true);
  });

  it('adds one Monte Carlo line when the scenario has ranges', () => {
    const a = analysisOf({ ...presetScenario('customer-support'), gpuMonthlyCost: { low: 150, high: 400 } });
    const shown = allText(summaryMessage(a, {}).blocks);
    expect(shown).toMatch(/:game_die: \*\d+% chance of paying back within 6 months\*/);
    expect(shown).toContain('GPU $150–$400/mo (most likely $275/mo)');
    expect(allText(summaryMessage(presetAnalysis('customer-support'), {}).blocks)).not.toContain('chance of');
  });
});

describe('summaryMessage with a previous revision', () => {
  const original = presetAnalysis('customer-support');

  it('shows the deltas in the figures and the inputs that moved them', () => {
    const rerun = analysisOf({ ...presetScenario('customer-support'), gpuMonthlyCost: 5000 });
    const { text, blocks } = summaryMessage(rerun, {
      revision: { number: 2, label: 'the original', previous: original },
    });
    const changes = unescapeMrkdwn(
      sectionTexts(blocks).find((t) => t.startsWith('*Changes vs the original*')) ?? '',
    );
    expect(changes).toContain('Verdict unchanged: *GO*');
    expect(changes).toContain('year-1 ROI 7,270.5% → 196.0% (−7,074.6 pts)');
    expect(changes).toContain('3-year ROI 7,290.1% → 196.0% (−7,094.2 pts)');
    expect(changes).toContain('monthly net savings $14,600 → $9,800 (−$4,800)');
    expect(changes).toContain('break-even 0.00066 months (under a day) → 0.00098 months (under a day)');
    expect(changes).toContain('gpu (gpuMonthlyCost) $200 → $5,000');
    expect(text).toContain('(revision 2)');
    expect(verdictWords(text)).toEqual(['GO']);
  });

  it('calls out a verdict that changes', () => {
    const worse = analysisOf({
      ...presetScenario('customer-support'),
      trainingExamples: 100,
      repetitive: false,
    });
    const { text, blocks } = summaryMessage(worse, {
      revision: { number: 3, label: 'revision 2', previous: original },
    });
    expect(allText(blocks)).toContain(':rotating_light: *Verdict changed: GO → NO-GO*');
    expect(verdictWords(text)).toEqual(['NO-GO']);
  });

  it('reads break-even moving from never to a number of months', () => {
    const never = analysisOf({ ...presetScenario('core-formula'), gpuMonthlyCost: 20_000 });
    const back = presetAnalysis('with-engineering');
    const shown = unescapeMrkdwn(
      allText(summaryMessage(back, { revision: { number: 2, label: 'x', previous: never } }).blocks),
    );
    expect(shown).toContain('break-even never → 3.6 months');
    expect(shown).toContain('year-1 ROI -50.1% → 169.7% (+219.8 pts)');
  });
});
