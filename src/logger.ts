import { type Logger, LogLevel } from '@slack/bolt';

// Anything shaped like a Slack token is masked even if we never configured it (e.g. echoed in an error).
const TOKEN_PATTERN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;
// Socket Mode's debug log prints whole envelopes and its connection URL: a response_url lets anyone
// post as the app for 30 minutes, the legacy verification token and the wss ticket are credentials.
const RESPONSE_URL_PATTERN = /https:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'\\]+/g;
const TOKEN_FIELD_PATTERN = /("token"\s*:\s*")[^"]*"/g;
const TICKET_PATTERN = /([?&]ticket=)[^&\s"'\\]+/g;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text
    .replace(TOKEN_PATTERN, '[redacted-token]')
    .replace(RESPONSE_URL_PATTERN, '[redacted-response-url]')
    .replace(TOKEN_FIELD_PATTERN, '$1[redacted]"')
    .replace(TICKET_PATTERN, '$1[redacted]');
  for (const secret of secrets) if (secret.length >= 8) out = out.replaceAll(secret, '[redacted]');
  return out;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

const render = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/** Bolt's Logger, writing one line per call with every known secret and any token shape masked. */
export function createLogger(
  level: LogLevel,
  secrets: readonly string[],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  let current = level;
  let name = 'ftroi';
  const log =
    (at: LogLevel) =>
    (...msg: unknown[]) => {
      if (ORDER[at] < ORDER[current]) return;
      write(
        redact(
          `${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${msg.map(render).join(' ')}`,
          secrets,
        ),
      );
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}
