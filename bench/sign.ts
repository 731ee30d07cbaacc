import { slashCommandBody } from '../test/support/slackRequests.ts';
import { nowInSeconds, slackSignature } from '../test/support/slackSignature.ts';
import { FORM_CONTENT_TYPE } from './constants.ts';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Signs a raw body exactly as Slack does (v0:ts:body, HMAC-SHA256), timestamped now. */
export function signBody(secret: string, body: string, contentType = FORM_CONTENT_TYPE): SignedRequest {
  const timestamp = nowInSeconds();
  return {
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, body),
    },
  };
}

/**
 * Distinct signed `/ftroi TEXT` bodies (each its own trigger_id), built before a round so signing is
 * not measured. Built fresh each round: Bolt refuses a timestamp more than 5 minutes old.
 */
export function signedCommandPool(secret: string, text: string, size: number): SignedRequest[] {
  const pool: SignedRequest[] = [];
  for (let i = 0; i < size; i++) {
    pool.push(signBody(secret, new URLSearchParams(slashCommandBody({ text })).toString()));
  }
  return pool;
}
