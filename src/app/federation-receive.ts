/**
 * Receiving a signed bundle from a peer. The envelope is checked before anything is
 * read: it must be signed, by a known peer's key, and — when it is pushed to us — by
 * the peer whose token made the request. A refusal is audited (`refused`) and writes
 * nothing else. An accepted bundle is stored in one transaction, owned by the peer's
 * agency whatever the bundle says, and audited (`federation_receive`, with counts).
 *
 * Receiving is idempotent: a record already held unchanged is not written again (no
 * change-journal entry); a claim the origin has since graded or accepted is updated;
 * a record this server holds for another agency is never touched by a peer.
 */
import { appendAudit, recordAudit } from './audit.js';
import { keepForeign } from './exchange.js';
import type { Viewer } from '../access/policy.js';
import type { ClaimRecord, Evidence } from '../core/records.js';
import { WorkbenchError, type ErrorCode } from '../core/errors.js';
import { nameKey } from '../resolution/normalise.js';
import { resolutionKeys } from '../resolution/keys.js';
import { z } from 'zod';
import { claimSchema, documentSchema, entitySchema, eventSchema } from '../interchange/schema.js';
import { keyFingerprint, readEnvelope, verifyEnvelope, type Envelope } from '../share/federation/index.js';
import { isStixBundle, stixToLedger, type ImportResult } from '../share/stix/index.js';
import type { PeerRecord } from '../store/access.js';
import type { ClaimPatch, Store, Transaction } from '../store/store.js';

export interface RecordCounts {
  /** Records this server did not hold. */
  readonly added: number;
  /** Records held and changed by the bundle (a claim's status, new aliases or mentions…). */
  readonly updated: number;
  readonly unchanged: number;
  /** Records held for another agency, or clashing with a stored document: left as they were. */
  readonly refused: number;
}

export interface ReceiveReport {
  readonly peer: string;
  readonly bundle: string;
  readonly documents: RecordCounts;
  readonly entities: RecordCounts;
  readonly claims: RecordCounts;
  readonly events: RecordCounts;
  /** Other producers' objects stored (new or changed). */
  readonly kept: number;
  readonly warnings: string[];
}

/** Audits the refusal in a transaction of its own (the bundle is never opened) and throws. */
async function refuse(
  store: Store, actor: Viewer, why: string, detail: Record<string, string | number | boolean | null> = {}, code: ErrorCode = 'forbidden',
): Promise<never> {
  await recordAudit(store, { actor: actor.actor, agency: actor.agency, action: 'refused', detail: { attempt: 'federation_receive', why, ...detail } });
  throw new WorkbenchError(code, why, { audited: true });
}

/**
 * The inbox: an envelope pushed by a peer's server with a token this server issued
 * to that peer's agency. The signer must be the peer mapped to that agency.
 */
export async function receiveFromCaller(store: Store, caller: Viewer, body: unknown): Promise<ReceiveReport> {
  const envelope = readEnvelope(body);
  if (typeof envelope === 'string') return refuse(store, caller, envelope);
  const peer = (await store.listPeers()).find((p) => keyFingerprint(p.public_key) === envelope.signer);
  if (!peer) return refuse(store, caller, 'the bundle is signed by a key no peer of this server holds', { signer: envelope.signer.slice(0, 80) });
  if (!caller.operator && peer.agency !== caller.agency) {
    return refuse(store, caller, `the bundle is signed by peer ${peer.name}, not by the server of agency ${caller.agency}`, { peer: peer.id });
  }
  return receiveFromPeer(store, caller, peer, envelope);
}

/** Checks the signature against the peer's key, then stores the bundle (see the module comment). */
export async function receiveFromPeer(
  store: Store, actor: Viewer, peer: PeerRecord, envelope: Envelope, afterwards?: (tx: Transaction) => Promise<void>,
): Promise<ReceiveReport> {
  if (!verifyEnvelope(envelope, peer.public_key)) {
    return refuse(store, actor, `the bundle does not carry a valid signature of peer ${peer.name}`, { peer: peer.id });
  }
  if (!isStixBundle(envelope.bundle)) return refuse(store, actor, 'the signed content is not a STIX bundle', { peer: peer.id }, 'invalid_input');
  const imported = stixToLedger(envelope.bundle, { agency: peer.agency });
  const problem = invalidRecord(imported);
  if (problem) return refuse(store, actor, `bundle from peer ${peer.name}: ${problem}`, { peer: peer.id }, 'invalid_input');
  const bundleId = String(envelope.bundle.id);
  return store.transaction(async (tx) => {
    const report = await merge(tx, imported, peer);
    const out: ReceiveReport = { peer: peer.name, bundle: bundleId, ...report };
    await appendAudit(tx, {
      actor: actor.actor, agency: actor.agency, action: 'federation_receive', target: bundleId,
      detail: {
        peer: peer.id, peer_agency: peer.agency,
        ...flatten('documents', out.documents), ...flatten('entities', out.entities),
        ...flatten('claims', out.claims), ...flatten('events', out.events), kept: out.kept,
      },
    });
    if (afterwards) await afterwards(tx);
    return out;
  });
}

/**
 * The record schemas of the interchange format, without its whole-file checks: a bundle
 * is incremental, so its records may point at documents and entities sent earlier.
 */
const records = z.object({
  documents: z.array(documentSchema), entities: z.array(entitySchema), claims: z.array(claimSchema), events: z.array(eventSchema),
});

function invalidRecord(imported: ImportResult): string | null {
  const result = records.safeParse(imported.ledger);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const flatten = (kind: string, c: RecordCounts): Record<string, number> => ({
  [`${kind}_added`]: c.added, [`${kind}_updated`]: c.updated, [`${kind}_refused`]: c.refused,
});

class Counter {
  added = 0;
  updated = 0;
  unchanged = 0;
  refused = 0;
  get counts(): RecordCounts { return { added: this.added, updated: this.updated, unchanged: this.unchanged, refused: this.refused }; }
}

/** The analyst-editable fields of a claim that differ between what we hold and what the peer sent. */
function claimPatch(held: ClaimRecord, sent: ClaimRecord): ClaimPatch {
  const patch: { -readonly [K in keyof ClaimPatch]: ClaimPatch[K] } = {};
  if (held.status !== sent.status) patch.status = sent.status;
  if (held.confidence !== sent.confidence) patch.confidence = sent.confidence;
  if (held.credibility !== sent.credibility) patch.credibility = sent.credibility;
  if (held.valid_from !== sent.valid_from) patch.valid_from = sent.valid_from;
  if (held.valid_to !== sent.valid_to) patch.valid_to = sent.valid_to;
  if (held.negated !== sent.negated) patch.negated = sent.negated;
  if (held.former !== sent.former) patch.former = sent.former;
  return patch;
}

async function merge(tx: Transaction, imported: ImportResult, peer: PeerRecord): Promise<Omit<ReceiveReport, 'peer' | 'bundle'>> {
  const { ledger } = imported;
  const warnings = [...imported.warnings];
  const docs = new Counter();
  const ents = new Counter();
  const clms = new Counter();
  const evts = new Counter();

  const known = new Map<string, boolean>();
  const held = async (doc: string): Promise<boolean> => {
    if (!known.has(doc)) known.set(doc, (await tx.getDocument(doc)) !== null);
    return known.get(doc)!;
  };
  /** Evidence into documents this server does not hold cannot be stored (the offsets point nowhere). */
  const storable = async (evidence: readonly Evidence[], owner: string): Promise<Evidence[]> => {
    const out: Evidence[] = [];
    for (const ev of evidence) if (await held(ev.document)) out.push(ev);
    if (out.length < evidence.length) warnings.push(`${owner}: ${evidence.length - out.length} evidence quotes point into documents not received; dropped`);
    return out;
  };

  for (const d of ledger.documents) {
    const stored = await tx.getDocument(d.id);
    if (stored) {
      if (stored.agency !== peer.agency) { docs.refused += 1; continue; }
      if (stored.reliability !== d.reliability) { await tx.setDocumentReliability(d.id, d.reliability); docs.updated += 1; } else docs.unchanged += 1;
      continue;
    }
    const twin = await tx.findDocumentBySha(d.sha256);
    if (twin) { docs.refused += 1; warnings.push(`document ${d.id} is held here as ${twin.id} (same text); not stored twice`); continue; }
    await tx.insertDocument(d);
    known.set(d.id, true);
    docs.added += 1;
  }

  for (const e of ledger.entities) {
    const { mentions, ...record } = e;
    const stored = await tx.getEntity(e.id);
    const fresh = [];
    const seen = new Set((stored?.mentions ?? []).map((m) => `${m.document}:${m.start}:${m.end}`));
    for (const m of mentions) if (!seen.has(`${m.document}:${m.start}:${m.end}`) && (await held(m.document))) fresh.push(m);
    if (!stored) {
      await tx.insertEntity({ ...record, keys: resolutionKeys(e.type, [e.name, ...e.aliases]) });
      if (fresh.length) await tx.insertMentions(e.id, fresh);
      ents.added += 1;
      continue;
    }
    const names = new Set([stored.name, ...stored.aliases]);
    const aliases = [...new Set([e.name, ...e.aliases])].filter((a) => !names.has(a));
    if (aliases.length) await tx.addAliases(stored.id, aliases.map((alias) => ({ alias, key: nameKey(alias) })));
    if (fresh.length) await tx.insertMentions(stored.id, fresh);
    if (aliases.length || fresh.length) ents.updated += 1; else ents.unchanged += 1;
  }

  for (const c of ledger.claims) {
    const stored = await tx.getClaim(c.id);
    if (!stored) {
      await tx.insertClaim({ ...c, evidence: await storable(c.evidence, `claim ${c.id}`) });
      clms.added += 1;
      continue;
    }
    if (stored.agency !== peer.agency) { clms.refused += 1; continue; }
    const patch = claimPatch(stored, c);
    if (Object.keys(patch).length) { await tx.updateClaim(c.id, patch); clms.updated += 1; } else clms.unchanged += 1;
  }

  for (const e of ledger.events) {
    const stored = await tx.getEvent(e.id);
    if (!stored) {
      await tx.insertEvent({ ...e, evidence: await storable(e.evidence, `event ${e.id}`) });
      evts.added += 1;
    } else if (stored.agency !== peer.agency) evts.refused += 1;
    else evts.unchanged += 1;
  }

  const kept = await keepForeign(tx, imported.foreign, (o) => imported.foreignOwners.get(o.id) ?? { marking: 'TLP:CLEAR', agency: peer.agency });
  return { documents: docs.counts, entities: ents.counts, claims: clms.counts, events: evts.counts, kept, warnings };
}
