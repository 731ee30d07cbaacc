import type { App } from '@slack/bolt';
import { SCENARIO_MODAL_CALLBACK_ID } from '../../blocks/ids.ts';
import type { AppContext } from '../../context.ts';
import { scenarioSubmission } from './scenarioSubmission.ts';

export function register(app: App, context: AppContext): void {
  app.view(SCENARIO_MODAL_CALLBACK_ID, scenarioSubmission(context));
}
