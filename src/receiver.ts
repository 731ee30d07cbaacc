import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CustomRoute, HTTPReceiver, type Logger } from '@slack/bolt';

/** Slack's own payloads (a 100-block modal with its state) stay far below this; anything bigger is refused, 413. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Bolt refuses requests older than 5 minutes; a signed request dated in the future is refused too. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export function isFromTheFuture(req: IncomingMessage, nowMs = Date.now()): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(timestamp) && timestamp - nowMs / 1000 > MAX_CLOCK_SKEW_SECONDS;
}

/** Bolt's HTTP receiver with a body limit and a two-sided replay window. */
export function createReceiver(options: {
  signingSecret: string;
  port: number;
  customRoutes: CustomRoute[];
  logger: Logger;
}): HTTPReceiver {
  const receiver = new HTTPReceiver({ ...options, bodyLimit: MAX_BODY_BYTES });
  const verified = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
      // Refuse before reading; drain what the client still sends so it can read the 413.
      res.writeHead(413, { connection: 'close' }).end();
      req.resume();
      return;
    }
    if (isFromTheFuture(req)) {
      options.logger.warn('refused a request whose x-slack-request-timestamp is in the future');
      res.writeHead(401).end();
      return;
    }
    verified(req, res);
  };
  return receiver;
}
