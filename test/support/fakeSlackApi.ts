import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiCallLog, type RecordedCall, type WaitOptions } from './apiCallLog.ts';
import { ApiFaults, type Fault } from './apiFaults.ts';
import { type ApiArgs, parseApiArgs } from './apiRequestBody.ts';
import { answerApiCall, type SlackAnswer } from './fakeSlackMethods.ts';
import { type FakeMessage, FakeSlackWorkspace } from './fakeSlackWorkspace.ts';

export type { RecordedCall, WaitOptions } from './apiCallLog.ts';
export type { Fault } from './apiFaults.ts';
export type { FakeMessage } from './fakeSlackWorkspace.ts';

/** Posts to fake.responseUrl() are recorded under this method name. */
export const RESPONSE_URL_METHOD = 'response_url';

export interface FakeSlackApi {
  /** Pass as Bolt's clientOptions.slackApiUrl (SLACK_API_URL): 'http://127.0.0.1:PORT/api/'. */
  readonly url: string;
  /** Snapshot of every call received so far, in arrival order. */
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the matching call, at once if it already arrived; rejects after timeoutMs. */
  waitForCall(method: string, options?: WaitOptions): Promise<RecordedCall>;
  /** Queue a fault for the next call to `method` (use RESPONSE_URL_METHOD for response_url posts). */
  inject(method: string, fault: Fault): void;
  /** Put a message in a channel as if the bot had posted it earlier (thread parents, old results). */
  seedMessage(channel: string, message: Partial<FakeMessage>): FakeMessage;
  /**
   * Opt-in: the app posts in `channel` without having joined it (chat:write.public), so
   * conversations.replies and conversations.history answer not_in_channel there. Cleared by reset().
   */
  markNotJoined(channel: string): void;
  /** Messages the fake holds for a channel, metadata included. */
  messagesIn(channel: string): FakeMessage[];
  /** A response_url that records what the app posts to it. */
  responseUrl(id?: string): string;
  /** Forget calls, faults, messages, views and used trigger_ids. */
  reset(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const RESPONSE_PREFIX = '/response/';

/** A local stand-in for slack.com/api that the real WebClient can talk to over HTTP. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const log = new ApiCallLog();
  const faults = new ApiFaults();
  const workspace = new FakeSlackWorkspace();
  const server = createServer((req, res) => {
    handle(req, res, { log, faults, workspace }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake Slack failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${API_PREFIX}`,
    get calls() {
      return log.calls;
    },
    callsTo: (method) => log.callsTo(method),
    waitForCall: (method, options) => log.waitFor(method, options),
    inject: (method, fault) => faults.add(method, fault),
    seedMessage: (channel, message) => workspace.addMessage(channel, message),
    markNotJoined: (channel) => workspace.markNotJoined(channel),
    messagesIn: (channel) => workspace.messagesIn(channel),
    responseUrl: (id = 'default') => `${origin}${RESPONSE_PREFIX}${encodeURIComponent(id)}`,
    reset: () => {
      log.clear();
      faults.clear();
      workspace.reset();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Clients keep connections alive; without this close() waits for them to idle out.
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

interface FakeState {
  log: ApiCallLog;
  faults: ApiFaults;
  workspace: FakeSlackWorkspace;
}

async function handle(req: IncomingMessage, res: ServerResponse, state: FakeState): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://fake').pathname;
  const method = methodFor(path);
  const rawBody = await readBody(req);
  if (method === undefined || req.method !== 'POST') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`fake Slack has no ${req.method} ${path}`);
    return;
  }
  const { args, token } = splitToken(parseApiArgs(req.headers['content-type'], rawBody), req.headers);
  const fault = state.faults.take(method, args);
  state.log.record(recordedCall({ method, path, args, headers: req.headers, token, fault }));

  if (fault?.delayMs !== undefined) await sleep(fault.delayMs);
  if (fault?.hangUp) {
    req.socket.destroy();
    return;
  }
  if (fault?.status !== undefined) {
    sendStatus(res, fault);
    return;
  }
  if (fault?.okFalse !== undefined) {
    sendJson(res, 200, { ok: false, error: fault.okFalse });
    return;
  }
  const answer = method === RESPONSE_URL_METHOD ? { ok: true } : answerApiCall(method, args, state.workspace);
  sendJson(res, 200, answer);
}

function methodFor(path: string): string | undefined {
  if (path.startsWith(API_PREFIX) && path.length > API_PREFIX.length) return path.slice(API_PREFIX.length);
  if (path.startsWith(RESPONSE_PREFIX)) return RESPONSE_URL_METHOD;
  return undefined;
}

// The WebClient sends the token as a Bearer header, and also as a `token` argument when a call
// overrides it (Bolt's auth.test does). Both are kept out of the printable record.
function splitToken(parsed: ApiArgs, headers: IncomingHttpHeaders): { args: ApiArgs; token?: string } {
  const { token: argToken, ...args } = parsed;
  const bearer = headers.authorization?.replace(/^Bearer\s+/i, '');
  const token = typeof argToken === 'string' ? argToken : bearer;
  return token === undefined ? { args } : { args, token };
}

interface CallParts {
  method: string;
  path: string;
  args: ApiArgs;
  headers: IncomingHttpHeaders;
  token: string | undefined;
  fault: Fault | undefined;
}

function recordedCall({ method, path, args, headers, token, fault }: CallParts): RecordedCall {
  const call: RecordedCall = {
    method,
    path,
    args,
    headers: printableHeaders(headers),
    at: Date.now(),
    ...(fault === undefined ? {} : { fault }),
  };
  Object.defineProperty(call, 'token', { value: token, enumerable: false });
  return call;
}

function printableHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const printable: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'authorization' || value === undefined) continue;
    printable[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return printable;
}

function sendStatus(res: ServerResponse, fault: Fault): void {
  if (fault.status === 429) {
    const retryAfter = String(fault.retryAfterSeconds ?? 1);
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter });
    res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    return;
  }
  sendJson(res, fault.status ?? 500, { ok: false, error: 'fatal_error' });
}

function sendJson(res: ServerResponse, status: number, body: SlackAnswer): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
