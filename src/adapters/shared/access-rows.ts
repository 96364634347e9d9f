/**
 * Columns and row-to-record mappings of the access tables (schema v3), shared by
 * both engines. Markings and audit details are stored as JSON text in both, so an
 * audit entry reads back byte for byte as it was hashed (jsonb would reorder keys).
 */
import type { Marking } from '../../model/ontology.js';
import type { UserRole } from '../../model/access.js';
import type {
  AgreementRecord, AuditEntry, ChangeEntry, ForeignObject, PeerRecord, SessionRecord, TokenRecord, UserRecord,
} from '../../store/access.js';

export const AGENCY_COLUMNS = 'id, name, created_at';

export const USER_COLUMNS = 'id, name, agency, role, password_hash, created_at, disabled_at';

export interface UserRow {
  id: string;
  name: string;
  agency: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export function userRecordOf(r: UserRow): UserRecord {
  return { ...r, role: r.role as UserRole };
}

export const TOKEN_COLUMNS = 'id, user_id, label, hash, created_at, expires_at, revoked_at';

export interface TokenRow {
  id: string;
  user_id: string;
  label: string;
  hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export function tokenRecordOf(r: TokenRow): TokenRecord {
  return {
    id: r.id, user: r.user_id, label: r.label, hash: r.hash,
    created_at: r.created_at, expires_at: r.expires_at, revoked_at: r.revoked_at,
  };
}

export const SESSION_COLUMNS = 'hash, user_id, csrf, created_at, expires_at';

export interface SessionRow {
  hash: string;
  user_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export function sessionRecordOf(r: SessionRow): SessionRecord {
  return { hash: r.hash, user: r.user_id, csrf: r.csrf, created_at: r.created_at, expires_at: r.expires_at };
}

export const AGREEMENT_COLUMNS = 'id, from_agency, to_agency, markings, created_by, created_at, revoked_at';

export interface AgreementRow {
  id: string;
  from_agency: string;
  to_agency: string;
  markings: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export function agreementRecordOf(r: AgreementRow): AgreementRecord {
  return { ...r, markings: JSON.parse(r.markings) as Marking[] };
}

export const AUDIT_COLUMNS = 'seq, at, actor, agency, action, target, detail, prev_hash, hash';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  agency: string | null;
  action: string;
  target: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export function auditEntryOf(r: AuditRow): AuditEntry {
  return { ...r, seq: Number(r.seq), detail: JSON.parse(r.detail) as AuditEntry['detail'] };
}

/** The values of an entry in AUDIT_COLUMNS order. */
export function auditValues(e: AuditEntry): unknown[] {
  return [e.seq, e.at, e.actor, e.agency, e.action, e.target, JSON.stringify(e.detail), e.prev_hash, e.hash];
}

export const PEER_COLUMNS = 'id, name, agency, url, public_key, token, pulled_seq, pushed_seq, created_at';

export interface PeerRow {
  id: string;
  name: string;
  agency: string;
  url: string;
  public_key: string;
  token: string | null;
  pulled_seq: number;
  pushed_seq: number;
  created_at: string;
}

export function peerRecordOf(r: PeerRow): PeerRecord {
  return { ...r, pulled_seq: Number(r.pulled_seq), pushed_seq: Number(r.pushed_seq) };
}

export const FOREIGN_COLUMNS = 'id, type, json, agency, marking';

export interface ForeignRow {
  id: string;
  type: string;
  json: string;
  agency: string;
  marking: string;
}

export function foreignObjectOf(r: ForeignRow): ForeignObject {
  return { ...r, marking: r.marking as Marking };
}

export interface ChangeRow {
  seq: number;
  kind: string;
  id: string;
}

export function changeEntryOf(r: ChangeRow): ChangeEntry {
  return { seq: Number(r.seq), kind: r.kind as ChangeEntry['kind'], id: r.id };
}

/** Patch keys of `updateUser` / `updatePeer` that name columns, checked so a stray key never reaches SQL. */
export const USER_PATCH_COLUMNS = ['role', 'password_hash', 'disabled_at'] as const;
export const PEER_PATCH_COLUMNS = ['url', 'public_key', 'token', 'pulled_seq', 'pushed_seq'] as const;
