/**
 * Sharing agreements, federation peers, foreign STIX objects kept verbatim, store
 * settings, and which documents mention which (canonical) entities: what the access
 * policy and federation read besides the ledger itself.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { AccessReader, AccessWriter, AgreementRecord, ForeignObject, PeerRecord } from '../../store/access.js';
import {
  AGREEMENT_COLUMNS, agreementRecordOf, FOREIGN_COLUMNS, foreignObjectOf, PEER_COLUMNS, PEER_PATCH_COLUMNS, peerRecordOf,
  type AgreementRow, type ForeignRow, type PeerRow,
} from '../shared/access-rows.js';
import { requireAgency } from './accounts.js';
import type { Db } from './connection.js';
import { journal } from './journal.js';

export async function insertAgreement(db: Db, a: AgreementRecord): Promise<void> {
  await requireAgency(db, a.from_agency);
  await requireAgency(db, a.to_agency);
  await db.run(`INSERT INTO agreements (${AGREEMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [a.id, a.from_agency, a.to_agency, JSON.stringify(a.markings), a.created_by, a.created_at, a.revoked_at]);
}

/** Revoking twice keeps the first time. */
export async function revokeAgreement(db: Db, id: string, at: string): Promise<void> {
  if ((await db.value('SELECT 1 FROM agreements WHERE id = $1', [id])) === undefined) throw new WorkbenchError('not_found', `no agreement ${id}`);
  await db.run('UPDATE agreements SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
}

export async function listAgreements(db: Db, filter: Parameters<AccessReader['listAgreements']>[0] = {}): Promise<AgreementRecord[]> {
  const rows = await db.rows<AgreementRow>(`SELECT ${AGREEMENT_COLUMNS} FROM agreements
    WHERE ($1::text IS NULL OR from_agency = $1) AND ($2::text IS NULL OR to_agency = $2) AND (NOT $3 OR revoked_at IS NULL)
    ORDER BY seq DESC`, [filter.from ?? null, filter.to ?? null, filter.active === true]);
  return rows.map(agreementRecordOf);
}

export async function insertPeer(db: Db, p: PeerRecord): Promise<void> {
  await requireAgency(db, p.agency);
  await db.run(`INSERT INTO peers (${PEER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [p.id, p.name, p.agency, p.url, p.public_key, p.token, p.pulled_seq, p.pushed_seq, p.created_at]);
}

export async function updatePeer(db: Db, id: string, patch: Parameters<AccessWriter['updatePeer']>[1]): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const key of PEER_PATCH_COLUMNS) {
    if (patch[key] === undefined) continue;
    sets.push(`${key} = $${params.push(patch[key])}`);
  }
  if ((await db.value('SELECT 1 FROM peers WHERE id = $1', [id])) === undefined) throw new WorkbenchError('not_found', `no peer ${id}`);
  if (sets.length > 0) await db.run(`UPDATE peers SET ${sets.join(', ')} WHERE id = $${params.push(id)}`, params);
}

export async function deletePeer(db: Db, id: string): Promise<void> {
  if ((await db.run('DELETE FROM peers WHERE id = $1', [id])) === 0) throw new WorkbenchError('not_found', `no peer ${id}`);
}

export async function getPeer(db: Db, id: string): Promise<PeerRecord | null> {
  const [row] = await db.rows<PeerRow>(`SELECT ${PEER_COLUMNS} FROM peers WHERE id = $1`, [id]);
  return row ? peerRecordOf(row) : null;
}

export async function listPeers(db: Db): Promise<PeerRecord[]> {
  return (await db.rows<PeerRow>(`SELECT ${PEER_COLUMNS} FROM peers ORDER BY seq`)).map(peerRecordOf);
}

/** Replacing an object keeps its place in the listing. */
export async function putForeignObject(db: Db, o: ForeignObject): Promise<void> {
  await db.run(`INSERT INTO foreign_objects (${FOREIGN_COLUMNS}) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (id) DO UPDATE SET type = excluded.type, json = excluded.json, agency = excluded.agency, marking = excluded.marking`,
  [o.id, o.type, o.json, o.agency, o.marking]);
  await journal(db, 'foreign', o.id);
}

export async function listForeignObjects(db: Db): Promise<ForeignObject[]> {
  return (await db.rows<ForeignRow>(`SELECT ${FOREIGN_COLUMNS} FROM foreign_objects ORDER BY seq`)).map(foreignObjectOf);
}

export async function getSetting(db: Db, key: string): Promise<string | null> {
  return (await db.value<string>('SELECT value FROM settings WHERE key = $1', [key])) ?? null;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db.run('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

/** Each (canonical entity, document) pair once, ordered by entity then document. */
export async function mentionDocuments(db: Db): Promise<Array<{ entity: string; document: string }>> {
  return db.rows<{ entity: string; document: string }>(`SELECT DISTINCT e.canonical AS entity, m.document
    FROM mentions m JOIN entities e ON e.id = m.entity ORDER BY entity, m.document`);
}
