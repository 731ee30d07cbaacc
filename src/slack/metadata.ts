import { z } from 'zod';
import { type Scenario, validateScenario } from '../calculator/index.ts';

/** Bumped when the payload's shape changes; older payloads are refused with a clear message. */
export const SCHEMA_VERSION = 1;
export const METADATA_EVENT_TYPE = 'ftroi_scenario';

const ts = z.string().regex(/^\d{1,12}\.\d{1,8}$/, { error: 'not a Slack message timestamp' });
const channelId = z.string().regex(/^[CGD][A-Z0-9]{1,30}$/, { error: 'not a Slack channel id' });

/**
 * The edited result's scenario. One that no longer validates (the app changed between opening the
 * form and submitting it) is dropped rather than refusing the form: it only costs the deltas.
 */
const derivedFromScenario = z
  .unknown()
  .transform((raw, ctx) => {
    const valid = validateScenario(raw);
    if (valid.ok) return valid.value;
    ctx.addIssue({ code: 'custom', message: 'not a valid scenario' });
    return z.NEVER;
  })
  .optional()
  .catch(undefined);

/** What travels from the command (or button) to the modal submission, through Slack. */
export const privateMetadataSchema = z.strictObject({
  channelId,
  userId: z.string().max(40).optional(),
  // Only http(s): anything else (javascript:, file:) is refused here, before the host check in app.ts.
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  /** Present when the modal edits a posted result: the revision goes into that thread. */
  threadTs: ts.optional(),
  derivedFromTs: ts.optional(),
  derivedFromRevision: z.number().int().min(0).max(10_000).optional(),
  derivedFromLabel: z.string().max(80).optional(),
  /**
   * Carried when it fits in the 3,000 characters, so the deltas need no thread read: Slack refuses
   * conversations.replies in channels the app posts to without joining (chat:write.public).
   */
  derivedFromScenario,
  /** The edited result's start date: kept out of the form's boxes, and kept by the revision. */
  startDate: z.iso.date().optional(),
});
export type PrivateMetadata = z.infer<typeof privateMetadataSchema>;

export const encodePrivateMetadata = (m: PrivateMetadata): string => JSON.stringify(m);

export function decodePrivateMetadata(raw: unknown): PrivateMetadata | undefined {
  if (typeof raw !== 'string' || raw.length > 3000) return undefined;
  const parsed = privateMetadataSchema.safeParse(safeJson(raw));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The scenario a result carries. Slack's metadata payload holds one level of primitives, so the
 * scenario (which may nest ranges) travels as a JSON string and is re-validated on the way back.
 */
export const scenarioPayloadSchema = z.strictObject({
  schema_version: z.literal(SCHEMA_VERSION, {
    error: `unsupported schema_version (this app reads ${SCHEMA_VERSION})`,
  }),
  scenario: z.string().max(4000),
  revision: z.number().int().min(0).max(10_000),
  label: z.string().max(80),
  derived_from_ts: ts.optional(),
  /** The mention this result answers: a retried event finds it and does not answer twice. */
  reply_to: ts.optional(),
});
export type ScenarioPayload = z.infer<typeof scenarioPayloadSchema>;

export interface ScenarioRecord {
  scenario: Scenario;
  revision: number;
  label: string;
  derivedFromTs?: string;
  replyTo?: string;
}

export function scenarioPayload(record: ScenarioRecord): ScenarioPayload {
  return {
    schema_version: SCHEMA_VERSION,
    scenario: JSON.stringify(record.scenario),
    revision: record.revision,
    label: record.label,
    ...(record.derivedFromTs ? { derived_from_ts: record.derivedFromTs } : {}),
    ...(record.replyTo ? { reply_to: record.replyTo } : {}),
  };
}

export const messageMetadata = (payload: ScenarioPayload) => ({
  event_type: METADATA_EVENT_TYPE,
  event_payload: payload,
});

/** Reads a scenario back from message metadata or a button value: never throws, says what is wrong. */
export function readScenarioPayload(
  raw: unknown,
): { ok: true; record: ScenarioRecord } | { ok: false; reason: string } {
  const parsed = scenarioPayloadSchema.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
  if (!parsed.success)
    return { ok: false, reason: `the scenario data is not ftroi's (${parsed.error.issues[0]?.message})` };
  const scenario = validateScenario(safeJson(parsed.data.scenario));
  if (!scenario.ok)
    return { ok: false, reason: `the stored scenario is not valid (${scenario.error[0]?.message})` };
  return {
    ok: true,
    record: {
      scenario: scenario.value,
      revision: parsed.data.revision,
      label: parsed.data.label,
      ...(parsed.data.derived_from_ts ? { derivedFromTs: parsed.data.derived_from_ts } : {}),
      ...(parsed.data.reply_to ? { replyTo: parsed.data.reply_to } : {}),
    },
  };
}

/** Replies that carry no scenario (help, compare, errors) still say which mention they answer. */
export const REPLY_EVENT_TYPE = 'ftroi_reply';
export const replyMetadata = (replyTo: string) => ({
  event_type: REPLY_EVENT_TYPE,
  event_payload: { reply_to: replyTo },
});

/** The mention a message answers, if it is one of ours. */
export function repliedTo(message: {
  metadata?: { event_type?: string; event_payload?: unknown };
}): string | undefined {
  const payload = message.metadata?.event_payload as { reply_to?: unknown } | undefined;
  const type = message.metadata?.event_type;
  if ((type !== REPLY_EVENT_TYPE && type !== METADATA_EVENT_TYPE) || typeof payload?.reply_to !== 'string')
    return undefined;
  return payload.reply_to;
}

/** The metadata of a message from conversations.replies, when it is one of ours. */
export function readMessageMetadata(message: {
  metadata?: { event_type?: string; event_payload?: unknown };
}) {
  if (message.metadata?.event_type !== METADATA_EVENT_TYPE) return undefined;
  return readScenarioPayload(message.metadata.event_payload);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
