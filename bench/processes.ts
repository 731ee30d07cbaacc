import { type AppProcess, startAppProcess } from '../test/support/appProcess.ts';
import { BOT_TOKEN, SIGNING_SECRET } from './constants.ts';

/** A measured app: the shared launcher's process (test/support/appProcess.ts) with its bench name. */
export interface AppUnderTest extends AppProcess {
  name: string;
}

/** Every child still running, so an error or Ctrl-C can stop them all. */
const running = new Set<AppUnderTest>();

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((app) => app.stop()));
}

/** Runs `node --import tsx ENTRY` as npm start does, with warn-level logs, and waits for /healthz. */
export async function startApp(
  name: string,
  entry: string,
  slackApiUrl: string,
  nodeArgs: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<AppUnderTest> {
  const child = await startAppProcess({
    entry,
    nodeArgs,
    // Only the tail matters for a crash report; a chatty child must not grow this without bound.
    keepOutputChars: 20_000,
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
  });
  const app: AppUnderTest = { ...child, name, stop: () => child.stop().then(() => void running.delete(app)) };
  running.add(app);
  return app;
}
