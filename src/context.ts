import type { Logger } from '@slack/bolt';
import type { PriceBook } from './calculator/index.ts';

/** What every listener needs besides Bolt's own arguments; built once in createApp. */
export interface AppContext {
  prices: PriceBook;
  /** The catalogue's dates, shown in the summary's context line and on App Home. */
  catalogueAsOf?: { oldest: string; newest: string };
  now: () => Date;
  logger: Logger;
  /** response_url comes back to us through private_metadata: only Slack's hooks (or the test fake) are called. */
  isAllowedResponseUrl: (url: string) => boolean;
}
