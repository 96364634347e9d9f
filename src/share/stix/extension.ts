/**
 * Cellgraph's own STIX extension: one `extension-definition` (property extension)
 * under which every object we export carries what STIX has no place for (evidence
 * offsets and quotes, Admiralty grading, status, negation, partial dates, mentions,
 * document text), so Cellgraph → STIX → Cellgraph loses nothing. docs/stix.md
 * describes the properties.
 */
import { EPOCH } from './ids.js';
import type { StixObject } from './types.js';
import { isObject } from './types.js';

export const CELLGRAPH_EXTENSION_ID = 'extension-definition--2e0878c1-4616-5d11-a657-7de4b2a04298';
export const CELLGRAPH_EXTENSION_SCHEMA = 'https://github.com/cellgraph/cellgraph/blob/main/docs/stix.md';

export type RecordKind = 'entity' | 'document' | 'claim' | 'event' | 'event_role' | 'claim_note' | 'event_note';

export type ExtensionBag = Record<string, unknown> & { record_type: RecordKind };

export function extensionDefinition(createdBy?: string): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: CELLGRAPH_EXTENSION_ID,
    created: EPOCH,
    modified: EPOCH,
    ...(createdBy ? { created_by_ref: createdBy } : {}),
    name: 'Cellgraph claim ledger',
    description: 'Cellgraph ledger fields that STIX 2.1 has no property for: record ids, entity types, '
      + 'mentions, evidence offsets and quotes, Admiralty grading, claim status and negation, partial dates, '
      + 'event roles and counts, document text.',
    schema: CELLGRAPH_EXTENSION_SCHEMA,
    version: '1.0.0',
    extension_types: ['property-extension'],
  };
}

/**
 * Drops nulls, undefined, empty arrays and empty objects: the STIX property rules reject
 * null and empty lists, and the importer restores the defaults.
 */
export function compact(bag: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(bag)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isObject(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

export function withExtension(bag: ExtensionBag): Record<string, unknown> {
  return { [CELLGRAPH_EXTENSION_ID]: { extension_type: 'property-extension', ...compact(bag) } };
}

/** Our extension bag on an object, or null when another producer made it. */
export function extensionOf(o: StixObject): ExtensionBag | null {
  const exts = o.extensions;
  if (!isObject(exts)) return null;
  const bag = exts[CELLGRAPH_EXTENSION_ID];
  return isObject(bag) && typeof bag.record_type === 'string' ? (bag as ExtensionBag) : null;
}

/** A copy of the object without our extension (and without `extensions` if it is left empty). */
export function withoutOurExtension(o: StixObject): StixObject {
  if (!isObject(o.extensions) || !(CELLGRAPH_EXTENSION_ID in o.extensions)) return o;
  const rest = { ...o.extensions };
  delete rest[CELLGRAPH_EXTENSION_ID];
  const copy: StixObject = { ...o };
  if (Object.keys(rest).length) copy.extensions = rest; else delete copy.extensions;
  return copy;
}

// Typed readers for bags that may come from a file someone edited.
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const bool = (v: unknown): boolean => v === true;
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
