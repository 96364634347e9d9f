/**
 * The outbox: what one partner agency may receive from this server, changed after a
 * cursor, as a signed STIX bundle. What goes in is decided by the policy alone: every
 * record is read through the viewer's ledger (the visible ledger of the partner's
 * agency), so a revoked agreement leaves nothing to send. Records the partner's own
 * agency owns are never echoed back to it.
 *
 * The change journal makes it incremental: a page covers the journal entries after
 * `since`, and its cursor is the last seq it covered. A bundle is self-contained: each
 * claim and event travels with its entities and the documents of its evidence (ones
 * the partner may see), so the receiver can store it whatever it already holds.
 */
import type { Viewer } from '../access/policy.js';
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence } from '../core/records.js';
import { signBundle, type Envelope } from '../share/federation/index.js';
import { foreignRecordId, ledgerToStix, type StixObject } from '../share/stix/index.js';
import type { LedgerQueries, Store } from '../store/store.js';
import { parseKept } from './exchange.js';
import { serverKeys } from './federation-keys.js';

/** Journal entries one page covers: a bundle stays a few megabytes at most. */
export const OUTBOX_PAGE = 200;

export interface BundleCounts {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly events: number;
  /** Other producers' STIX objects, kept verbatim. */
  readonly kept: number;
}

export interface OutboxPage {
  readonly envelope: Envelope;
  /** The highest journal seq this page covered: the `since` of the next request. */
  readonly cursor: number;
  /** Whether the journal holds more after `cursor`. */
  readonly more: boolean;
  readonly counts: BundleCounts;
}

export async function buildOutbox(
  store: Store, ledger: LedgerQueries, viewer: Viewer, since: number, limit = OUTBOX_PAGE,
): Promise<OutboxPage> {
  const changes = await store.listChanges(since, limit);
  const mine = (r: { agency: string }): boolean => r.agency === viewer.agency;
  // The ledger is the caller's policy-filtered view, kept STIX objects included.
  const kept = new Map((await ledger.listForeignObjects()).filter((o) => !mine(o)).map((o) => [o.id, o]));
  const visibleDocs = new Map((await ledger.listDocuments()).map((d) => [d.id, d]));

  const documents = new Map<string, DocumentRecord>();
  const entities = new Map<string, EntityRecord>();
  const claims = new Map<string, ClaimRecord>();
  const events = new Map<string, EventRecord>();
  const changedKept: StixObject[] = [];

  const addDocument = async (id: string): Promise<void> => {
    const summary = visibleDocs.get(id);
    if (!summary || mine(summary) || documents.has(id)) return;
    const doc = await ledger.getDocument(id);
    if (doc) documents.set(id, doc);
  };
  const entity = async (id: string): Promise<EntityRecord | null> => {
    const held = entities.get(id);
    if (held) return held;
    const e = await ledger.getEntity(id);
    // A merged-away id resolves to another entity: the record would not match the reference.
    if (!e || e.id !== id) return null;
    const trimmed = { ...e, mentions: e.mentions.filter((m) => visibleDocs.has(m.document)) };
    entities.set(id, trimmed);
    return trimmed;
  };
  const visibleEvidence = (evidence: readonly Evidence[]): Evidence[] => evidence.filter((ev) => visibleDocs.has(ev.document));

  for (const change of changes) {
    switch (change.kind) {
      case 'document':
        await addDocument(change.id);
        break;
      case 'entity': {
        // Sent alone only when a document the caller does not own names it; an entity the
        // caller sees through its own records alone would be an echo (and carries no names).
        const e = await ledger.getEntity(change.id);
        if (e?.mentions.some((m) => { const d = visibleDocs.get(m.document); return d !== undefined && !mine(d); })) await entity(change.id);
        break;
      }
      case 'claim': {
        const c = await ledger.getClaim(change.id);
        if (!c || mine(c)) break;
        if (!(await entity(c.subject)) || !(await entity(c.object))) break;
        claims.set(c.id, { ...c, evidence: visibleEvidence(c.evidence) });
        break;
      }
      case 'event': {
        const e = await ledger.getEvent(change.id);
        if (!e || mine(e)) break;
        const refs = [...(e.place ? [e.place] : []), ...e.participants.map((p) => p.entity)];
        let complete = true;
        for (const id of refs) if (!(await entity(id))) complete = false;
        if (complete) events.set(e.id, { ...e, evidence: visibleEvidence(e.evidence) });
        break;
      }
      case 'foreign': {
        const o = kept.get(change.id);
        if (o) changedKept.push(parseKept(o));
        break;
      }
    }
  }
  for (const r of [...claims.values(), ...events.values()]) for (const ev of r.evidence) await addDocument(ev.document);

  const records = new Set([...documents.keys(), ...entities.keys(), ...claims.keys(), ...events.keys()]);
  // The originals of the records sent, so their STIX ids stay the ones their producer gave them.
  const originals = [...kept.values()].map(parseKept).filter((o) => records.has(foreignRecordId(o) ?? ''));
  const foreign = [...originals, ...changedKept.filter((o) => !originals.some((x) => x.id === o.id))];
  const bundle = ledgerToStix(
    { documents: [...documents.values()], entities: [...entities.values()], claims: [...claims.values()], events: [...events.values()] },
    { foreign },
  );
  const envelope = signBundle(bundle as unknown as Record<string, unknown>, await serverKeys(store));
  return {
    envelope,
    cursor: changes.length ? changes[changes.length - 1]!.seq : since,
    more: changes.length === limit,
    counts: { documents: documents.size, entities: entities.size, claims: claims.size, events: events.size, kept: changedKept.length },
  };
}
