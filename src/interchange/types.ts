/**
 * The `cellgraph/1` file as a TypeScript type: the ledger records under a format tag.
 * Declared from the records rather than inferred from the schema, so the store, the
 * API and files share one definition (schema.ts is checked against it in parse.ts).
 */
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord } from '../core/records.js';

export interface Interchange {
  readonly format: 'cellgraph/1';
  readonly documents: readonly DocumentRecord[];
  readonly entities: readonly EntityRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
}

export interface InterchangeRecords {
  readonly documents: readonly DocumentRecord[];
  readonly entities: readonly EntityRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
}
