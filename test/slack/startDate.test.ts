/**
 * A posted result keeps its start date: Breakdown, edits and recomputations on a later day show
 * the dates the summary showed. The app runs in this process (its clock is the test's), over signed
 * HTTP against the fake Web API, as the e2e tests drive the real process.
 */
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { formatDay } from '../../src/blocks/figures.ts';
import { analyse, evaluate } from '../../src/calculator/index.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { loadPrices } from '../../src/prices/priceBook.ts';
import { readScenarioPayload } from '../../src/slack/metadata.ts';
import { runInlineText } from '../../src/slack/runScenario.ts';
import { blockIdByLabel, visibleText } from '../e2e/harness.ts';
import { freePort } from '../support/appProcess.ts';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { type FakeMessage, type FakeSlackApi, startFakeSlackApi } from '../support/fakeSlackApi.ts';
import {
  blockActionsPayload,
  sendInteraction,
  sendSlashCommand,
  viewSubmissionPayload,
} from '../support/slackRequests.ts';
import { submittedValues } from '../support/viewState.ts';

const SECRET = 'start-date-signing-secret';
// Break-even 3.6 months out: a date that moves with the start date.
const WITHOUT_GPU = 'api=10000 ft=500 weeks=4 examples=0 repetitive=no';
const WITH_ENGINEERING = `${WITHOUT_GPU} gpu=1000`;
const POSTED_ON = new Date('2026-01-15T12:00:00Z');
const LATER = new Date('2026-03-20T12:00:00Z');

const prices = loadPrices();
if (!prices.ok) throw new Error(prices.error);
const book = prices.value.book;

let clock = POSTED_ON;
let fake: FakeSlackApi;
let app: App;
let baseUrl: string;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const port = await freePort();
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-start-date',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    LOG_LEVEL: 'error',
  });
  if (loaded.kind !== 'ok') throw new Error(`config: ${JSON.stringify(loaded)}`);
  app = createApp(loaded.config, {
    logger: createLogger('error' as never, []),
    prices: book,
    catalogue: prices.value.catalogue,
    now: () => clock,
  });
  await app.start(port);
  baseUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
  clock = POSTED_ON;
});

async function postedResult(): Promise<FakeMessage> {
  await sendSlashCommand(baseUrl, SECRET, {
    text: WITH_ENGINEERING,
    response_url: fake.responseUrl('command'),
  });
  await fake.waitForCall('chat.postMessage');
  const message = fake.messagesIn(FAKE_CHANNEL_ID).at(-1);
  if (!message) throw new Error('nothing posted');
  return message;
}

function click(result: FakeMessage, actionId: string) {
  const actions = (
    result.blocks as { type: string; block_id?: string; elements?: { action_id: string; value?: string }[] }[]
  ).find((b) => b.type === 'actions');
  const button = actions?.elements?.find((e) => e.action_id === actionId);
  return sendInteraction(
    baseUrl,
    SECRET,
    blockActionsPayload({
      actionId,
      blockId: actions?.block_id ?? '',
      ...(button?.value ? { value: button.value } : {}),
      message: { ts: result.ts, blocks: result.blocks as unknown[] },
      responseUrl: fake.responseUrl('click'),
    }),
  );
}

/** The break-even date as the summary printed it on the day the result was posted. */
function postedBreakEven(): string {
  const expected = evaluate(
    {
      apiMonthlyCost: 10_000,
      gpuMonthlyCost: 1000,
      fineTuneCost: 500,
      engineeringWeeks: 4,
      trainingExamples: 0,
      repetitive: false,
    },
    { prices: book, today: POSTED_ON },
  );
  if (!expected.ok || !expected.value.breakEvenDate) throw new Error('no break-even date');
  return formatDay(expected.value.breakEvenDate);
}

describe('a posted result keeps its start date', () => {
  it('stores the day it was posted in the scenario the result carries', async () => {
    const result = await postedResult();
    const read = readScenarioPayload((result.metadata as { event_payload: unknown }).event_payload);
    expect(read.ok && read.record.scenario.startDate).toBe('2026-01-15');
    expect(visibleText(result)).toContain(postedBreakEven());
  });

  it('a Breakdown clicked on a later day shows the start and break-even dates of the summary', async () => {
    const result = await postedResult();
    clock = LATER;
    await click(result, 'ftroi_breakdown');
    const reply = await fake.waitForCall('chat.postMessage', { count: 2 });
    expect(reply.args.thread_ts).toBe(result.ts);
    const text = visibleText(reply.args);
    expect(text).toContain('2026-01-15');
    expect(text).not.toContain('2026-03-20');
    expect(text).toContain(`→ ${postedBreakEven()}`);
  });

  it('an edit submitted on a later day keeps the start date, and does not list it as a change', async () => {
    const result = await postedResult();
    clock = LATER;
    await click(result, 'ftroi_edit_rerun');
    const view = (await fake.waitForCall('views.open')).args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: unknown[];
    };
    const gpu = blockIdByLabel(view, /GPU cost of serving/i);
    await sendInteraction(
      baseUrl,
      SECRET,
      viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: submittedValues(view, { [gpu]: '2000' }),
        userId: FAKE_USER_ID,
      }),
    );
    const revision = await fake.waitForCall('chat.postMessage', { count: 2 });
    const text = visibleText(revision.args);
    expect(text).toContain('starting 2026-01-15');
    expect(text).toContain('*Changes vs original*');
    expect(text).not.toMatch(/startDate/);
  });
});

describe('runScenario', () => {
  it('recomputes a posted scenario to the same figures on a later day, Monte Carlo included', () => {
    const posted = runInlineText(`${WITHOUT_GPU} gpu=800..1200`, { prices: book, now: () => POSTED_ON });
    if (posted.kind !== 'ok') throw new Error(JSON.stringify(posted));
    const later = analyse(posted.analysis.scenario, { prices: book, today: LATER });
    expect(later.ok && later.value).toEqual(posted.analysis);
  });

  it('keeps a start date the user gave', () => {
    const posted = runInlineText(`${WITH_ENGINEERING} start=2027-06-01`, {
      prices: book,
      now: () => POSTED_ON,
    });
    expect(posted.kind === 'ok' && posted.analysis.startDate).toBe('2027-06-01');
  });
});
