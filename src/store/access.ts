/**
 * The access part of the storage port: agencies, users, API tokens, sessions,
 * sharing agreements, the audit log, federation peers, foreign STIX objects kept
 * verbatim, and the change journal that makes federation incremental. Both engines
 * implement it and pass the same contract suite.
 */
import type { Marking } from '../model/ontology.js';
import type { UserRole } from '../model/access.js';

export interface AgencyRecord {
  /** Short stable id, e.g. `ctd-punjab`; the owner of records. */
  readonly id: string;
  readonly name: string;
  readonly created_at: string;
}

export interface UserRecord {
  readonly id: string;
  /** Login name, unique in the store. */
  readonly name: string;
  readonly agency: string;
  readonly role: UserRole;
  /** argon2id PHC string; null for machine users that only hold tokens. */
  readonly password_hash: string | null;
  readonly created_at: string;
  readonly disabled_at: string | null;
}

export interface TokenRecord {
  readonly id: string;
  readonly user: string;
  readonly label: string;
  /** sha256 hex of the secret; the secret itself is shown once and never stored. */
  readonly hash: string;
  readonly created_at: string;
  readonly expires_at: string | null;
  readonly revoked_at: string | null;
}

export interface SessionRecord {
  /** sha256 hex of the cookie value. */
  readonly hash: string;
  readonly user: string;
  /** The CSRF token bound to this session. */
  readonly csrf: string;
  readonly created_at: string;
  readonly expires_at: string;
}

/** `from` agency shares records carrying one of `markings` with `to`. */
export interface AgreementRecord {
  readonly id: string;
  readonly from_agency: string;
  readonly to_agency: string;
  readonly markings: readonly Marking[];
  readonly created_by: string;
  readonly created_at: string;
  readonly revoked_at: string | null;
}

/** One entry of the append-only, hash-chained audit log. */
export interface AuditEntry {
  /** 1, 2, 3… with no gaps. */
  readonly seq: number;
  readonly at: string;
  /** User id, `cli:<login>`, `peer:<id>` or `anonymous`. */
  readonly actor: string;
  readonly agency: string | null;
  /** e.g. `login`, `login_failed`, `read`, `edit`, `merge`, `share`, `export`, `refused`, `refused_burst` (many anonymous refusals from one address, counted). */
  readonly action: string;
  /** The record or object acted on, when there is one. */
  readonly target: string | null;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
  /** Hash of the previous entry (64 zeros for the first). */
  readonly prev_hash: string;
  /** sha256 over the canonical JSON of every field above. */
  readonly hash: string;
}

/** Another Cellgraph server this one exchanges signed bundles with. */
export interface PeerRecord {
  readonly id: string;
  readonly name: string;
  /** The local agency id under which this peer's records are stored and to which our agreements apply. */
  readonly agency: string;
  /** Base URL, e.g. `http://127.0.0.1:8081`. */
  readonly url: string;
  /** The peer's Ed25519 public key, SPKI PEM. */
  readonly public_key: string;
  /** Bearer token the peer issued to us, for pushing and pulling; null if we only receive. */
  readonly token: string | null;
  /** Highest change seq of the peer we have pulled, and of ours we have pushed. */
  readonly pulled_seq: number;
  readonly pushed_seq: number;
  readonly created_at: string;
}

/** A STIX object from another tool that Cellgraph cannot map; kept verbatim and written back out on export. */
export interface ForeignObject {
  readonly id: string;
  readonly type: string;
  /** The object exactly as received (JSON text). */
  readonly json: string;
  readonly agency: string;
  readonly marking: Marking;
}

/** One entry of the change journal: record `id` of `kind` was inserted or changed. */
export interface ChangeEntry {
  readonly seq: number;
  readonly kind: 'document' | 'entity' | 'claim' | 'event' | 'foreign';
  readonly id: string;
}

export interface AccessReader {
  getAgency(id: string): Promise<AgencyRecord | null>;
  listAgencies(): Promise<AgencyRecord[]>;
  getUser(id: string): Promise<UserRecord | null>;
  findUserByName(name: string): Promise<UserRecord | null>;
  listUsers(agency?: string): Promise<UserRecord[]>;
  findTokenByHash(hash: string): Promise<TokenRecord | null>;
  listTokens(user?: string): Promise<TokenRecord[]>;
  getSession(hash: string): Promise<SessionRecord | null>;
  /** Agreements, newest first; `active` keeps the unrevoked ones. */
  listAgreements(filter?: { readonly from?: string; readonly to?: string; readonly active?: boolean }): Promise<AgreementRecord[]>;
  /** Entries with seq > `after`, in seq order. */
  listAudit(options?: { readonly after?: number; readonly limit?: number }): Promise<AuditEntry[]>;
  lastAudit(): Promise<AuditEntry | null>;
  getPeer(id: string): Promise<PeerRecord | null>;
  listPeers(): Promise<PeerRecord[]>;
  listForeignObjects(): Promise<ForeignObject[]>;
  /** Journal entries with seq > `after`, in seq order (one per record: its latest change). */
  listChanges(after: number, limit?: number): Promise<ChangeEntry[]>;
  /** Highest journal seq, 0 when empty. */
  lastChange(): Promise<number>;
  /** Every (canonical entity, document) pair with a mention: how the policy learns which entities a viewer may see. */
  mentionDocuments(): Promise<Array<{ readonly entity: string; readonly document: string }>>;
  /** A store-wide setting (server key pair, …). */
  getSetting(key: string): Promise<string | null>;
}

export interface AccessWriter {
  insertAgency(agency: AgencyRecord): Promise<void>;
  insertUser(user: UserRecord): Promise<void>;
  updateUser(id: string, patch: { readonly role?: UserRecord['role']; readonly password_hash?: string | null; readonly disabled_at?: string | null }): Promise<void>;
  insertToken(token: TokenRecord): Promise<void>;
  revokeToken(id: string, at: string): Promise<void>;
  insertSession(session: SessionRecord): Promise<void>;
  deleteSession(hash: string): Promise<void>;
  insertAgreement(agreement: AgreementRecord): Promise<void>;
  revokeAgreement(id: string, at: string): Promise<void>;
  /** Appends one entry; the caller computed its hash over the last entry's (see access/audit-chain.ts). */
  appendAudit(entry: AuditEntry): Promise<void>;
  insertPeer(peer: PeerRecord): Promise<void>;
  updatePeer(id: string, patch: { readonly url?: string; readonly public_key?: string; readonly token?: string | null; readonly pulled_seq?: number; readonly pushed_seq?: number }): Promise<void>;
  deletePeer(id: string): Promise<void>;
  /** Inserts or replaces a foreign object by id. */
  putForeignObject(object: ForeignObject): Promise<void>;
  setSetting(key: string, value: string): Promise<void>;
}
