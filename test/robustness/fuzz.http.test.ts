import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODAL_ERROR_MAX } from '../../src/blocks/modalState.ts';
import { useE2e } from '../e2e/harness.ts';
import { FAKE_CHANNEL_ID, FAKE_USER_ID } from '../support/fakeIds.ts';
import { viewSubmissionPayload } from '../support/slackRequests.ts';
import { arbPlainModalValues, arbSlashText } from './arbitraries.ts';

// The real app over signed HTTP: every answer is a 200 with an empty body, modal errors, or an
// ephemeral message, and the process survives. Runs are fewer than the pure fuzz: each is a request.
const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 400);
const e2e = useE2e();

interface ModalView {
  callback_id: string;
  private_metadata: string;
  blocks: { type: string; block_id?: string }[];
}
let modal: ModalView;
let inputBlockIds: Set<string>;

beforeAll(async () => {
  await e2e.command('');
  const open = await e2e.fake.waitForCall('views.open');
  modal = open.args.view as ModalView;
  inputBlockIds = new Set(modal.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? ''));
});

function expectAlive() {
  expect(e2e.app.alive()).toBe(true);
  expect(e2e.app.output()).not.toMatch(/unhandled (rejection|listener error)/);
}

describe('fuzzed slash text over HTTP', () => {
  it(`answers ${RUNS} arbitrary /ftroi texts with 200: empty or ephemeral`, async () => {
    await fc.assert(
      fc.asyncProperty(arbSlashText, async (text) => {
        const response = await e2e.command(text);
        expect(response.status).toBe(200);
        if (response.body === '') return;
        const body = response.json as { response_type?: string; text?: string };
        expect(body, `body for ${JSON.stringify(text)}: ${response.body.slice(0, 200)}`).toBeDefined();
        expect(body.response_type).toBe('ephemeral');
        expect(String(body.text).trim()).not.toBe('');
      }),
      { numRuns: RUNS },
    );
    expectAlive();
    expect((await fetch(`${e2e.app.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('fuzzed view submissions over HTTP', () => {
  const privateMetadata = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constant(JSON.stringify({ channelId: FAKE_CHANNEL_ID, userId: FAKE_USER_ID })),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
  );

  it(`answers ${Math.round(RUNS * 0.7)} arbitrary submissions with 200: empty or errors on real blocks`, async () => {
    await fc.assert(
      fc.asyncProperty(arbPlainModalValues, privateMetadata, async (values, meta) => {
        const response = await e2e.interact(
          viewSubmissionPayload({
            callbackId: modal.callback_id,
            privateMetadata: meta,
            // Slack only sends state for blocks the view has, and the view's blocks with it.
            values: Object.fromEntries(
              Object.entries(values).filter(([id]) => inputBlockIds.has(id)),
            ) as never,
            blocks: modal.blocks as never,
          }),
        );
        expect(response.status).toBe(200);
        if (response.body === '') return;
        const body = response.json as { response_action?: string; errors?: Record<string, string> };
        expect(body.response_action, response.body.slice(0, 200)).toBe('errors');
        const errors = Object.entries(body.errors ?? {});
        expect(errors.length).toBeGreaterThan(0);
        for (const [blockId, message] of errors) {
          // Slack refuses the whole response when an error names a block the modal lacks.
          expect(inputBlockIds.has(blockId), `error on unknown block ${blockId}`).toBe(true);
          expect(message.trim()).not.toBe('');
          expect(message.length).toBeLessThanOrEqual(MODAL_ERROR_MAX);
        }
      }),
      { numRuns: Math.round(RUNS * 0.7) },
    );
    expectAlive();
    expect((await fetch(`${e2e.app.baseUrl}/healthz`)).status).toBe(200);
  });
});
