import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { SUMMARY_ACTIONS_BLOCK_ID } from '../../blocks/ids.ts';
import { modalErrors, readModalState } from '../../blocks/modal.ts';
import { context as contextBlock, escapeMrkdwn } from '../../blocks/text.ts';
import { type Analysis, analyse, type Scenario } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { deliver, type OutgoingMessage } from '../../slack/deliver.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { decodePrivateMetadata, type PrivateMetadata } from '../../slack/metadata.ts';
import { nextRevision, resultMessage, threadResults } from '../../slack/results.ts';
import { runScenario } from '../../slack/runScenario.ts';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The input blocks of the submitted view; undefined when Slack sent none (then errors map by field). */
function inputBlockIds(
  blocks: readonly { type: string; block_id?: string }[] | undefined,
): Set<string> | undefined {
  const ids = (blocks ?? []).filter((b) => b.type === 'input' && b.block_id).map((b) => b.block_id as string);
  return ids.length > 0 ? new Set(ids) : undefined;
}

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
    // An edit keeps the start date of the result it edits, unless one was typed into the form.
    const values =
      meta.startDate && read.values.startDate === undefined
        ? { ...read.values, startDate: meta.startDate }
        : read.values;
    const outcome = runScenario(values, context);
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
    const edited = await editedResult({ ...meta, threadTs: meta.threadTs }, client, context);
    const record = {
      scenario: outcome.analysis.scenario,
      revision: edited.revision,
      label: `edit ${edited.revision}`,
      ...(meta.derivedFromTs ? { derivedFromTs: meta.derivedFromTs } : {}),
    };
    const message = resultMessage(
      {
        analysis: outcome.analysis,
        record,
        userId,
        ...(edited.previous ? { previous: edited.previous } : {}),
      },
      context,
    );
    await deliver(
      deliverer,
      destination,
      edited.previous ? message : withoutComparison(message, meta.derivedFromLabel),
    );
  };

interface EditedResult {
  revision: number;
  previous?: { analysis: Analysis; label: string };
}

/**
 * The revision's number and the result it is compared with. The thread read finds the next free
 * number where the app may read; the comparison prefers the scenario the form carried, which needs
 * no read at all (channels the app posts to without joining refuse it).
 */
async function editedResult(
  meta: PrivateMetadata & { threadTs: string },
  client: Args['client'],
  context: AppContext,
): Promise<EditedResult> {
  let revision = (meta.derivedFromRevision ?? 0) + 1;
  let source: { scenario: Scenario; label: string } | undefined = meta.derivedFromScenario && {
    scenario: meta.derivedFromScenario,
    label: meta.derivedFromLabel ?? EDITED_RESULT,
  };
  try {
    const { entries } = await threadResults(client, meta.channelId, meta.threadTs);
    revision = Math.max(revision, nextRevision(entries));
    source ??= entries.find((e) => e.ts === meta.derivedFromTs)?.record;
  } catch (error) {
    context.logger.warn(`reading the thread for an edit failed: ${slackErrorCode(error)}`);
  }
  const before = source && analyse(source.scenario, { prices: context.prices, today: context.now() });
  if (!source || !before?.ok) return { revision };
  return { revision, previous: { analysis: before.value, label: source.label } };
}

const EDITED_RESULT = 'the edited result';

/** Said above the buttons, so a revision without deltas does not read as "nothing changed". */
function withoutComparison(message: OutgoingMessage, label = EDITED_RESULT): OutgoingMessage {
  const note = `Changes vs ${escapeMrkdwn(label)}: unavailable. I couldn't read that result back from Slack, so this revision is not compared with it.`;
  const blocks = [...message.blocks];
  const buttons = blocks.findIndex((b) => b.block_id === SUMMARY_ACTIONS_BLOCK_ID);
  blocks.splice(buttons < 0 ? blocks.length : buttons, 0, contextBlock([`:warning: ${note}`]));
  return { ...message, text: `${message.text}. ${note}`, blocks };
}
