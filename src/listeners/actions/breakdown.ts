import { breakdownMessage } from '../../blocks/thread.ts';
import type { AppContext } from '../../context.ts';
import { threadReplyAction } from './resultAction.ts';

/** Breakdown: every formula with the user's numbers and the cash-flow chart, in the result's thread. */
export const breakdownAction = (context: AppContext) =>
  threadReplyAction(context, (analysis) => breakdownMessage(analysis));
