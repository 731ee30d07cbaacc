import 'dotenv/config';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const slackToken = (prefix: string, name: string) =>
  z
    .string()
    .trim()
    .startsWith(prefix, { error: `${name} must start with "${prefix}"` });

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: slackToken('xoxb-', 'SLACK_BOT_TOKEN'),
    SLACK_SIGNING_SECRET: z.string().trim().min(1).optional(),
    SLACK_APP_TOKEN: slackToken('xapp-', 'SLACK_APP_TOKEN').optional(),
    PORT: z.coerce.number({ error: 'PORT must be a port number' }).int().min(0).max(65_535).default(3000),
    SLACK_API_URL: z.url({ error: 'SLACK_API_URL must be a URL such as https://slack.com/api/' }).optional(),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
    PRICING_FILE: z.string().trim().min(1).optional(),
    /** Web API time-out; a timed-out post is reported to the user, never retried (it may have landed). */
    SLACK_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  })
  .refine((env) => env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined, {
    error: 'SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    path: ['SLACK_SIGNING_SECRET'],
  });

export type Config = z.infer<typeof envSchema> & { mode: 'socket' | 'http' };

export type ConfigResult =
  | { kind: 'ok'; config: Config }
  | { kind: 'unconfigured' }
  | { kind: 'invalid'; problems: string[] };

const SLACK_KEYS = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const;

/** Reads the environment once at start. Blank values count as unset: `.env.example` copies have them. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  if (SLACK_KEYS.every((k) => present[k] === undefined)) return { kind: 'unconfigured' };
  const parsed = envSchema.safeParse(present);
  if (!parsed.success)
    return {
      kind: 'invalid',
      // Name the variable, never echo its value: it may be a secret.
      problems: parsed.error.issues.map(
        (i) =>
          `${String(i.path[0] ?? 'environment')}: ${i.code === 'invalid_type' ? 'is missing' : i.message}`,
      ),
    };
  return { kind: 'ok', config: { ...parsed.data, mode: parsed.data.SLACK_APP_TOKEN ? 'socket' : 'http' } };
}

export const SETUP_GUIDE = `ftroi needs Slack credentials to run as a Slack app.

  1. Create the app: https://api.slack.com/apps → Create New App → From a manifest → paste manifest.yml
  2. Install it to your workspace, then copy .env.example to .env and fill in
     SLACK_BOT_TOKEN (OAuth & Permissions) and SLACK_APP_TOKEN (Basic Information → App-Level Tokens,
     scope connections:write) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode.
  3. npm start

Above is the offline answer for the article's customer-support example (npm run demo).
Any scenario works offline too: npm run ftroi -- api=15k after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80`;
