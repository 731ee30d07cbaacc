import { scenarioModal } from '../../blocks/modal.ts';
import type { AppContext } from '../../context.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { encodePrivateMetadata } from '../../slack/metadata.ts';
import { type ButtonArgs, clickedResult, tellProblem } from './resultAction.ts';

/** Edit & re-run: the modal prefilled from the result; its submission posts a revision in the thread. */
export const editRerunAction = (context: AppContext) => async (args: ButtonArgs) => {
  await args.ack();
  const clicked = await clickedResult(args, context);
  if ('problem' in clicked) {
    await tellProblem(args, context, clicked.problem);
    return;
  }
  const privateMetadata = encodePrivateMetadata({
    channelId: clicked.channelId,
    userId: clicked.userId,
    ...(clicked.responseUrl ? { responseUrl: clicked.responseUrl } : {}),
    threadTs: clicked.threadTs,
    derivedFromTs: clicked.messageTs,
    derivedFromRevision: clicked.record.revision,
  });
  try {
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: scenarioModal({
        initial: clicked.record.scenario,
        privateMetadata,
        catalogue: context.catalogue,
      }),
    });
  } catch (error) {
    await tellProblem(args, context, `the form did not open (${slackErrorCode(error)})`);
  }
};
