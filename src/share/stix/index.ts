/**
 * STIX 2.1 exchange: `ledgerToStix` and `stixToLedger` (pure; the CLI reads and writes
 * the files) and `isStixBundle` for content sniffing. See docs/stix.md.
 */
export { foreignRecordId, ledgerToStix } from './export.js';
export { isStixBundle, stixToLedger } from './import.js';
export { CELLGRAPH_EXTENSION_ID } from './extension.js';
export { TLP2_IDS } from './markings.js';
export type { ExportOptions, ImportOptions, ImportResult, Ledger, Owner, StixBundle, StixObject } from './types.js';
