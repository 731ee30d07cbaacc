/**
 * The scenario modal end to end, over signed HTTP against the real app: the first screen, the
 * Refine step (a block_actions click inside the modal → views.update with the view's id and hash),
 * and submissions that use ranges, drift and the price-catalogue helpers.
 */
import { describe, expect, it } from 'vitest';
import {
  MORE_INPUTS_BLOCK_ID,
  REFINE_ACTION_ID,
  REFINE_ACTIONS_BLOCK_ID,
  REFINE_SECTION_BLOCK_ID,
} from '../../src/blocks/ids.ts';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import {
  FAKE_APP_ID,
  FAKE_BOT_ID,
  FAKE_CHANNEL_ID,
  FAKE_TEAM_DOMAIN,
  FAKE_TEAM_ID,
  FAKE_USER_ID,
  FAKE_USER_NAME,
} from '../support/fakeIds.ts';
import { blockActionsPayload, newTriggerId, viewSubmissionPayload } from '../support/slackRequests.ts';
import { type InputOverride, submittedValues, type ViewStateValues } from '../support/viewState.ts';
import { blockIdByLabel, sleep, useE2e, visibleText } from './harness.ts';

const e2e = useE2e();

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  title: { type: 'plain_text'; text: string };
  blocks: {
    type: string;
    block_id?: string;
    label?: { text: string };
    element?: {
      type: string;
      action_id?: string;
      initial_value?: string;
      initial_option?: { value: string };
      options?: { text: { type: 'plain_text'; text: string }; value: string }[];
      option_groups?: { options: { text: { type: 'plain_text'; text: string }; value: string }[] }[];
    };
    elements?: { action_id: string; text: { text: string } }[];
  }[];
}

/** The fake numbers views in order from V00000001 after every reset, as Slack gives each view an id. */
const FIRST_VIEW_ID = 'V00000001';

async function openModal(text = ''): Promise<OpenedView> {
  const ack = await e2e.command(text);
  expect(ack.status).toBe(200);
  const open = await e2e.fake.waitForCall('views.open');
  return open.args.view as OpenedView;
}

const field = (view: OpenedView, label: RegExp) => blockIdByLabel(view, label);
const block = (view: OpenedView, blockId: string) => view.blocks.find((b) => b.block_id === blockId);
const initialOf = (view: OpenedView, blockId: string) => {
  const element = block(view, blockId)?.element;
  return element?.initial_value ?? element?.initial_option?.value;
};

/** A pick in a grouped select (the GPU pickers), which test/support's submittedValues cannot make. */
function pickGrouped(view: OpenedView, blockId: string, value: string): ViewStateValues {
  const element = block(view, blockId)?.element;
  const option = element?.option_groups?.flatMap((g) => g.options).find((o) => o.value === value);
  if (!element?.action_id || !option) throw new Error(`${blockId} offers no option ${value}`);
  return { [blockId]: { [element.action_id]: { type: 'static_select', selected_option: option } } };
}

/**
 * The block_actions payload Slack sends when a button inside a modal is clicked: the container is
 * the view, and `view` carries the view as the user sees it, its state.values, id and hash.
 */
function clickInModal(view: OpenedView, values: ViewStateValues, ids: { viewId: string; hash: string }) {
  return e2e.interact({
    type: 'block_actions',
    user: { id: FAKE_USER_ID, username: FAKE_USER_NAME, name: FAKE_USER_NAME, team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: 'verification-token',
    container: { type: 'view', view_id: ids.viewId },
    trigger_id: newTriggerId(),
    team: { id: FAKE_TEAM_ID, domain: FAKE_TEAM_DOMAIN },
    enterprise: null,
    is_enterprise_install: false,
    view: {
      id: ids.viewId,
      team_id: FAKE_TEAM_ID,
      type: 'modal',
      blocks: view.blocks,
      private_metadata: view.private_metadata,
      callback_id: view.callback_id,
      state: { values },
      hash: ids.hash,
      title: view.title,
      clear_on_close: false,
      notify_on_close: false,
      close: { type: 'plain_text', text: 'Cancel', emoji: true },
      submit: { type: 'plain_text', text: 'Calculate', emoji: true },
      previous_view_id: null,
      root_view_id: ids.viewId,
      app_id: FAKE_APP_ID,
      external_id: '',
      app_installed_team_id: FAKE_TEAM_ID,
      bot_id: FAKE_BOT_ID,
    },
    actions: [
      {
        type: 'button',
        block_id: REFINE_ACTIONS_BLOCK_ID,
        action_id: REFINE_ACTION_ID,
        text: { type: 'plain_text', text: 'Refine: ranges, drift, capacity…', emoji: true },
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  });
}

function submit(view: OpenedView, values: ViewStateValues, viewId = FIRST_VIEW_ID) {
  return e2e.interact(
    viewSubmissionPayload({
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values,
      viewId,
      blocks: view.blocks as never,
    }),
  );
}

/** Open the modal, fill it, click Refine: what views.update showed, and the call itself. */
async function refine(overrides: Record<string, InputOverride> = {}) {
  const opened = await openModal();
  const values = submittedValues(opened, overrides);
  const hash = '1733300000.e2e-hash';
  const click = await clickInModal(opened, values, { viewId: FIRST_VIEW_ID, hash });
  expect(click.status).toBe(200);
  expect(click.elapsedMs).toBeLessThan(3000);
  const update = await e2e.fake.waitForCall('views.update');
  return { opened, values, hash, update, view: update.args.view as OpenedView };
}

describe('the first screen', () => {
  it('shows the core inputs and the catalogue helpers, and ends with the Refine button', async () => {
    const view = await openModal();
    expect(blockKitViolations('modal', view)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(block(view, REFINE_SECTION_BLOCK_ID)).toBeUndefined();
    expect(block(view, MORE_INPUTS_BLOCK_ID)).toBeUndefined();
    expect(view.blocks.at(-1)).toMatchObject({
      type: 'actions',
      block_id: REFINE_ACTIONS_BLOCK_ID,
      elements: [{ action_id: REFINE_ACTION_ID }],
    });
    const text = visibleText(view as never);
    expect(text).toContain('No figures at hand? Estimate from the price catalogue');
    expect(text).not.toMatch(/API price change|Tokens served|Fine-tuning method/);
    const models = block(view, field(view, /API model/i))?.element?.options ?? [];
    expect(models.map((o) => o.text.text)).toContain('GPT-4o · $2.50 in / $10.00 out per 1M');
  });
});

describe('Refine', () => {
  it('acks, then updates the same view (id and hash) with what was typed and the Refine section', async () => {
    const { opened, hash, update, view } = await refine({
      apiMonthlyCost: 'about 15k?',
      gpuMonthlyCost: '150..400',
      qualityBarPct: null,
      repetitive: 'yes',
      apiModel: 'gpt-4o',
    });
    expect(update.args.view_id).toBe(FIRST_VIEW_ID);
    expect(update.args.hash).toBe(hash);
    expect(view.private_metadata).toBe(opened.private_metadata);
    expect(view.callback_id).toBe(opened.callback_id);
    expect(blockKitViolations('modal', view)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    // What the user typed, unparseable text and a cleared default included, is still there.
    expect(initialOf(view, field(view, /API bill/i))).toBe('about 15k?');
    expect(initialOf(view, field(view, /GPU cost of serving/i))).toBe('150..400');
    expect(initialOf(view, field(view, /Quality your users need/i))).toBeUndefined();
    expect(initialOf(view, field(view, /Repetitive/i))).toBe('yes');
    expect(initialOf(view, field(view, /API model/i))).toBe('gpt-4o');
    expect(initialOf(view, field(view, /remains/i))).toBeUndefined();
    // …and the Refine section is open, without its button.
    expect(block(view, REFINE_SECTION_BLOCK_ID)).toBeDefined();
    for (const label of [/API price change/i, /Traffic growth/i, /Tokens served/i, /Fine-tuning method/i])
      expect(field(view, label)).toBeTruthy();
    expect(field(view, /key=value/i)).toBe(MORE_INPUTS_BLOCK_ID);
    expect(block(view, REFINE_ACTIONS_BLOCK_ID)).toBeUndefined();
    expect(visibleText(view as never)).toMatch(/150\.\.400/);
  });

  it('only logs a hash_conflict, and stays up', async () => {
    e2e.fake.inject('views.update', { okFalse: 'hash_conflict' });
    const opened = await openModal();
    const click = await clickInModal(opened, submittedValues(opened), {
      viewId: FIRST_VIEW_ID,
      hash: 'stale-hash',
    });
    expect(click.status).toBe(200);
    await e2e.fake.waitForCall('views.update');
    await sleep(200);
    expect(e2e.app.alive()).toBe(true);
    expect(e2e.app.output()).toMatch(/hash_conflict/);
    expect((await fetch(`${e2e.app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('with ranges and drift, posts a summary that gives the chance of paying back', async () => {
    const { view } = await refine();
    const values = submittedValues(view, {
      [field(view, /API bill/i)]: '15000',
      [field(view, /remains/i)]: '200',
      [field(view, /reduction|disappears/i)]: null,
      [field(view, /GPU cost of serving/i)]: '150..400',
      [field(view, /Fine-tuning compute/i)]: '9.60',
      [field(view, /training examples/i)]: '10k',
      [field(view, /Repetitive/i)]: 'yes',
      [field(view, /Quality your users need/i)]: '80%',
      [field(view, /API price change/i)]: '-40..-10',
      [field(view, /Traffic growth/i)]: '50%',
    });
    const response = await submit(view, values);
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    const post = await e2e.fake.waitForCall('chat.postMessage', { timeoutMs: 8000 });
    expect(post.args.channel).toBe(FAKE_CHANNEL_ID);
    const text = visibleText(post.args);
    expect(text).toMatch(/chance of paying back within 6 months/);
    expect(text).toMatch(/API prices −25\.0%\/yr/);
    const scenario = JSON.parse(
      (post.args.metadata as { event_payload: { scenario: string } }).event_payload.scenario,
    );
    expect(scenario).toMatchObject({
      gpuMonthlyCost: { low: 150, high: 400 },
      apiPriceChangePctPerYear: { low: -40, high: -10 },
      volumeGrowthPctPerYear: 50,
    });
    expect(blockKitViolations('message', post.args)).toEqual([]);
  });
});

describe('the price-catalogue helpers', () => {
  const quickTest = (view: OpenedView): Record<string, InputOverride> => ({
    [field(view, /GPU cost of serving/i)]: '200',
    [field(view, /Fine-tuning compute/i)]: '9.6',
    [field(view, /training examples/i)]: '10000',
    [field(view, /Repetitive/i)]: 'yes',
  });

  it('estimate the API bill from GPT-4o and 10M input tokens, naming the price and its date', async () => {
    const view = await openModal();
    const response = await submit(
      view,
      submittedValues(view, {
        ...quickTest(view),
        [field(view, /API model/i)]: 'gpt-4o',
        [field(view, /Input tokens/i)]: '10M',
      }),
    );
    expect(response.body).toBe('');
    const post = await e2e.fake.waitForCall('chat.postMessage');
    const text = visibleText(post.args);
    expect(text).toContain('API bill estimated from tokens: $25.00 a month.');
    expect(text).toMatch(
      /Price used: GPT-4o \$2\.50 in \/ \$10\.00 out per 1M tokens for apiMonthlyCost, .*as of 2026-03-01/,
    );
    // GPT-4o's price is over 90 days old on the test machine's clock: the summary says to check it.
    expect(text).toMatch(/Stale prices/);
    expect(blockKitViolations('message', post.args)).toEqual([]);
  });

  it('fill the fine-tuning and serving costs from GPUs and hours', async () => {
    const view = await openModal();
    const values = {
      ...submittedValues(view, {
        ...quickTest(view),
        [field(view, /API bill/i)]: '15000',
        [field(view, /Fine-tuning compute/i)]: null,
        [field(view, /GPU cost of serving/i)]: null,
        [field(view, /Fine-tuning GPU hours/i)]: '4',
      }),
      ...pickGrouped(view, field(view, /^Fine-tuning GPU$/i), 'runpod:a100-sxm-80gb'),
      ...pickGrouped(view, field(view, /^Serving GPU$/i), 'runpod:l40s'),
    };
    expect((await submit(view, values)).body).toBe('');
    const text = visibleText((await e2e.fake.waitForCall('chat.postMessage')).args);
    expect(text).toContain('Fine-tuning cost $5.56 = 4 GPU-hours × $1.39/h.');
    expect(text).toContain('GPU serving $568.80 a month = $0.79/h × 720 h.');
    expect(text).toMatch(/RunPod L40S, community cloud \$0\.79\/GPU-hour for gpuMonthlyCost/);
  });

  it('lose to a typed number, and the result says which was used', async () => {
    const view = await openModal();
    const response = await submit(
      view,
      submittedValues(view, {
        ...quickTest(view),
        [field(view, /API bill/i)]: '15000',
        [field(view, /API model/i)]: 'gpt-4o',
        [field(view, /Input tokens/i)]: '10M',
      }),
    );
    expect(response.body).toBe('');
    const text = visibleText((await e2e.fake.waitForCall('chat.postMessage')).args);
    expect(text).toContain(
      'API bill: the typed $15,000.00 a month was used, not the token estimate of $25.00.',
    );
    expect(text).toMatch(/Price not used \(a typed value won\): GPT-4o/);
    expect(text).not.toMatch(/Stale prices/);
  });

  it('put "hours need a rate" on the GPU picker the first screen shows, keeping the modal open', async () => {
    const view = await openModal();
    const hours = field(view, /Fine-tuning GPU hours/i);
    const response = await submit(
      view,
      submittedValues(view, {
        ...quickTest(view),
        [field(view, /API bill/i)]: '15000',
        [field(view, /Fine-tuning compute/i)]: null,
        [hours]: '4',
      }),
    );
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    const picker = field(view, /^Fine-tuning GPU$/i);
    expect(Object.keys(body.errors)).toEqual([picker]);
    expect(body.errors[picker]).toMatch(/train_gpu/);
    await sleep(200);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('Edit & re-run of a result that used Refine and catalogue inputs', () => {
  it('opens with the Refine section expanded and every input in its box', async () => {
    await e2e.command(
      'model=gpt-4o tokens_in=10M gpu=200 ft=9.6 examples=10000 repetitive=yes api_drift=-30% utilization=60',
    );
    await e2e.fake.waitForCall('chat.postMessage');
    const result = e2e.fake.messagesIn(FAKE_CHANNEL_ID).at(-1);
    if (!result) throw new Error('nothing posted');
    const actions = (
      result.blocks as {
        type: string;
        block_id?: string;
        elements?: { action_id: string; value?: string }[];
      }[]
    ).find((b) => b.type === 'actions');
    const edit = actions?.elements?.find((e) => e.action_id === 'ftroi_edit_rerun');
    await e2e.interact(
      blockActionsPayload({
        actionId: 'ftroi_edit_rerun',
        blockId: actions?.block_id ?? '',
        ...(edit?.value ? { value: edit.value } : {}),
        message: { ts: result.ts, blocks: result.blocks as unknown[] },
        responseUrl: e2e.fake.responseUrl('click'),
      }),
    );
    const view = (await e2e.fake.waitForCall('views.open')).args.view as OpenedView;
    expect(blockKitViolations('modal', view)).toEqual([]);
    expect(block(view, REFINE_SECTION_BLOCK_ID)).toBeDefined();
    expect(initialOf(view, field(view, /API model/i))).toBe('gpt-4o');
    expect(initialOf(view, field(view, /Input tokens/i))).toBe('10000000');
    expect(initialOf(view, field(view, /API price change/i))).toBe('-30');
    expect(initialOf(view, field(view, /Target utilisation/i))).toBe('60');
    expect(initialOf(view, field(view, /API bill/i))).toBeUndefined();
  });
});
