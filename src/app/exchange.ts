/**
 * Export and import of the `cellgraph/1` interchange format. Export gathers the
 * records (all, or what one document supports); import writes a validated file in
 * one transaction, so a bad file changes nothing.
 */
import type { Store, Transaction } from '../store/store.js';
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord } from '../core/records.js';
import { WorkbenchError } from '../core/errors.js';
import { nameKey } from '../resolution/normalise.js';
import { resolutionKeys } from '../resolution/keys.js';
import { toInterchange, parseInterchange, type Interchange } from '../interchange/index.js';
import { isStixBundle, ledgerToStix, stixToLedger, type StixBundle } from '../share/stix/index.js';

export async function exportLedger(store: Store, options: { document?: string } = {}): Promise<Interchange> {
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

export async function exportStix(store: Store, options: { document?: string; identity?: string } = {}): Promise<StixBundle> {
  const { documents, entities, claims, events } = await exportLedger(store, options);
  return ledgerToStix({ documents: [...documents], entities: [...entities], claims: [...claims], events: [...events] },
    options.identity ? { identity: { name: options.identity } } : {});
}

export type ImportFormat = 'auto' | 'cellgraph' | 'stix';

/**
 * Imports a cellgraph/1 file or a STIX 2.1 bundle (recognised by content unless
 * `format` says). STIX objects Cellgraph cannot map (malware, indicators…) are not
 * stored yet, so such a bundle is refused unless `dropUnmapped` accepts the loss.
 */
export async function importLedger(
  store: Store, raw: unknown, options: { format?: ImportFormat; dropUnmapped?: boolean } = {},
): Promise<ImportReport & { warnings: string[] }> {
  const format = options.format ?? 'auto';
  const stix = format === 'stix' || (format === 'auto' && isStixBundle(raw));
  if (!stix) {
    const data = parseInterchange(raw);
    return { ...(await store.transaction((tx) => writeInterchange(tx, data))), warnings: [] };
  }
  const { ledger, foreign, warnings } = stixToLedger(raw);
  if (foreign.length > 0 && !options.dropUnmapped) {
    const types = [...new Set(foreign.map((o) => o.type))].sort().join(', ');
    throw new WorkbenchError('unsupported', `${foreign.length} STIX objects cannot be mapped (${types}); pass --drop-unmapped to import the rest`);
  }
  const data = parseInterchange({ format: 'cellgraph/1', ...ledger });
  const report = await store.transaction((tx) => writeInterchange(tx, data));
  return { ...report, warnings: foreign.length ? [...warnings, `${foreign.length} unmapped STIX objects were not imported`] : warnings };
}

async function writeInterchange(tx: Transaction, data: Interchange): Promise<ImportReport> {
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
