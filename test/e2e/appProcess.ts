import { type AppProcess, startAppProcess as start } from '../support/appProcess.ts';

export type { AppProcess };

export const TEST_BOT_TOKEN = 'xoxb-1111-2222-e2eSecretBotToken';
export const TEST_SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';

/** The real app in HTTP mode against `slackApiUrl`, with a short Web API time-out and debug logging. */
export function startAppProcess(
  slackApiUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<AppProcess> {
  return start({
    nodeArgs,
    env: {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      SLACK_API_TIMEOUT_MS: '1500',
      LOG_LEVEL: 'debug',
      ...env,
    },
  });
}
