import { createHmac } from 'node:crypto';

/**
 * Slack's request signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>` keyed with the signing
 * secret, hex-encoded and prefixed with the version. The body must be the exact bytes sent.
 */
export function slackSignature(signingSecret: string, timestampSeconds: number, rawBody: string): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestampSeconds}:${rawBody}`)
    .digest('hex');
  return `v0=${digest}`;
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
