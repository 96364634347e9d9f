/**
 * Export and import of the `cellgraph/1` interchange format and of STIX 2.1 bundles.
 * Export gathers the records (all, or what one document supports); import writes a
 * validated file in one transaction, so a bad file changes nothing. STIX objects from
 * other producers are kept verbatim in the store (foreign objects) and written back
 * out on export, so a foreign bundle survives import and re-export whole.
 */
import type { LedgerQueries, Store, Transaction } from '../store/store.js';
import type { ForeignObject } from '../store/access.js';
import { LOCAL_AGENCY } from '../model/access.js';
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord } from '../core/records.js';
import { WorkbenchError } from '../core/errors.js';
import { nameKey } from '../resolution/normalise.js';
import { resolutionKeys } from '../resolution/keys.js';
import { toInterchange, parseInterchange, type Interchange } from '../interchange/index.js';
import {
  foreignRecordId, isStixBundle, ledgerToStix, stixToLedger, type Owner, type StixBundle, type StixObject,
} from '../share/stix/index.js';

export async function exportLedger(store: LedgerQueries, options: { document?: string } = {}): Promise<Interchange> {
  const docFilter = options.document;
  let documents: DocumentRecord[];
  if (docFilter) {
    const doc = await store.getDocument(docFilter);
    if (!doc) throw new WorkbenchError('not_found', `no document "${docFilter}"`);
    documents = [doc];
  } else {
    documents = [];
    for (const d of await store.listDocuments()) {
      const doc = await store.getDocument(d.id);
      if (doc) documents.push(doc);
    }
  }
  const claims: ClaimRecord[] = await store.listClaims(docFilter ? { document: docFilter } : {});
  const events: EventRecord[] = await store.listEvents(docFilter ? { document: docFilter } : {});

  const entityIds = new Set<string>();
  for (const e of await store.listEntities(docFilter ? { document: docFilter } : {})) entityIds.add(e.id);
  for (const c of claims) { entityIds.add(c.subject); entityIds.add(c.object); }
  for (const e of events) {
    if (e.place) entityIds.add(e.place);
    for (const p of e.participants) entityIds.add(p.entity);
  }
  const entities: EntityRecord[] = [];
  for (const id of entityIds) {
    const e = await store.getEntity(id);
    if (!e) continue;
    entities.push(docFilter ? { ...e, mentions: e.mentions.filter((m) => m.document === docFilter) } : e);
  }
  const keepEvidence = <T extends { evidence: readonly { document: string }[] }>(r: T): T =>
    docFilter ? { ...r, evidence: r.evidence.filter((ev) => ev.document === docFilter) } : r;
  return toInterchange({ documents, entities, claims: claims.map(keepEvidence), events: events.map(keepEvidence) });
}

export interface ImportReport {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly events: number;
  readonly skippedDocuments: number;
}

export interface StixExportOptions {
  /** Only what this document supports (kept objects: only the originals of exported records). */
  readonly document?: string;
  /** The producing organisation, named in an identity object and `created_by_ref`. */
  readonly identity?: string;
}

export async function exportStix(store: LedgerQueries, options: StixExportOptions = {}): Promise<StixBundle> {
  const { documents, entities, claims, events } = await exportLedger(store, options);
  const ledger = { documents: [...documents], entities: [...entities], claims: [...claims], events: [...events] };
  // Other producers' objects the viewer may see go back out with the records, as they came.
  let foreign: StixObject[] = (await store.listForeignObjects()).map(parseKept);
  if (options.document) {
    const exported = new Set([...documents, ...entities, ...claims, ...events].map((r) => r.id));
    foreign = foreign.filter((o) => exported.has(foreignRecordId(o) ?? ''));
  }
  return ledgerToStix(ledger, { ...(options.identity ? { identity: { name: options.identity } } : {}), foreign });
}

export function parseKept(o: ForeignObject): StixObject {
  try {
    return JSON.parse(o.json) as StixObject;
  } catch {
    throw new WorkbenchError('corrupt', `stored STIX object ${o.id} is not valid JSON`);
  }
}

export type ImportFormat = 'auto' | 'cellgraph' | 'stix';

export interface ImportOptions {
  readonly format?: ImportFormat;
  /**
   * Owner of everything imported. Without it a Cellgraph bundle keeps the agencies its
   * records carry and other producers' objects belong to the local agency; an import
   * on behalf of a user must set it, so nobody files records in another agency's name.
   */
  readonly agency?: string;
}

export interface LedgerImportReport extends ImportReport {
  /** STIX objects from other producers stored verbatim (new or changed). */
  readonly kept: number;
  readonly warnings: string[];
}

/**
 * Imports a cellgraph/1 file or a STIX 2.1 bundle (recognised by content unless
 * `format` says), in one transaction. STIX objects Cellgraph cannot map (malware,
 * indicators…) and the originals of the ones it maps are stored verbatim with their
 * marking, so `exportStix` gives them back.
 */
export async function importLedger(store: Store, raw: unknown, options: ImportOptions = {}): Promise<LedgerImportReport> {
  const format = options.format ?? 'auto';
  const stix = format === 'stix' || (format === 'auto' && isStixBundle(raw));
  if (!stix) {
    const data = parseInterchange(raw);
    const forced = options.agency ? withAgency(data, options.agency) : data;
    return { ...(await store.transaction((tx) => writeInterchange(tx, forced))), kept: 0, warnings: [] };
  }
  const { ledger, foreign, foreignOwners, warnings } = stixToLedger(raw, options.agency ? { agency: options.agency } : {});
  const data = parseInterchange({ format: 'cellgraph/1', ...ledger });
  const owner = { marking: 'TLP:CLEAR', agency: options.agency ?? LOCAL_AGENCY } as const;
  return store.transaction(async (tx) => {
    const report = await writeInterchange(tx, data);
    const kept = await keepForeign(tx, foreign, (o) => foreignOwners.get(o.id) ?? owner);
    return { ...report, kept, warnings };
  });
}

function withAgency(data: Interchange, agency: string): Interchange {
  return {
    ...data,
    documents: data.documents.map((d) => ({ ...d, agency })),
    claims: data.claims.map((c) => ({ ...c, agency })),
    events: data.events.map((e) => ({ ...e, agency })),
  };
}

/**
 * Stores foreign objects verbatim; returns how many were new or changed. One already
 * held with the same content is not rewritten (no change-journal entry), and one held
 * for another agency is left to it.
 */
export async function keepForeign(
  tx: Transaction, objects: readonly StixObject[], ownerOf: (o: StixObject) => Owner,
): Promise<number> {
  if (objects.length === 0) return 0;
  const held = new Map((await tx.listForeignObjects()).map((o) => [o.id, o]));
  let written = 0;
  for (const o of objects) {
    const owner = ownerOf(o);
    const json = JSON.stringify(o);
    const before = held.get(o.id);
    if (before && (before.agency !== owner.agency || (before.json === json && before.marking === owner.marking))) continue;
    await tx.putForeignObject({ id: o.id, type: o.type, json, agency: owner.agency, marking: owner.marking });
    written += 1;
  }
  return written;
}

/** Writes a parsed cellgraph/1 file inside the caller's transaction (import and migrate). */
export async function writeInterchange(tx: Transaction, data: Interchange): Promise<ImportReport> {
  let documents = 0;
  let skippedDocuments = 0;
  for (const d of data.documents) {
    const existing = await tx.findDocumentBySha(d.sha256);
    if (existing) {
      if (existing.id !== d.id) {
        throw new WorkbenchError('conflict', `document ${d.id} is already stored as ${existing.id} (same sha256)`);
      }
      skippedDocuments += 1;
      continue;
    }
    await tx.insertDocument(d);
    documents += 1;
  }
  let entities = 0;
  for (const e of data.entities) {
    const { mentions, ...record } = e;
    const stored = await tx.getEntity(e.id);
    if (!stored) {
      await tx.insertEntity({ ...record, keys: resolutionKeys(e.type, [e.name, ...e.aliases]) });
      entities += 1;
    } else {
      await tx.addAliases(stored.id, [e.name, ...e.aliases].map((alias) => ({ alias, key: nameKey(alias) })));
    }
    const known = new Set((stored?.mentions ?? []).map((m) => `${m.document}:${m.start}:${m.end}`));
    const fresh = mentions.filter((m) => !known.has(`${m.document}:${m.start}:${m.end}`));
    if (fresh.length > 0) await tx.insertMentions(stored?.id ?? e.id, fresh);
  }
  for (const c of data.claims) await tx.insertClaim(c);
  for (const e of data.events) await tx.insertEvent(e);
  return { documents, entities, claims: data.claims.length, events: data.events.length, skippedDocuments };
}
