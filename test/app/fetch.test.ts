import { describe, expect, it } from 'vitest';
import { slackFetch } from '../../src/slack/fetch.ts';
import { appFromEnv } from '../support/appFromEnv.ts';
import { startFakeSlackApi } from '../support/fakeSlackApi.ts';

describe('the fetch Bolt is given', () => {
  it('carries every Web API call and respond() through slackFetch, not the built-in fetch', async () => {
    const fake = await startFakeSlackApi();
    try {
      const app = appFromEnv({
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_API_URL: fake.url,
      });
      // Bolt keeps both privately: the client's for Web API calls, the app's for respond().
      const internals = app as unknown as { fetchFn: unknown; client: { fetchFn: unknown } };
      expect(slackFetch).not.toBe(globalThis.fetch);
      expect(internals.client.fetchFn).toBe(slackFetch);
      expect(internals.fetchFn).toBe(slackFetch);
      const answer = await app.client.auth.test();
      expect(answer.ok).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
