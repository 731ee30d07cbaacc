/** The thread replies and ephemeral helpers, gathered for listeners that import them together. */
export { breakdownMessage } from './breakdown.ts';
export { type CompareRow, compareMessage } from './compare.ts';
export { helpMessage, presetsMessage, shortHelpMessage } from './help.ts';
export { appHome, type HomeOptions } from './home.ts';
export { inputErrorsMessage } from './inputErrors.ts';
export { sensitivityMessage } from './sensitivity.ts';
