import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { modalErrors, readModalState } from '../../blocks/modal.ts';

/** The input blocks of the submitted view; undefined when Slack sent none (then errors map by field). */
function inputBlockIds(
  blocks: readonly { type: string; block_id?: string }[] | undefined,
): Set<string> | undefined {
  const ids = (blocks ?? []).filter((b) => b.type === 'input' && b.block_id).map((b) => b.block_id as string);
  return ids.length > 0 ? new Set(ids) : undefined;
}

import { type Analysis, analyse } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { deliver } from '../../slack/deliver.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { decodePrivateMetadata } from '../../slack/metadata.ts';
import { nextRevision, resultMessage, threadResults } from '../../slack/results.ts';
import { runScenario } from '../../slack/runScenario.ts';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The modal's submit: errors keep the modal open with what was typed; a valid scenario is posted. */
export const scenarioSubmission =
  (context: AppContext) =>
  async ({ ack, view, body, client }: Args) => {
    const meta = decodePrivateMetadata(view.private_metadata);
    const inputBlocks = inputBlockIds(view.blocks);
    if (!meta) {
      await ack({
        response_action: 'errors',
        errors: modalErrors(
          [
            {
              field: 'apiMonthlyCost',
              message: 'This form lost where to post. Cancel and run /ftroi again.',
            },
          ],
          inputBlocks,
        ),
      });
      return;
    }
    const read = readModalState(view.state.values as never);
    if (read.issues.length > 0) {
      await ack({ response_action: 'errors', errors: modalErrors(read.issues, inputBlocks) });
      return;
    }
    const outcome = runScenario(read.values, context);
    if (outcome.kind !== 'ok') {
      const issues = outcome.kind === 'invalid' ? outcome.issues : outcome.missing;
      await ack({ response_action: 'errors', errors: modalErrors(issues, inputBlocks) });
      return;
    }
    await ack();

    const userId = body.user.id;
    const deliverer = { client, logger: context.logger, isAllowedResponseUrl: context.isAllowedResponseUrl };
    const destination = {
      channelId: meta.channelId,
      userId,
      ...(meta.responseUrl ? { responseUrl: meta.responseUrl } : {}),
      ...(meta.threadTs ? { threadTs: meta.threadTs } : {}),
    };
    if (!meta.threadTs) {
      const record = { scenario: outcome.analysis.scenario, revision: 0, label: 'original' };
      await deliver(
        deliverer,
        destination,
        resultMessage({ analysis: outcome.analysis, record, userId }, context),
      );
      return;
    }

    // An edit of a posted result: a new revision in that result's thread, with deltas against it.
    let revision = (meta.derivedFromRevision ?? 0) + 1;
    let previous: { analysis: Analysis; label: string } | undefined;
    try {
      const { entries } = await threadResults(client, meta.channelId, meta.threadTs);
      revision = Math.max(revision, nextRevision(entries));
      const source = entries.find((e) => e.ts === meta.derivedFromTs);
      const before =
        source && analyse(source.record.scenario, { prices: context.prices, today: context.now() });
      if (source && before?.ok) previous = { analysis: before.value, label: source.record.label };
    } catch (error) {
      context.logger.warn(`reading the thread for an edit failed: ${slackErrorCode(error)}`);
    }
    const record = {
      scenario: outcome.analysis.scenario,
      revision,
      label: `edit ${revision}`,
      ...(meta.derivedFromTs ? { derivedFromTs: meta.derivedFromTs } : {}),
    };
    await deliver(
      deliverer,
      destination,
      resultMessage(
        { analysis: outcome.analysis, record, userId, ...(previous ? { previous } : {}) },
        context,
      ),
    );
  };
