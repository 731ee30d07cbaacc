import type { webApi } from '@slack/bolt';
import { fetch } from 'undici';

/**
 * The fetch every Web API call, `respond()` and response_url post goes through (Bolt's
 * `clientOptions.fetch`). Node 20's built-in fetch is undici 6; undici 7's, the one newer Node
 * releases bundle, did the same chat.postMessage for ~80 µs less CPU in the request profile, the
 * largest single cost left per request. The cast only bridges the two undici's type declarations:
 * ftroi sends string bodies, never the FormData of a file upload.
 */
export const slackFetch = fetch as unknown as webApi.FetchFunction;
