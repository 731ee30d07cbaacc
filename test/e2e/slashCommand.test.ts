import { describe, expect, it } from 'vitest';
import { blockKitViolations } from '../support/blockKitLimits.ts';
import { FAKE_CHANNEL_ID } from '../support/fakeIds.ts';
import { RESPONSE_URL_METHOD } from '../support/fakeSlackApi.ts';
import { sendSlashCommand, viewSubmissionPayload } from '../support/slackRequests.ts';
import { submittedValues } from '../support/viewState.ts';
import {
  blockIdByLabel,
  sleep,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
  useE2e,
  visibleText,
} from './harness.ts';

const e2e = useE2e();
const CUSTOMER_SUPPORT = 'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';

async function openModal(text = '') {
  const ack = await e2e.command(text);
  expect(ack.status).toBe(200);
  const open = await e2e.fake.waitForCall('views.open');
  return {
    ack,
    open,
    view: open.args.view as { private_metadata: string; callback_id: string; blocks: unknown[] },
  };
}

function submit(
  view: { private_metadata: string; callback_id: string; blocks: unknown[] },
  overrides: Record<string, string | null>,
) {
  return e2e.interact(
    viewSubmissionPayload({
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: submittedValues(view, overrides),
      blocks: view.blocks as never,
    }),
  );
}

describe('the HTTP endpoint', () => {
  it('answers GET /healthz', async () => {
    const response = await fetch(`${e2e.app.baseUrl}/healthz`);
    expect(response.status).toBe(200);
  });

  it('rejects a forged signature and a 6-minute-old timestamp with 401, calling no Web API', async () => {
    const forged = await sendSlashCommand(
      e2e.app.baseUrl,
      TEST_SIGNING_SECRET,
      { command: '/ftroi', text: '' },
      { forgeSignature: true },
    );
    const stale = await sendSlashCommand(
      e2e.app.baseUrl,
      TEST_SIGNING_SECRET,
      { command: '/ftroi', text: '' },
      { stale: true },
    );
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    await sleep(300);
    expect(e2e.fake.calls).toHaveLength(0);
  });
});

describe('/ftroi opens the modal', () => {
  it('calls views.open with the trigger_id well inside the 3 s window', async () => {
    const started = Date.now();
    const { ack, open, view } = await openModal();
    expect(ack.elapsedMs).toBeLessThan(3000);
    expect(open.at - started).toBeLessThan(3000);
    expect(open.args.trigger_id).toBeTruthy();
    expect(blockKitViolations('modal', view)).toEqual([]);
  });

  it('posts the customer-support verdict when the modal is filled by its labels', async () => {
    const { view } = await openModal();
    const field = (label: RegExp) => blockIdByLabel(view, label);
    const response = await submit(view, {
      [field(/API bill/i)]: '$15,000',
      [field(/remains/i)]: '200',
      [field(/GPU cost of serving/i)]: '200',
      [field(/Fine-tuning compute/i)]: '9.60',
      [field(/training examples/i)]: '10k',
      [field(/Repetitive/i)]: 'yes',
      [field(/Quality your users need/i)]: '80%',
      [field(/reduction|disappears/i)]: null,
    });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    const post = await e2e.fake.waitForCall('chat.postMessage');
    expect(post.args.channel).toBe(FAKE_CHANNEL_ID);
    const text = `${post.args.text}\n${visibleText(post.args)}`;
    expect(text).toContain('$14,600');
    expect(text).toContain('7,270.5%');
    expect(String(post.args.text).match(/\bGO\b/g)).toHaveLength(1);
    expect(String(post.args.text)).not.toContain('NO-GO');
    const metadata = post.args.metadata as {
      event_type: string;
      event_payload: { schema_version: number; scenario: string };
    };
    expect(metadata.event_type).toBe('ftroi_scenario');
    expect(metadata.event_payload.schema_version).toBe(1);
    expect(JSON.parse(metadata.event_payload.scenario)).toMatchObject({
      apiMonthlyCost: 15000,
      apiCostAfter: 200,
    });
    expect(blockKitViolations('message', post.args)).toEqual([]);
  });

  it.each([
    ['-5', /above 0/i],
    ['abc', /not a number/i],
    ['1e999', /too large/i],
  ])('keeps the modal open with an error on the block for api=%s', async (value, message) => {
    const { view } = await openModal();
    const api = blockIdByLabel(view, /API bill/i);
    const response = await submit(view, {
      [api]: value,
      [blockIdByLabel(view, /GPU cost of serving/i)]: '200',
      [blockIdByLabel(view, /Fine-tuning compute/i)]: '9.6',
      [blockIdByLabel(view, /training examples/i)]: '10000',
      [blockIdByLabel(view, /Repetitive/i)]: 'yes',
    });
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[api]).toMatch(message);
    await sleep(200);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('rejects an API spend after tuning above the bill, on the block that shows it', async () => {
    const { view } = await openModal();
    const after = blockIdByLabel(view, /remains/i);
    const response = await submit(view, {
      [blockIdByLabel(view, /API bill/i)]: '1000',
      [after]: '2000',
      [blockIdByLabel(view, /reduction|disappears/i)]: null,
      [blockIdByLabel(view, /GPU cost of serving/i)]: '200',
      [blockIdByLabel(view, /Fine-tuning compute/i)]: '9.6',
      [blockIdByLabel(view, /training examples/i)]: '10000',
      [blockIdByLabel(view, /Repetitive/i)]: 'yes',
    });
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[after]).toMatch(/at most/i);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('opens a preset prefilled', async () => {
    const { view } = await openModal('preset low-volume-legal');
    const values = submittedValues(view);
    const api = blockIdByLabel(view, /API bill/i);
    expect(Object.values(values[api] ?? {})[0]).toMatchObject({ value: '500' });
  });
});

describe('/ftroi inline', () => {
  it('posts a complete scenario with no modal', async () => {
    const ack = await e2e.command(CUSTOMER_SUPPORT);
    expect(ack.status).toBe(200);
    const post = await e2e.fake.waitForCall('chat.postMessage');
    expect(`${post.args.text}`).toContain('$14,600');
    expect(visibleText(post.args)).toContain('7,270.5%');
    expect(e2e.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('estimates the API bill from the price catalogue and says so ($25.00 for 10M GPT-4o tokens)', async () => {
    await e2e.command('model=gpt-4o tokens_in=10M gpu=200 ft=9.6 examples=10000 repetitive=yes');
    const post = await e2e.fake.waitForCall('chat.postMessage');
    const text = visibleText(post.args);
    expect(text).toContain('$25.00');
    expect(text).toMatch(/GPT-4o/);
    expect(text).toMatch(/2026-03-01/);
  });

  it('answers api=abc with an ephemeral error naming api, posting nothing', async () => {
    const ack = await e2e.command('api=abc');
    const body = ack.json as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(`${body.text}\n${visibleText(body as never)}`).toMatch(/\bapi\b/);
    await sleep(200);
    expect(e2e.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('opens the modal prefilled when the scenario is incomplete', async () => {
    await e2e.command('api=15k gpu=200');
    const open = await e2e.fake.waitForCall('views.open');
    const view = open.args.view;
    const values = submittedValues(view);
    expect(Object.values(values[blockIdByLabel(view, /API bill/i)] ?? {})[0]).toMatchObject({
      value: '15000',
    });
  });

  it.each(['help', 'presets', 'what is this'])(
    'answers "%s" with ephemeral help within limits',
    async (text) => {
      const ack = await e2e.command(text);
      const body = ack.json as { response_type: string; text: string; blocks: unknown[] };
      expect(body.response_type).toBe('ephemeral');
      expect(body.text.length).toBeGreaterThan(0);
      expect(blockKitViolations('message', body)).toEqual([]);
    },
  );
});

describe('when posting fails', () => {
  it('gives the user the full result through response_url when the app is not in the channel', async () => {
    e2e.fake.inject('chat.postMessage', { okFalse: 'not_in_channel' });
    await e2e.command(CUSTOMER_SUPPORT);
    const fallback = await e2e.fake.waitForCall(RESPONSE_URL_METHOD);
    expect(fallback.args.response_type).toBe('ephemeral');
    const text = `${fallback.args.text}\n${visibleText(fallback.args)}`;
    expect(text).toContain('$14,600');
    expect(text).toMatch(/\/invite/);
  });

  it('retries a 429 and then posts once', async () => {
    e2e.fake.inject('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await e2e.command(CUSTOMER_SUPPORT);
    await e2e.fake.waitForCall('chat.postMessage', { count: 2, timeoutMs: 6000 });
    await sleep(300);
    const posts = e2e.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(e2e.fake.messagesIn(FAKE_CHANNEL_ID)).toHaveLength(1);
  });

  it('tells the user about persistent 500s and stays up', async () => {
    for (let i = 0; i < 3; i++) e2e.fake.inject('chat.postMessage', { status: 500 });
    await e2e.command(CUSTOMER_SUPPORT);
    const told = await e2e.fake.waitForCall(RESPONSE_URL_METHOD, { timeoutMs: 8000 });
    expect(String(told.args.text)).toMatch(/didn't accept/i);
    expect(e2e.app.alive()).toBe(true);
    const health = await fetch(`${e2e.app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('Block Kit limits over extreme scenarios', () => {
  it.each([
    'preset core-formula',
    'api=1e9 gpu=0 ft=0 examples=0 repetitive=no',
    'api=1 gpu=0 ft=0 examples=0 repetitive=no',
    'api=15k after=200 gpu=150..400 ft=9.6 examples=10000 repetitive=yes bar=80',
    `name="${'N'.repeat(150)}" api=15k gpu=200 ft=9.6 examples=10000 repetitive=yes`,
  ])('posts "%s" within limits', async (text) => {
    const command = text.startsWith('preset') ? `${text} weeks=1` : text;
    await e2e.command(command);
    const post = await e2e.fake.waitForCall('chat.postMessage');
    expect(blockKitViolations('message', post.args)).toEqual([]);
  });
});

describe('secrets', () => {
  it('never writes the bot token or the signing secret to the log', async () => {
    await e2e.command(CUSTOMER_SUPPORT);
    await e2e.fake.waitForCall('chat.postMessage');
    const log = e2e.app.output();
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(TEST_BOT_TOKEN);
    expect(log).not.toContain(TEST_SIGNING_SECRET);
  });
});
