import type { App } from '@slack/bolt';
import type { AppContext } from '../../context.ts';
import { appHomeOpened } from './appHomeOpened.ts';
import { appMention } from './appMention.ts';

export function register(app: App, context: AppContext): void {
  app.event('app_mention', appMention(context));
  app.event('app_home_opened', appHomeOpened(context));
}
