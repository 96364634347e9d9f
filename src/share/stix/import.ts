/**
 * STIX 2.1 bundle → ledger records. Objects carrying Cellgraph's extension come back
 * exactly; other producers' objects are mapped as far as they go and also kept
 * verbatim in `foreign`, so an export given them back loses nothing.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Marking } from '../../model/ontology.js';
import { CELLGRAPH_EXTENSION_ID, extensionOf, withoutOurExtension, type ExtensionBag } from './extension.js';
import { claimFromBag, documentFromBag, entityFromBag, eventFromBag } from './import-own.js';
import { foreignClaim, foreignDocument, foreignEntity } from './import-foreign.js';
import { isTlp2Id, markingTable, tlpOf, TLP2_EXTENSION_ID } from './markings.js';
import type { ImportOptions, ImportResult, Ledger, Owner, StixObject } from './types.js';
import { LOCAL_AGENCY } from '../../model/access.js';
import { isObject } from './types.js';

/** Content sniffing for `cellgraph import`: a STIX bundle says `"type": "bundle"`. */
export function isStixBundle(json: unknown): boolean {
  return isObject(json) && json.type === 'bundle' && typeof json.id === 'string' && json.id.startsWith('bundle--');
}

/** Objects we write ourselves from the ledger and so never keep. */
const DERIVED = new Set(['event_role', 'claim_note', 'event_note']);

export function stixToLedger(bundle: unknown, options: ImportOptions = {}): ImportResult {
  if (!isStixBundle(bundle)) throw new WorkbenchError('invalid_input', 'not a STIX bundle (expected "type": "bundle" and a bundle-- id)');
  const defaultMarking = options.defaultMarking ?? 'TLP:CLEAR';
  const warnings: string[] = [];
  const warn = (w: string): void => { warnings.push(w); };
  const raw = (bundle as { objects?: unknown }).objects;
  const objects: StixObject[] = [];
  for (const o of Array.isArray(raw) ? raw : []) {
    if (isObject(o) && typeof o.type === 'string' && typeof o.id === 'string') objects.push(o as StixObject);
    else warn('skipped an object without a string type and id');
  }
  const table = markingTable(objects, warn);
  const markingOf = (o: StixObject): Marking => tlpOf(o, table) ?? defaultMarking;
  const ownerOf = (o: StixObject, bag?: ExtensionBag): Owner => ({
    marking: markingOf(o),
    agency: options.agency ?? (typeof bag?.agency === 'string' && bag.agency ? bag.agency : LOCAL_AGENCY),
  });
  // Producers (identities others cite as created_by_ref) describe who wrote the data, not its subject.
  const producers = new Set(objects.map((o) => o.created_by_ref).filter((r): r is string => typeof r === 'string'));

  const ledger: Ledger = { documents: [], entities: [], claims: [], events: [] };
  const foreign: StixObject[] = [];
  const foreignOwners = new Map<string, Owner>();
  /** Keeps an object verbatim, with the marking and owner it is stored under. */
  const keep = (o: StixObject, owner: Owner): void => { foreign.push(o); foreignOwners.set(o.id, owner); };
  const entityOf = new Map<string, string>();
  const seen = new Set<string>();
  const pending: StixObject[] = [];
  const unmapped = new Map<string, number>();

  for (const o of objects) {
    if (seen.has(o.id)) { warn(`${o.id}: duplicate id, later copy ignored`); continue; }
    seen.add(o.id);
    if (o.type === 'marking-definition' && isTlp2Id(o.id)) continue;
    if (o.id === CELLGRAPH_EXTENSION_ID || o.id === TLP2_EXTENSION_ID) continue;
    const bag = extensionOf(o);
    if (bag) { readOwn(o, bag); continue; }
    keep(o, ownerOf(o));
    if (o.type === 'relationship') { pending.push(o); continue; }
    if (o.type === 'report') { ledger.documents.push(foreignDocument(o, ownerOf(o))); continue; }
    const entity = producers.has(o.id) ? null : foreignEntity(o);
    if (entity) { ledger.entities.push(entity); entityOf.set(o.id, entity.id); continue; }
    unmapped.set(o.type, (unmapped.get(o.type) ?? 0) + 1);
  }
  for (const o of pending) {
    const claim = foreignClaim(o, entityOf, ownerOf(o));
    if (claim) ledger.claims.push(claim);
    else unmapped.set(`relationship (${String(o.relationship_type)})`, (unmapped.get(`relationship (${String(o.relationship_type)})`) ?? 0) + 1);
  }
  if (unmapped.size) {
    const parts = [...unmapped].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${n} ${t}`);
    warn(`kept without mapping (re-emitted on export): ${parts.join(', ')}`);
  }
  return { ledger, foreign, foreignOwners, warnings };

  function readOwn(o: StixObject, bag: ExtensionBag): void {
    if (DERIVED.has(bag.record_type)) return;
    const problem = place(o, bag);
    if (problem) { warn(`${o.id}: ${problem}; kept as a foreign object`); keep(o, ownerOf(o, bag)); return; }
    if (bag.foreign === true) keep(withoutOurExtension(o), ownerOf(o, bag));
    else if (hasAdditions(o)) keep(o, ownerOf(o, bag));
  }

  /** Adds the record the bag describes to the ledger; returns what is wrong with it otherwise. */
  function place(o: StixObject, bag: ExtensionBag): string | null {
    switch (bag.record_type) {
      case 'entity': {
        const r = entityFromBag(bag, o.name);
        if (typeof r === 'string') return r;
        ledger.entities.push(r);
        entityOf.set(o.id, r.id);
        return null;
      }
      case 'document': {
        const r = documentFromBag(bag, ownerOf(o, bag));
        if (typeof r === 'string') return r;
        ledger.documents.push(r);
        return null;
      }
      case 'claim': {
        const r = claimFromBag(bag, ownerOf(o, bag));
        if (typeof r === 'string') return r;
        ledger.claims.push(r);
        return null;
      }
      case 'event': {
        const r = eventFromBag(bag, ownerOf(o, bag));
        if (typeof r === 'string') return r;
        ledger.events.push(r);
        return null;
      }
      default:
        return `unknown record_type "${String(bag.record_type)}"`;
    }
  }
}

/** Custom properties or other extensions another tool added to one of our objects. */
function hasAdditions(o: StixObject): boolean {
  if (Object.keys(o).some((k) => k.startsWith('x_'))) return true;
  return isObject(o.extensions) && Object.keys(o.extensions).some((k) => k !== CELLGRAPH_EXTENSION_ID);
}
