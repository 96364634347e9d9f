/** The brief: a sourced briefing assembled from the ledger, and its renderers. */
export { buildBrief, type BriefInput } from './build-brief.js';
export { allStatements, type Brief, type Footnote, type Statement } from './brief-model.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml } from './render-html.js';
export { networkSvg, barChartSvg } from './svg.js';
