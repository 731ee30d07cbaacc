import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { scenarioModal } from '../../blocks/modal.ts';
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
  async ({ command, ack, client, respond }: Args) => {
    const intent = parseCommandText(command.text ?? '');
    const ephemeral = (message: { text: string; blocks: unknown[] }) =>
      ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks as never });

    const openModal = async (initial: Scenario) => {
      // The trigger_id lives 3 s: ack, then open the modal before anything else.
      await ack();
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
        await respond({
          response_type: 'ephemeral',
          text: `I couldn't open the form (${slackErrorCode(error)}). Try /ftroi again, or type the scenario inline: /ftroi help`,
        }).catch(() => undefined);
      }
    };

    switch (intent.kind) {
      case 'help':
        return ephemeral(helpMessage());
      case 'presets':
        return ephemeral(presetsMessage());
      case 'unknown-preset':
        return ephemeral({
          text: `There is no preset called "${intent.name}". /ftroi presets lists them.`,
          blocks: presetsMessage().blocks,
        });
      case 'modal':
        return openModal({});
      case 'preset': {
        const preset = findPreset(intent.id);
        if (!intent.overrides) return openModal(preset?.scenario ?? {});
        return inline(intent.overrides, preset?.scenario);
      }
      case 'inline':
        return inline(intent.text);
    }

    async function inline(text: string, base?: Scenario) {
      const outcome = runInlineText(text, context, base);
      if (outcome.kind === 'invalid') return ephemeral(inputErrorsMessage(outcome.issues));
      if (outcome.kind === 'incomplete') return openModal(outcome.scenario);
      await ack();
      const record = { scenario: outcome.analysis.scenario, revision: 0, label: 'original' };
      await deliver(
        { client, logger: context.logger, isAllowedResponseUrl: context.isAllowedResponseUrl },
        { channelId: command.channel_id, userId: command.user_id, responseUrl: command.response_url },
        resultMessage({ analysis: outcome.analysis, record, userId: command.user_id }, context),
      );
    }
  };
