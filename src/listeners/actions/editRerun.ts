import { PRIVATE_METADATA_MAX } from '../../blocks/ids.ts';
import { scenarioModal } from '../../blocks/modal.ts';
import type { AppContext } from '../../context.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { encodePrivateMetadata } from '../../slack/metadata.ts';
import { type ButtonArgs, type ClickedResult, clickedResult, tellProblem } from './resultAction.ts';

/** Edit & re-run: the modal prefilled from the result; its submission posts a revision in the thread. */
export const editRerunAction = (context: AppContext) => async (args: ButtonArgs) => {
  await args.ack();
  const clicked = await clickedResult(args, context);
  if ('problem' in clicked) {
    await tellProblem(args, context, clicked.problem);
    return;
  }
  // The start date travels beside the form, not in it: a box of its own would open the Refine
  // section on every edit, and the revision must keep the date its deltas are measured from.
  const { startDate, ...shown } = clicked.record.scenario;
  try {
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: scenarioModal({
        initial: shown,
        privateMetadata: editPrivateMetadata(clicked),
        catalogue: context.catalogue,
      }),
    });
  } catch (error) {
    await tellProblem(args, context, `the form did not open (${slackErrorCode(error)})`);
  }
};

/** Where the revision goes and what it is compared with; the edited scenario only when it fits. */
export function editPrivateMetadata(clicked: ClickedResult): string {
  const { scenario, revision, label } = clicked.record;
  const where = {
    channelId: clicked.channelId,
    userId: clicked.userId,
    ...(clicked.responseUrl ? { responseUrl: clicked.responseUrl } : {}),
    threadTs: clicked.threadTs,
    derivedFromTs: clicked.messageTs,
    derivedFromRevision: revision,
    derivedFromLabel: label,
    ...(scenario.startDate ? { startDate: scenario.startDate } : {}),
  };
  const withScenario = encodePrivateMetadata({ ...where, derivedFromScenario: scenario });
  return withScenario.length <= PRIVATE_METADATA_MAX ? withScenario : encodePrivateMetadata(where);
}
