import { type SlashCommandFields, slashCommandBody } from './slackPayloads.ts';
import { nowInSeconds, slackSignature } from './slackSignature.ts';

export {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActionsPayload,
  eventCallback,
  newTriggerId,
  type SlashCommandFields,
  slashCommandBody,
  viewSubmissionPayload,
} from './slackPayloads.ts';

export interface SendOptions {
  /** Endpoint path on baseUrl; default Bolt's '/slack/events'. */
  path?: string;
  /** Sign with this Unix time (seconds) instead of now. */
  timestampSeconds?: number;
  /** Sign correctly but 6 minutes in the past: beyond Bolt's 5-minute replay window. */
  stale?: boolean;
  /** Sign with the wrong secret: a well-formed signature that does not verify. */
  forgeSignature?: boolean;
  headers?: Record<string, string>;
}

export interface EventSendOptions extends SendOptions {
  /** Slack's redelivery counter: sent as X-Slack-Retry-Num. */
  retryNum?: number;
  /** Why Slack redelivers ('http_timeout', 'http_error'…): sent as X-Slack-Retry-Reason. */
  retryReason?: string;
}

export interface SlackHttpResponse {
  status: number;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  headers: Headers;
  /** From sending to the whole answer read: compare with Slack's 3 s ack budget. */
  elapsedMs: number;
}

const STALE_BY_SECONDS = 6 * 60;

// Bolt compares the content type exactly: a '; charset=' suffix would make it JSON.parse a form.
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** A slash command as Slack sends it: form-encoded fields, signed. */
export function sendSlashCommand(
  baseUrl: string,
  signingSecret: string,
  fields: Partial<SlashCommandFields> = {},
  options: SendOptions = {},
): Promise<SlackHttpResponse> {
  const body = new URLSearchParams(slashCommandBody(fields)).toString();
  return sendSigned(baseUrl, signingSecret, body, FORM, options);
}

/** An interaction (block_actions, view_submission…): form body with one `payload` JSON field. */
export function sendInteraction(
  baseUrl: string,
  signingSecret: string,
  payload: object,
  options: SendOptions = {},
): Promise<SlackHttpResponse> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return sendSigned(baseUrl, signingSecret, body, FORM, options);
}

/** An Events API delivery (an event_callback envelope) as JSON, with retry headers if given. */
export function sendEvent(
  baseUrl: string,
  signingSecret: string,
  envelope: object,
  { retryNum, retryReason, ...options }: EventSendOptions = {},
): Promise<SlackHttpResponse> {
  const retryHeaders: Record<string, string> = {
    ...(retryNum === undefined ? {} : { 'x-slack-retry-num': String(retryNum) }),
    ...(retryReason === undefined ? {} : { 'x-slack-retry-reason': retryReason }),
  };
  const headers = { ...retryHeaders, ...options.headers };
  return sendSigned(baseUrl, signingSecret, JSON.stringify(envelope), JSON_TYPE, { ...options, headers });
}

/** POSTs a raw body signed the way Slack signs it. */
export async function sendSigned(
  baseUrl: string,
  signingSecret: string,
  rawBody: string,
  contentType: string,
  options: SendOptions = {},
): Promise<SlackHttpResponse> {
  const timestamp = options.timestampSeconds ?? nowInSeconds() - (options.stale ? STALE_BY_SECONDS : 0);
  const secret = options.forgeSignature ? `${signingSecret}-forged` : signingSecret;
  const started = performance.now();
  const response = await fetch(new URL(options.path ?? '/slack/events', baseUrl), {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, rawBody),
      ...options.headers,
    },
    body: rawBody,
  });
  const body = await response.text();
  const elapsedMs = performance.now() - started;
  const json = parseJson(body);
  return {
    status: response.status,
    body,
    headers: response.headers,
    elapsedMs,
    ...(json === undefined ? {} : { json }),
  };
}

function parseJson(body: string): unknown {
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
