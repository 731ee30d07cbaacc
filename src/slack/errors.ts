import { webApi } from '@slack/bolt';

/** A short, secret-free name for a failed Web API call: Slack's error string, the HTTP status, or the kind. */
export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number };
  switch (e?.code) {
    case webApi.ErrorCode.PlatformError:
      return e.data?.error ?? 'platform_error';
    case webApi.ErrorCode.HTTPError:
      return `http_${e.statusCode ?? 'error'}`;
    case webApi.ErrorCode.RateLimitedError:
      return 'rate_limited';
    case webApi.ErrorCode.RequestError:
      return 'request_failed_or_timed_out';
    default:
      return error instanceof Error ? error.name : 'unknown_error';
  }
}

/**
 * Retries for 5xx and rate limits only. A time-out or dropped connection is never retried: Slack may
 * have posted the message already, and a second post would duplicate it.
 */
export const RETRY_CONFIG = {
  retries: 2,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 1000,
  onFailedAttempt: (error: unknown) => {
    const e = error as { code?: string; original?: { message?: string } };
    // The client signals "waited out a 429, try again" as a request error too: that one may retry.
    const rateLimitWaited = e.original?.message?.startsWith('A rate limit was exceeded') ?? false;
    if (e?.code === webApi.ErrorCode.RequestError && !rateLimitWaited) throw error;
  },
};
