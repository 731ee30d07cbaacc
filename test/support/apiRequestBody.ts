export type ApiArgs = Record<string, unknown>;

// @slack/web-api 8 always sends application/x-www-form-urlencoded and JSON.stringify()s every
// argument that is not a string, number or boolean. These are the ones ftroi sends that way;
// decoding them lets tests assert on objects. Free-text fields are never decoded, so a `text`
// that happens to look like JSON stays a string.
const JSON_ENCODED_ARGS = new Set(['blocks', 'attachments', 'metadata', 'view', 'user_auth_blocks']);

/** Arguments as Slack's servers would read them: form or JSON body, JSON-encoded fields decoded. */
export function parseApiArgs(contentType: string | undefined, rawBody: string): ApiArgs {
  if (rawBody === '') return {};
  if (contentType?.startsWith('application/json')) return asArgs(JSON.parse(rawBody));
  const args: ApiArgs = {};
  for (const [key, value] of new URLSearchParams(rawBody)) {
    args[key] = JSON_ENCODED_ARGS.has(key) ? decodeJson(value) : value;
  }
  return args;
}

function decodeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    // Slack would answer invalid_arguments; keeping the raw text lets the test show what was sent.
    return value;
  }
}

function asArgs(value: unknown): ApiArgs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ApiArgs) : {};
}

/** Form bodies carry booleans as 'true'/'false' strings; JSON bodies as booleans. */
export function isTruthyArg(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function stringArg(args: ApiArgs, key: string): string | undefined {
  const value = args[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
