/**
 * The access side of `migrate`: agencies, accounts, agreements, the audit log, peers,
 * settings and foreign objects, read from one store and written verbatim into another
 * inside the caller's transaction. Sessions stay behind on purpose: a session is a
 * login on one server, and moving engines is a good moment to make everyone log in.
 */
import { canonicalJson } from '../core/canonical-json.js';
import { LOCAL_AGENCY } from '../model/access.js';
import type {
  AccessReader, AgencyRecord, AgreementRecord, ForeignObject, PeerRecord, TokenRecord, UserRecord,
} from '../store/access.js';
import type { Transaction } from '../store/store.js';

const AUDIT_PAGE = 1000;
import { SETTING_KEYS } from './federation-keys.js';

/**
 * Everything but sessions, the change journal and the audit log (copied and compared
 * page by page, as it can be long), each table in its store's own listing order.
 */
export interface AccessSnapshot {
  readonly agencies: readonly AgencyRecord[];
  readonly users: readonly UserRecord[];
  readonly tokens: readonly TokenRecord[];
  /** Newest first, as `listAgreements` gives them. */
  readonly agreements: readonly AgreementRecord[];
  readonly peers: readonly PeerRecord[];
  readonly settings: Readonly<Record<string, string>>;
  readonly foreign: readonly ForeignObject[];
}

export type AccessTable = keyof AccessSnapshot;

type SnapshotReader = Pick<AccessReader,
  'listAgencies' | 'listUsers' | 'listTokens' | 'listAgreements' | 'listPeers' | 'getSetting' | 'listForeignObjects'>;

export async function readAccess(store: SnapshotReader): Promise<AccessSnapshot> {
  const settings: Record<string, string> = {};
  for (const key of SETTING_KEYS) {
    const value = await store.getSetting(key);
    if (value !== null) settings[key] = value;
  }
  return {
    agencies: await store.listAgencies(),
    users: await store.listUsers(),
    tokens: await store.listTokens(),
    agreements: await store.listAgreements(),
    peers: await store.listPeers(),
    settings,
    foreign: await store.listForeignObjects(),
  };
}

/** True when the tables hold nothing but what a freshly created store does (the local agency). */
export function holdsNothing(snapshot: AccessSnapshot): boolean {
  return snapshot.agencies.every((a) => a.id === LOCAL_AGENCY)
    && snapshot.users.length === 0 && snapshot.tokens.length === 0 && snapshot.agreements.length === 0
    && snapshot.peers.length === 0 && snapshot.foreign.length === 0
    && Object.keys(snapshot.settings).length === 0;
}

/**
 * Writes the snapshot row by row in each table's order, so the target lists them as
 * the source did. The target made its own local agency row when it was created; that
 * row is kept (only its creation time differs, see `expectedOnTarget`).
 */
export async function writeAccess(tx: Transaction, source: AccessSnapshot): Promise<void> {
  const held = new Set((await tx.listAgencies()).map((a) => a.id));
  for (const agency of source.agencies) if (!held.has(agency.id)) await tx.insertAgency(agency);
  for (const user of source.users) await tx.insertUser(user);
  for (const token of source.tokens) await tx.insertToken(token);
  for (const agreement of [...source.agreements].reverse()) await tx.insertAgreement(agreement);
  for (const peer of source.peers) await tx.insertPeer(withResetPush(peer));
  for (const [key, value] of Object.entries(source.settings)) await tx.setSetting(key, value);
  for (const object of source.foreign) await tx.putForeignObject(object);
}

/**
 * A peer's pushed_seq counts changes in the SOURCE's journal. The target's journal is
 * rebuilt by the inserts (documents, then entities, claims, events, foreign objects),
 * so its seqs follow neither the source's order nor its numbering (the source's has
 * gaps wherever a record changed twice); no target seq means "everything up to the
 * source's N". Zero is the only cursor that is right: the next push re-sends
 * everything, which receivers take idempotently. pulled_seq counts the PEER's journal,
 * which the move does not touch, so it is kept.
 */
function withResetPush(peer: PeerRecord): PeerRecord {
  return { ...peer, pushed_seq: 0 };
}

/** What the target must list after the copy: the source, with the two deliberate differences. */
export function expectedOnTarget(source: AccessSnapshot, targetLocal: AgencyRecord | undefined): AccessSnapshot {
  return {
    ...source,
    agencies: source.agencies.map((a) => (a.id === LOCAL_AGENCY && targetLocal ? { ...a, created_at: targetLocal.created_at } : a)),
    peers: source.peers.map(withResetPush),
  };
}

/** The tables whose canonical JSON differs, in snapshot order (empty when the copy is exact). */
export function differingTables(expected: AccessSnapshot, actual: AccessSnapshot): AccessTable[] {
  const tables = Object.keys(expected) as AccessTable[];
  return tables.filter((t) => canonicalJson(expected[t]) !== canonicalJson(actual[t]));
}

type AuditReader = Pick<AccessReader, 'listAudit'>;

/** Appends every source entry with its own seq, time and hashes: the chain is copied, not re-signed. */
export async function copyAudit(source: AuditReader, tx: Transaction): Promise<number> {
  let after = 0;
  let copied = 0;
  for (;;) {
    const page = await source.listAudit({ after, limit: AUDIT_PAGE });
    for (const entry of page) await tx.appendAudit(entry);
    copied += page.length;
    if (page.length < AUDIT_PAGE) return copied;
    after = page[page.length - 1]!.seq;
  }
}

/** True when both logs hold the same entries, field for field. */
export async function sameAudit(a: AuditReader, b: AuditReader): Promise<boolean> {
  let after = 0;
  for (;;) {
    const [left, right] = [await a.listAudit({ after, limit: AUDIT_PAGE }), await b.listAudit({ after, limit: AUDIT_PAGE })];
    if (canonicalJson(left) !== canonicalJson(right)) return false;
    if (left.length < AUDIT_PAGE) return true;
    after = left[left.length - 1]!.seq;
  }
}
