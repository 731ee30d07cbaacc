import type { App } from '@slack/bolt';
import { ACTION_IDS, REFINE_ACTION_ID } from '../../blocks/ids.ts';
import type { AppContext } from '../../context.ts';
import { breakdownAction } from './breakdown.ts';
import { editRerunAction } from './editRerun.ts';
import { refineAction } from './refine.ts';
import { sensitivityAction } from './sensitivity.ts';

export function register(app: App, context: AppContext): void {
  app.action(ACTION_IDS.breakdown, breakdownAction(context));
  app.action(ACTION_IDS.sensitivity, sensitivityAction(context));
  app.action(ACTION_IDS.editRerun, editRerunAction(context));
  app.action(REFINE_ACTION_ID, refineAction(context));
}
