/**
 * Shapes shared by the STIX 2.1 exporter and importer. STIX objects stay loosely typed
 * (a JSON object with `type` and `id`) because foreign bundles carry properties we do
 * not model and must hand back unchanged.
 */
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord } from '../../core/records.js';
import type { Marking } from '../../model/ontology.js';

/** The ledger as the `cellgraph/1` interchange holds it, without the format tag. */
export interface Ledger {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  events: EventRecord[];
}

export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface ExportOptions {
  /** The producing agency; when given, an identity object is emitted and set as `created_by_ref`. */
  identity?: { name: string; id?: string };
  /** Objects kept from earlier imports (`stixToLedger().foreign`), re-emitted unchanged. */
  foreign?: readonly StixObject[];
  /** Marking assumed for foreign objects that carry none (must match the import's option). */
  defaultMarking?: Marking;
}

export interface ImportOptions {
  /** Marking given to records made from foreign objects that carry no TLP marking. */
  defaultMarking?: Marking;
  /**
   * Owner of every imported record. Federation sets it to the sending peer's agency so a
   * bundle cannot claim to speak for anyone else; without it our own objects keep the
   * agency they carry and other producers' objects belong to the local agency.
   */
  agency?: string;
}

/** Marking and owning agency of one imported record. */
export interface Owner {
  readonly marking: Marking;
  readonly agency: string;
}

export interface ImportResult {
  ledger: Ledger;
  /** Objects from other producers, verbatim: pass them back as `ExportOptions.foreign`. */
  foreign: StixObject[];
  /** For each kept object (by STIX id): the marking and owning agency to store it under. */
  foreignOwners: ReadonlyMap<string, Owner>;
  warnings: string[];
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
