import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { type Analysis, analyse } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { deliver, deliverPrivately, type OutgoingMessage } from '../../slack/deliver.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { readScenarioPayload, type ScenarioRecord } from '../../slack/metadata.ts';
import { threadResults } from '../../slack/results.ts';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Where a clicked result lives, and the scenario it carries (from the button, else its metadata). */
export interface ClickedResult {
  channelId: string;
  messageTs: string;
  /** The thread the result belongs to: its own ts for a top-level result. */
  threadTs: string;
  userId: string;
  responseUrl?: string;
  record: ScenarioRecord;
}

export async function clickedResult(
  args: ButtonArgs,
  context: AppContext,
): Promise<ClickedResult | { problem: string }> {
  const { body, action, client } = args;
  const channelId = body.channel?.id ?? body.container?.channel_id;
  const messageTs = body.message?.ts ?? body.container?.message_ts;
  if (!channelId || !messageTs) return { problem: 'this button is not on a posted result' };
  const threadTs = body.message?.thread_ts ?? messageTs;
  const base = {
    channelId,
    messageTs,
    threadTs,
    userId: body.user.id,
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
  };
  if (action.value) {
    const read = readScenarioPayload(action.value);
    if (read.ok) return { ...base, record: read.record };
    return { problem: read.reason };
  }
  try {
    const { entries } = await threadResults(client, channelId, threadTs);
    const entry = entries.find((e) => e.ts === messageTs);
    return entry
      ? { ...base, record: entry.record }
      : { problem: 'the result no longer carries its scenario' };
  } catch (error) {
    context.logger.warn(`reading a result's metadata failed: ${slackErrorCode(error)}`);
    return { problem: `Slack did not return the result (${slackErrorCode(error)})` };
  }
}

/** Breakdown and Sensitivity: recompute the clicked result and reply in its thread. */
export const threadReplyAction =
  (context: AppContext, render: (analysis: Analysis) => OutgoingMessage) => async (args: ButtonArgs) => {
    await args.ack();
    const deliverer = {
      client: args.client,
      logger: context.logger,
      isAllowedResponseUrl: context.isAllowedResponseUrl,
    };
    const clicked = await clickedResult(args, context);
    if ('problem' in clicked) {
      await tellProblem(args, context, clicked.problem);
      return;
    }
    const result = analyse(clicked.record.scenario, { prices: context.prices, today: context.now() });
    if (!result.ok) {
      await tellProblem(
        args,
        context,
        `the stored scenario no longer computes (${result.error[0]?.message})`,
      );
      return;
    }
    await deliver(
      deliverer,
      {
        channelId: clicked.channelId,
        threadTs: clicked.threadTs,
        userId: clicked.userId,
        ...(clicked.responseUrl ? { responseUrl: clicked.responseUrl } : {}),
      },
      render(result.value),
    );
  };

export async function tellProblem(args: ButtonArgs, context: AppContext, problem: string): Promise<void> {
  const channelId = args.body.channel?.id ?? '';
  await deliverPrivately(
    { client: args.client, logger: context.logger, isAllowedResponseUrl: context.isAllowedResponseUrl },
    {
      channelId,
      userId: args.body.user.id,
      ...(args.body.response_url ? { responseUrl: args.body.response_url } : {}),
    },
    { text: `ftroi couldn't use that result: ${problem}.`, blocks: [] },
    `ftroi couldn't use that result: ${problem}. Run /ftroi again to start from scratch.`,
  );
}
