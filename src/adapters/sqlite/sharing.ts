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
import type { Conn } from './connection.js';
import { journal } from './journal.js';

export function insertAgreement(c: Conn, a: AgreementRecord): void {
  requireAgency(c, a.from_agency);
  requireAgency(c, a.to_agency);
  c.sql(`INSERT INTO agreements (${AGREEMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(a.id, a.from_agency, a.to_agency, JSON.stringify(a.markings), a.created_by, a.created_at, a.revoked_at);
}

/** Revoking twice keeps the first time. */
export function revokeAgreement(c: Conn, id: string, at: string): void {
  if (c.value('SELECT 1 FROM agreements WHERE id = ?').get(id) === undefined) throw new WorkbenchError('not_found', `no agreement ${id}`);
  c.sql('UPDATE agreements SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}

export function listAgreements(c: Conn, filter: Parameters<AccessReader['listAgreements']>[0] = {}): AgreementRecord[] {
  const rows = c.sql(`SELECT ${AGREEMENT_COLUMNS} FROM agreements
    WHERE (@from IS NULL OR from_agency = @from) AND (@to IS NULL OR to_agency = @to) AND (@active = 0 OR revoked_at IS NULL)
    ORDER BY seq DESC`).all({ from: filter.from ?? null, to: filter.to ?? null, active: filter.active ? 1 : 0 }) as AgreementRow[];
  return rows.map(agreementRecordOf);
}

export function insertPeer(c: Conn, p: PeerRecord): void {
  requireAgency(c, p.agency);
  c.sql(`INSERT INTO peers (${PEER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(p.id, p.name, p.agency, p.url, p.public_key, p.token, p.pulled_seq, p.pushed_seq, p.created_at);
}

export function updatePeer(c: Conn, id: string, patch: Parameters<AccessWriter['updatePeer']>[1]): void {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const key of PEER_PATCH_COLUMNS) {
    if (patch[key] === undefined) continue;
    sets.push(`${key} = ?`);
    params.push(patch[key]);
  }
  if (c.value('SELECT 1 FROM peers WHERE id = ?').get(id) === undefined) throw new WorkbenchError('not_found', `no peer ${id}`);
  if (sets.length > 0) c.sql(`UPDATE peers SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}

export function deletePeer(c: Conn, id: string): void {
  if (c.sql('DELETE FROM peers WHERE id = ?').run(id).changes === 0) throw new WorkbenchError('not_found', `no peer ${id}`);
}

export function getPeer(c: Conn, id: string): PeerRecord | null {
  const row = c.sql(`SELECT ${PEER_COLUMNS} FROM peers WHERE id = ?`).get(id) as PeerRow | undefined;
  return row ? peerRecordOf(row) : null;
}

export function listPeers(c: Conn): PeerRecord[] {
  return (c.sql(`SELECT ${PEER_COLUMNS} FROM peers ORDER BY seq`).all() as PeerRow[]).map(peerRecordOf);
}

/** Replacing an object keeps its place in the listing. */
export function putForeignObject(c: Conn, o: ForeignObject): void {
  c.sql(`INSERT INTO foreign_objects (${FOREIGN_COLUMNS}) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET type = excluded.type, json = excluded.json, agency = excluded.agency, marking = excluded.marking`)
    .run(o.id, o.type, o.json, o.agency, o.marking);
  journal(c, 'foreign', o.id);
}

export function listForeignObjects(c: Conn): ForeignObject[] {
  return (c.sql(`SELECT ${FOREIGN_COLUMNS} FROM foreign_objects ORDER BY seq`).all() as ForeignRow[]).map(foreignObjectOf);
}

export function getSetting(c: Conn, key: string): string | null {
  return (c.value('SELECT value FROM settings WHERE key = ?').get(key) as string | undefined) ?? null;
}

export function setSetting(c: Conn, key: string, value: string): void {
  c.sql('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Each (canonical entity, document) pair once, ordered by entity then document. */
export function mentionDocuments(c: Conn): Array<{ entity: string; document: string }> {
  return c.sql(`SELECT DISTINCT e.canonical AS entity, m.document FROM mentions m JOIN entities e ON e.id = m.entity
    ORDER BY entity, m.document`).all() as Array<{ entity: string; document: string }>;
}
