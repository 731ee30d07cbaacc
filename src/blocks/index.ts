/** Pure renderers: analysis → Block Kit JSON. No Bolt, no I/O; listeners post what these return. */
export { breakdownMessage } from './breakdown.ts';
export { type CompareRow, compareMessage } from './compare.ts';
export { helpMessage, presetsMessage } from './help.ts';
export { appHome, type HomeOptions } from './home.ts';
export * from './ids.ts';
export { inputErrorsMessage } from './inputErrors.ts';
export {
  type ModalIssue,
  type ModalState,
  modalErrors,
  readModalRawText,
  readModalState,
  refinedModal,
  type ScenarioModalOptions,
  scenarioModal,
  type ViewStateValues,
} from './modal.ts';
export { sensitivityMessage } from './sensitivity.ts';
export { type Revision, type SummaryContext, summaryMessage } from './summary.ts';
export type { Message } from './text.ts';
