/** Pure text renderers for the CLI: analysis → report, and the help, presets and prices listings. */
export { type ReportOptions, renderReport } from './analysisReport.ts';
export { renderHelp } from './help.ts';
export { inlineForm } from './inlineForm.ts';
export { issueLines } from './issues.ts';
export { renderPresets } from './presets.ts';
export { renderPrices } from './prices.ts';
export { warningText } from './warnings.ts';
