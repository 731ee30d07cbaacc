import type { App } from '@slack/bolt';
import type { AppContext } from '../../context.ts';
import { ftroiCommand } from './ftroi.ts';

export const FTROI_COMMAND = '/ftroi';

export function register(app: App, context: AppContext): void {
  app.command(FTROI_COMMAND, ftroiCommand(context));
}
