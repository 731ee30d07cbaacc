import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { scenarioModal } from '../../blocks/modal.ts';
import type { Message } from '../../blocks/text.ts';
import { helpMessage, inputErrorsMessage, presetsMessage } from '../../blocks/thread.ts';
import { findPreset, type Scenario } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { parseCommandText } from '../../slack/commandText.ts';
import { deliver } from '../../slack/deliver.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { encodePrivateMetadata } from '../../slack/metadata.ts';
import { resultMessage } from '../../slack/results.ts';
import { runInlineText } from '../../slack/runScenario.ts';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** `/ftroi`: the modal, help, presets, or an inline calculation posted straight to the channel. */
export const ftroiCommand =
  (context: AppContext) =>
  // Not async: each branch already returns a promise, and wrapping it again costs microtask hops.
  (args: Args): Promise<void> => {
    const intent = parseCommandText(args.command.text ?? '');
    switch (intent.kind) {
      case 'help':
        return ephemeral(args, helpMessage());
      case 'presets':
        return ephemeral(args, presetsMessage());
      case 'unknown-preset':
        return ephemeral(args, {
          text: `There is no preset called "${intent.name}". /ftroi presets lists them.`,
          blocks: presetsMessage().blocks,
        });
      case 'modal':
        return openModal(args, context, {});
      case 'preset': {
        const preset = findPreset(intent.id);
        if (!intent.overrides) return openModal(args, context, preset?.scenario ?? {});
        return inline(args, context, intent.overrides, preset?.scenario);
      }
      case 'inline':
        return inline(args, context, intent.text);
    }
  };

const ephemeral = (args: Args, message: Message) =>
  args.ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });

async function openModal(args: Args, context: AppContext, initial: Scenario): Promise<void> {
  const { command, client } = args;
  // The trigger_id lives 3 s: ack, then open the modal before anything else.
  await args.ack();
  const privateMetadata = encodePrivateMetadata({
    channelId: command.channel_id,
    userId: command.user_id,
    responseUrl: command.response_url,
  });
  try {
    await client.views.open({
      trigger_id: command.trigger_id,
      view: scenarioModal({ initial, privateMetadata, catalogue: context.catalogue }),
    });
  } catch (error) {
    context.logger.warn(`views.open failed: ${slackErrorCode(error)}`);
    await args
      .respond({
        response_type: 'ephemeral',
        text: `I couldn't open the form (${slackErrorCode(error)}). Try /ftroi again, or type the scenario inline: /ftroi help`,
      })
      .catch(() => undefined);
  }
}

async function inline(args: Args, context: AppContext, text: string, base?: Scenario): Promise<void> {
  const outcome = runInlineText(text, context, base);
  if (outcome.kind === 'invalid') return ephemeral(args, inputErrorsMessage(outcome.issues));
  if (outcome.kind === 'incomplete') return openModal(args, context, outcome.scenario);
  await args.ack();
  const { command } = args;
  const record = { scenario: outcome.analysis.scenario, revision: 0, label: 'original' };
  await deliver(
    { client: args.client, logger: context.logger, isAllowedResponseUrl: context.isAllowedResponseUrl },
    { channelId: command.channel_id, userId: command.user_id, responseUrl: command.response_url },
    resultMessage({ analysis: outcome.analysis, record, userId: command.user_id }, context),
  );
}
