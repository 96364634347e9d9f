/**
 * Agencies, users, API tokens and sessions. Names of users and hashes of tokens
 * are unique in the store; a user belongs to an agency that exists.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { AccessWriter, AgencyRecord, SessionRecord, TokenRecord, UserRecord } from '../../store/access.js';
import {
  AGENCY_COLUMNS, SESSION_COLUMNS, sessionRecordOf, TOKEN_COLUMNS, tokenRecordOf, USER_COLUMNS, USER_PATCH_COLUMNS,
  userRecordOf, type SessionRow, type TokenRow, type UserRow,
} from '../shared/access-rows.js';
import type { Conn } from './connection.js';

export function insertAgency(c: Conn, a: AgencyRecord): void {
  c.sql(`INSERT INTO agencies (${AGENCY_COLUMNS}) VALUES (?, ?, ?)`).run(a.id, a.name, a.created_at);
}

export function getAgency(c: Conn, id: string): AgencyRecord | null {
  return (c.sql(`SELECT ${AGENCY_COLUMNS} FROM agencies WHERE id = ?`).get(id) as AgencyRecord | undefined) ?? null;
}

export function listAgencies(c: Conn): AgencyRecord[] {
  return c.sql(`SELECT ${AGENCY_COLUMNS} FROM agencies ORDER BY seq`).all() as AgencyRecord[];
}

export function insertUser(c: Conn, u: UserRecord): void {
  requireAgency(c, u.agency);
  c.sql(`INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(u.id, u.name, u.agency, u.role, u.password_hash, u.created_at, u.disabled_at);
}

export function updateUser(c: Conn, id: string, patch: Parameters<AccessWriter['updateUser']>[1]): void {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const key of USER_PATCH_COLUMNS) {
    if (patch[key] === undefined) continue;
    sets.push(`${key} = ?`);
    params.push(patch[key]);
  }
  if (c.value('SELECT 1 FROM users WHERE id = ?').get(id) === undefined) throw new WorkbenchError('not_found', `no user ${id}`);
  if (sets.length > 0) c.sql(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}

export function getUser(c: Conn, id: string): UserRecord | null {
  const row = c.sql(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return row ? userRecordOf(row) : null;
}

export function findUserByName(c: Conn, name: string): UserRecord | null {
  const row = c.sql(`SELECT ${USER_COLUMNS} FROM users WHERE name = ?`).get(name) as UserRow | undefined;
  return row ? userRecordOf(row) : null;
}

export function listUsers(c: Conn, agency?: string): UserRecord[] {
  const rows = c.sql(`SELECT ${USER_COLUMNS} FROM users WHERE ? IS NULL OR agency = ? ORDER BY seq`)
    .all(agency ?? null, agency ?? null) as UserRow[];
  return rows.map(userRecordOf);
}

export function insertToken(c: Conn, t: TokenRecord): void {
  requireUser(c, t.user);
  c.sql(`INSERT INTO tokens (${TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(t.id, t.user, t.label, t.hash, t.created_at, t.expires_at, t.revoked_at);
}

/** Revoking twice keeps the first time. */
export function revokeToken(c: Conn, id: string, at: string): void {
  if (c.value('SELECT 1 FROM tokens WHERE id = ?').get(id) === undefined) throw new WorkbenchError('not_found', `no token ${id}`);
  c.sql('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}

export function findTokenByHash(c: Conn, hash: string): TokenRecord | null {
  const row = c.sql(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = ?`).get(hash) as TokenRow | undefined;
  return row ? tokenRecordOf(row) : null;
}

export function listTokens(c: Conn, user?: string): TokenRecord[] {
  const rows = c.sql(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE ? IS NULL OR user_id = ? ORDER BY seq`)
    .all(user ?? null, user ?? null) as TokenRow[];
  return rows.map(tokenRecordOf);
}

export function insertSession(c: Conn, s: SessionRecord): void {
  requireUser(c, s.user);
  c.sql(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run(s.hash, s.user, s.csrf, s.created_at, s.expires_at);
}

export function getSession(c: Conn, hash: string): SessionRecord | null {
  const row = c.sql(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE hash = ?`).get(hash) as SessionRow | undefined;
  return row ? sessionRecordOf(row) : null;
}

/** Logging out twice is not an error. */
export function deleteSession(c: Conn, hash: string): void {
  c.sql('DELETE FROM sessions WHERE hash = ?').run(hash);
}

export function requireAgency(c: Conn, id: string): void {
  if (c.value('SELECT 1 FROM agencies WHERE id = ?').get(id) === undefined) {
    throw new WorkbenchError('invalid_input', `no agency ${id}`);
  }
}

function requireUser(c: Conn, id: string): void {
  if (c.value('SELECT 1 FROM users WHERE id = ?').get(id) === undefined) throw new WorkbenchError('invalid_input', `no user ${id}`);
}
