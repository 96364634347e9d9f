/**
 * Event datasets (GTD, ACLED, UCDP GED): reading their CSV layouts into incidents,
 * writing ledger events back out in those layouts, and counting incidents for tables.
 * The import use case that writes incidents into the ledger is app/import-incidents.ts.
 */
export type { Incident, LayoutName } from './incident.js';
export { LAYOUTS, layoutNamed, type Layout } from './layouts/index.js';
export { detectLayout, parseIncidents, type ParseResult, type ParsedIncident, type RowProblem } from './parse.js';
export { eventToIncident, exportIncidents, formatIncidents, type EntityLite, type ExportOptions } from './export.js';
export {
  aggregateEvents, aggregateByGroup, aggregateByProvince, aggregateByType, aggregateToCsv, provinceOf,
  type AggregateBy, type AggregateOptions, type AggregateRow, type EntityForAggregates,
} from './aggregates.js';
export { eventTypeOf } from './event-type.js';
