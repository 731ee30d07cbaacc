// The one fake workspace every e2e test lives in. The fake Web API answers auth.test with these,
// and the payload builders sign requests as coming from them, so Bolt's self-event filtering and
// the app's "who ran it" lines see consistent identities.
export const FAKE_TEAM_ID = 'T1';
export const FAKE_TEAM_DOMAIN = 'ftroi-test';
export const FAKE_APP_ID = 'A1';
export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';
export const FAKE_USER_ID = 'U1';
export const FAKE_USER_NAME = 'alice';
export const FAKE_CHANNEL_ID = 'C1';
export const FAKE_CHANNEL_NAME = 'general';

/** The app's DM channel with a user, as conversations.open (and posting to a user ID) gives it. */
export function dmChannelFor(userId: string): string {
  return `D${userId.replace(/^U/, '')}`;
}
