import { describe, expect, it } from 'vitest';
import { appFromEnv } from '../support/appFromEnv.ts';
import { startFakeSlackApi } from '../support/fakeSlackApi.ts';

describe('Socket Mode', () => {
  it('serves /healthz on PORT, not on the 3000 Bolt would otherwise pick', async () => {
    // Bolt calls auth.test as it is built: answer it locally.
    const fake = await startFakeSlackApi();
    try {
      const app = appFromEnv({
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-1-test',
        SLACK_API_URL: fake.url,
        PORT: '4567',
      });
      // Starting the receiver would dial Slack's Socket Mode endpoint; Bolt keeps the port it will use.
      const receiver = (app as unknown as { receiver: { httpServerPort?: number } }).receiver;
      expect(receiver.httpServerPort).toBe(4567);
      await fake.waitForCall('auth.test');
    } finally {
      await fake.close();
    }
  });
});
