import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { appHome } from '../../blocks/thread.ts';
import type { AppContext } from '../../context.ts';
import { catalogueRowsForDisplay } from '../../prices/catalogue.ts';
import { slackErrorCode } from '../../slack/errors.ts';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** The Home tab: how to use ftroi, the presets, the inline keys and the price catalogue. */
export const appHomeOpened =
  (context: AppContext) =>
  async ({ event, client }: Args) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({
        user_id: event.user,
        view: appHome({
          ...(context.catalogueAsOf ? { asOfRange: context.catalogueAsOf } : {}),
          rows: catalogueRowsForDisplay(context.catalogue, context.now()),
        }),
      });
    } catch (error) {
      context.logger.warn(`views.publish failed: ${slackErrorCode(error)}`);
    }
  };
