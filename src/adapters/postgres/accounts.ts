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
import type { Db } from './connection.js';

export async function insertAgency(db: Db, a: AgencyRecord): Promise<void> {
  await db.run(`INSERT INTO agencies (${AGENCY_COLUMNS}) VALUES ($1, $2, $3)`, [a.id, a.name, a.created_at]);
}

export async function getAgency(db: Db, id: string): Promise<AgencyRecord | null> {
  return (await db.rows<AgencyRecord>(`SELECT ${AGENCY_COLUMNS} FROM agencies WHERE id = $1`, [id]))[0] ?? null;
}

export async function listAgencies(db: Db): Promise<AgencyRecord[]> {
  return db.rows<AgencyRecord>(`SELECT ${AGENCY_COLUMNS} FROM agencies ORDER BY seq`);
}

export async function insertUser(db: Db, u: UserRecord): Promise<void> {
  await requireAgency(db, u.agency);
  await db.run(`INSERT INTO users (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [u.id, u.name, u.agency, u.role, u.password_hash, u.created_at, u.disabled_at]);
}

export async function updateUser(db: Db, id: string, patch: Parameters<AccessWriter['updateUser']>[1]): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const key of USER_PATCH_COLUMNS) {
    if (patch[key] === undefined) continue;
    sets.push(`${key} = $${params.push(patch[key])}`);
  }
  if ((await db.value('SELECT 1 FROM users WHERE id = $1', [id])) === undefined) throw new WorkbenchError('not_found', `no user ${id}`);
  if (sets.length > 0) await db.run(`UPDATE users SET ${sets.join(', ')} WHERE id = $${params.push(id)}`, params);
}

export async function getUser(db: Db, id: string): Promise<UserRecord | null> {
  const [row] = await db.rows<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ? userRecordOf(row) : null;
}

export async function findUserByName(db: Db, name: string): Promise<UserRecord | null> {
  const [row] = await db.rows<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE name = $1`, [name]);
  return row ? userRecordOf(row) : null;
}

export async function listUsers(db: Db, agency?: string): Promise<UserRecord[]> {
  const rows = await db.rows<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE $1::text IS NULL OR agency = $1 ORDER BY seq`, [agency ?? null]);
  return rows.map(userRecordOf);
}

export async function insertToken(db: Db, t: TokenRecord): Promise<void> {
  await requireUser(db, t.user);
  await db.run(`INSERT INTO tokens (${TOKEN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [t.id, t.user, t.label, t.hash, t.created_at, t.expires_at, t.revoked_at]);
}

/** Revoking twice keeps the first time. */
export async function revokeToken(db: Db, id: string, at: string): Promise<void> {
  if ((await db.value('SELECT 1 FROM tokens WHERE id = $1', [id])) === undefined) throw new WorkbenchError('not_found', `no token ${id}`);
  await db.run('UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
}

export async function findTokenByHash(db: Db, hash: string): Promise<TokenRecord | null> {
  const [row] = await db.rows<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = $1`, [hash]);
  return row ? tokenRecordOf(row) : null;
}

export async function listTokens(db: Db, user?: string): Promise<TokenRecord[]> {
  const rows = await db.rows<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE $1::text IS NULL OR user_id = $1 ORDER BY seq`, [user ?? null]);
  return rows.map(tokenRecordOf);
}

export async function insertSession(db: Db, s: SessionRecord): Promise<void> {
  await requireUser(db, s.user);
  await db.run(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, [s.hash, s.user, s.csrf, s.created_at, s.expires_at]);
}

export async function getSession(db: Db, hash: string): Promise<SessionRecord | null> {
  const [row] = await db.rows<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE hash = $1`, [hash]);
  return row ? sessionRecordOf(row) : null;
}

/** Logging out twice is not an error. */
export async function deleteSession(db: Db, hash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE hash = $1', [hash]);
}

export async function requireAgency(db: Db, id: string): Promise<void> {
  if ((await db.value('SELECT 1 FROM agencies WHERE id = $1', [id])) === undefined) {
    throw new WorkbenchError('invalid_input', `no agency ${id}`);
  }
}

async function requireUser(db: Db, id: string): Promise<void> {
  if ((await db.value('SELECT 1 FROM users WHERE id = $1', [id])) === undefined) throw new WorkbenchError('invalid_input', `no user ${id}`);
}
