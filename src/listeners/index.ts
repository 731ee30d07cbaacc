import type { App } from '@slack/bolt';
import type { AppContext } from '../context.ts';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import * as events from './events/index.ts';
import * as views from './views/index.ts';

export function registerListeners(app: App, context: AppContext): void {
  commands.register(app, context);
  views.register(app, context);
  actions.register(app, context);
  events.register(app, context);
}
