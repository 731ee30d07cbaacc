/** The pure fine-tuning ROI model: no Slack, no I/O. Every surface imports from here. */
export {
  type AnalyseOptions,
  type Analysis,
  analyse,
  breakEvenDate,
  DAYS_PER_MONTH,
  evaluate,
} from './analyse.ts';
export * from './estimators.ts';
export { acceptedForm, FIELD_BY_KEY, FIELDS, type FieldSpec, KEY_BY_NAME } from './fields.ts';
export { parseFieldValue, parseInline } from './inline.ts';
export { CASH_FLOW_MONTHS, type CoreFigures, computeCore, type MonthFlow } from './model.ts';
export { applyOverrides } from './overrides.ts';
export { findPreset, PRESET_IDS, PRESETS, type Preset } from './presets.ts';
export {
  type ApiModelPrice,
  emptyPriceBook,
  type GpuPrice,
  type PriceBook,
  type PricedFigure,
} from './priceBook.ts';
export { type PriceUse, type ResolvedScenario, resolveScenario } from './resolve.ts';
export type { FieldIssue, Result } from './result.ts';
export { isRange, pointValue, type Rangeable, type Scenario } from './scenario.ts';
export { validateScenario } from './schema.ts';
export { type Case, cases, type TornadoRow, tornado } from './sensitivity.ts';
export { type Uncertainty, uncertainty } from './uncertainty.ts';
export { parseHumanBoolean, parseHumanNumber, parseHumanRange } from './values.ts';
export * from './verdict.ts';
