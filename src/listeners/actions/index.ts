import type { App } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/ids.ts';
import type { AppContext } from '../../context.ts';
import { breakdownAction } from './breakdown.ts';
import { editRerunAction } from './editRerun.ts';
import { sensitivityAction } from './sensitivity.ts';

export function register(app: App, context: AppContext): void {
  app.action(ACTION_IDS.breakdown, breakdownAction(context));
  app.action(ACTION_IDS.sensitivity, sensitivityAction(context));
  app.action(ACTION_IDS.editRerun, editRerunAction(context));
}
