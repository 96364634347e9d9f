/** The evaluation harness: gold files, scoring, reports. */
export { parseGold, goldSchema, type Gold, type GoldEntity, type GoldRelation, type GoldEvent } from './gold.js';
export { loadGoldCase, listGoldFiles, normaliseDocumentText, type GoldCase } from './load-gold.js';
export { score } from './score.js';
export { evaluateMany, type MacroReport } from './evaluate-many.js';
export { formatReport, formatMacro } from './format-report.js';
export { extractionToInterchange, type DocumentInfo, type Converted } from './extraction-to-interchange.js';
export type { EvalReport, Prf, Accuracy } from './report.js';
export { goldToInterchange } from './gold-to-interchange.js';
export { runGold, type GoldRun } from './run-gold.js';
