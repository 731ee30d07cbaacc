import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { readModalRawText, refinedModal } from '../../blocks/modal.ts';
import type { AppContext } from '../../context.ts';
import { slackErrorCode } from '../../slack/errors.ts';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * Refine, clicked in the scenario modal: the same modal with the Refine section open. Every box
 * keeps what it holds (unparseable text too), and private_metadata travels on unchanged. The hash
 * makes Slack refuse the update if the view changed meanwhile; that is only logged.
 */
export const refineAction =
  (context: AppContext) =>
  async ({ ack, body, client }: Args) => {
    await ack();
    const { view } = body;
    if (!view) {
      context.logger.warn('Refine clicked outside a modal; nothing to update');
      return;
    }
    try {
      const next = refinedModal({
        typed: readModalRawText(view.state?.values as never),
        privateMetadata: view.private_metadata ?? '',
        catalogue: context.catalogue,
        ...(view.title?.text ? { title: view.title.text } : {}),
      });
      await client.views.update({ view_id: view.id, hash: view.hash, view: next });
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'hash_conflict')
        context.logger.info('Refine: the modal changed meanwhile (hash_conflict)');
      else context.logger.warn(`Refine: views.update failed: ${code}`);
    }
  };
