import type { Logger } from '@slack/bolt';
import type { PriceBook } from './calculator/index.ts';
import type { Catalogue } from './prices/schema.ts';

/** What every listener needs besides Bolt's own arguments; built once in createApp. */
export interface AppContext {
  prices: PriceBook;
  /** The rows behind `prices`: the modal's catalogue pickers and App Home list them. */
  catalogue: Catalogue;
  /** The catalogue's dates, shown in the summary's context line and on App Home. */
  catalogueAsOf?: { oldest: string; newest: string };
  now: () => Date;
  logger: Logger;
  /** response_url comes back to us through private_metadata: only Slack's hooks (or the test fake) are called. */
  isAllowedResponseUrl: (url: string) => boolean;
}
