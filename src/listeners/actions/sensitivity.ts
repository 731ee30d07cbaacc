import { sensitivityMessage } from '../../blocks/thread.ts';
import { cases, tornado } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { threadReplyAction } from './resultAction.ts';

/** Sensitivity: the tornado, the 6-month payback bill, the three cases (and the Monte Carlo table). */
export const sensitivityAction = (context: AppContext) =>
  threadReplyAction(context, (analysis) =>
    sensitivityMessage(
      analysis,
      tornado(analysis.inputs, analysis.uncertainty?.ranges ?? {}),
      cases(analysis.inputs),
    ),
  );
