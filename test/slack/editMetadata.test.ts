import { describe, expect, it } from 'vitest';
import { PRIVATE_METADATA_MAX } from '../../src/blocks/ids.ts';
import { findPreset, type Scenario } from '../../src/calculator/index.ts';
import { editPrivateMetadata } from '../../src/listeners/actions/editRerun.ts';
import type { ClickedResult } from '../../src/listeners/actions/resultAction.ts';
import { decodePrivateMetadata } from '../../src/slack/metadata.ts';

const scenario: Scenario = { ...findPreset('customer-support')?.scenario, startDate: '2026-01-15' };

const clicked = (s: Scenario): ClickedResult => ({
  channelId: 'C2',
  messageTs: '1700000000.000200',
  threadTs: '1700000000.000100',
  userId: 'U1',
  responseUrl: `https://hooks.slack.com/actions/T1/1/${'x'.repeat(400)}`,
  record: { scenario: s, revision: 3, label: 'what-if 3' },
});

describe('the Edit & re-run form carries the result it edits', () => {
  it('whole, when it fits: scenario, revision, label and start date come back through zod', () => {
    const decoded = decodePrivateMetadata(editPrivateMetadata(clicked(scenario)));
    expect(decoded).toMatchObject({
      channelId: 'C2',
      threadTs: '1700000000.000100',
      derivedFromTs: '1700000000.000200',
      derivedFromRevision: 3,
      derivedFromLabel: 'what-if 3',
      derivedFromScenario: scenario,
      startDate: '2026-01-15',
    });
  });

  it('without the scenario when it would pass 3,000 characters: the thread read is the fallback', () => {
    // Larger than any valid scenario gets: only the size guard is under test here.
    const huge = { ...scenario, name: 'x'.repeat(PRIVATE_METADATA_MAX) };
    const raw = editPrivateMetadata(clicked(huge));
    expect(raw.length).toBeLessThanOrEqual(PRIVATE_METADATA_MAX);
    const decoded = decodePrivateMetadata(raw);
    expect(decoded?.derivedFromScenario).toBeUndefined();
    expect(decoded).toMatchObject({
      derivedFromRevision: 3,
      derivedFromLabel: 'what-if 3',
      startDate: '2026-01-15',
    });
  });

  it('drops a carried scenario that no longer validates, keeping where to post', () => {
    const raw = JSON.stringify({ channelId: 'C2', derivedFromScenario: { apiMonthlyCost: 'lots' } });
    const decoded = decodePrivateMetadata(raw);
    expect(decoded?.channelId).toBe('C2');
    expect(decoded?.derivedFromScenario).toBeUndefined();
  });

  it('refuses a start date that is not a date, as any other altered field', () => {
    expect(decodePrivateMetadata(JSON.stringify({ channelId: 'C2', startDate: 'soon' }))).toBeUndefined();
  });
});
