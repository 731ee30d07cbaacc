import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, REFINE_ACTION_ID } from '../../blocks/ids.ts';
import type { AppContext } from '../../context.ts';
import { breakdownAction } from './breakdown.ts';
import { editRerunAction } from './editRerun.ts';
import { refineAction } from './refine.ts';
import type { ButtonArgs } from './resultAction.ts';
import { sensitivityAction } from './sensitivity.ts';

export function register(app: App, context: AppContext): void {
  const byActionId = new Map<string, (args: ButtonArgs) => Promise<void>>([
    [ACTION_IDS.breakdown, breakdownAction(context)],
    [ACTION_IDS.sensitivity, sensitivityAction(context)],
    [ACTION_IDS.editRerun, editRerunAction(context)],
    [REFINE_ACTION_ID, refineAction(context)],
  ]);
  // One registration for every button: Bolt runs each listener's matchers on every request it
  // receives, slash commands included, so four listeners cost four matcher runs per request.
  const action_id = new RegExp(`^(?:${[...byActionId.keys()].join('|')})$`);
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id }, async (args) =>
    byActionId.get(args.action.action_id)?.(args),
  );
}
