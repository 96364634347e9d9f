/**
 * Claims: insertion (idempotent by id, evidence checked against the documents),
 * analyst edits, and reads whose subject and object are canonical ids.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { ClaimRecord } from '../../core/records.js';
import type { ClaimStatus, Credibility, Marking, Predicate } from '../../model/ontology.js';
import type { ClaimFilter, ClaimPatch } from '../../store/store.js';
import type { Conn } from './connection.js';
import { checkEvidence, evidenceFor, insertEvidence } from './evidence.js';
import { canonicalId } from './merges.js';
import { validEnd, validStart } from '../../store/valid-bounds.js';
import { explainReference } from './sqlite-errors.js';
import { journal } from './journal.js';

/** Safe without a savepoint: on failure it leaves nothing behind. */
export function insertClaim(c: Conn, claim: ClaimRecord): void {
  if (c.value('SELECT 1 FROM claims WHERE id = ?').get(claim.id) !== undefined) return;
  checkConfidence(claim.id, claim.confidence);
  checkEvidence(c, `claim ${claim.id}`, claim.evidence);
  const insert = c.sql(`
    INSERT INTO claims (id, subject, predicate, object, valid_from, valid_to, former, negated,
                        confidence, status, marking, agency, credibility, extractor, valid_start, valid_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let res;
  try {
    res = insert.run(
      claim.id, claim.subject, claim.predicate, claim.object, claim.valid_from, claim.valid_to,
      claim.former ? 1 : 0, claim.negated ? 1 : 0, claim.confidence, claim.status, claim.marking, claim.agency,
      claim.credibility, claim.extractor, validStart(claim.valid_from), validEnd(claim.valid_to));
  } catch (e) {
    throw explainReference(c, e, `claim ${claim.id}`, [['subject entity', 'entities', claim.subject], ['object entity', 'entities', claim.object]]);
  }
  // Evidence was checked above, so only an I/O failure can stop it half-way; undo by
  // hand rather than paying for a savepoint on every claim of a bulk load.
  const seq = Number(res.lastInsertRowid);
  try {
    insertEvidence(c, 'claim_evidence', seq, claim.evidence);
    journal(c, 'claim', claim.id);
  } catch (e) {
    c.sql('DELETE FROM claim_evidence WHERE claim = ?').run(seq);
    c.sql('DELETE FROM claims WHERE seq = ?').run(seq);
    throw e;
  }
}

const PATCH_COLUMNS: Record<keyof ClaimPatch, (v: unknown) => unknown> = {
  status: (v) => v,
  confidence: (v) => v,
  credibility: (v) => v,
  valid_from: (v) => v,
  valid_to: (v) => v,
  negated: (v) => (v ? 1 : 0),
  former: (v) => (v ? 1 : 0),
};

export function updateClaim(c: Conn, id: string, patch: ClaimPatch): void {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [key, convert] of Object.entries(PATCH_COLUMNS)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    sets.push(`${key} = ?`);
    params.push(convert(value));
  }
  // The day interval follows the partial dates it is derived from (schema v2).
  if (patch.valid_from !== undefined) { sets.push('valid_start = ?'); params.push(validStart(patch.valid_from)); }
  if (patch.valid_to !== undefined) { sets.push('valid_end = ?'); params.push(validEnd(patch.valid_to)); }
  if (patch.confidence !== undefined) checkConfidence(id, patch.confidence);
  if (c.value('SELECT 1 FROM claims WHERE id = ?').get(id) === undefined) {
    throw new WorkbenchError('not_found', `no claim ${id}`);
  }
  if (sets.length === 0) return;
  c.sql(`UPDATE claims SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
  journal(c, 'claim', id);
}

type ClaimTuple = [
  seq: number, id: string, subject: string, predicate: string, object: string,
  valid_from: string | null, valid_to: string | null, former: number, negated: number,
  confidence: number, status: string, marking: string, agency: string, credibility: number | null, extractor: string,
];

const SELECT = `
  SELECT c.seq, c.id, s.canonical AS subject, c.predicate, o.canonical AS object, c.valid_from, c.valid_to,
         c.former, c.negated, c.confidence, c.status, c.marking, c.agency, c.credibility, c.extractor
  FROM claims c JOIN entities s ON s.id = c.subject JOIN entities o ON o.id = c.object`;

export function getClaim(c: Conn, id: string): ClaimRecord | null {
  const row = c.tuples(`${SELECT} WHERE c.id = ?`).get(id) as ClaimTuple | undefined;
  return row ? toRecords(c, [row])[0]! : null;
}

export function listClaims(c: Conn, filter: ClaimFilter = {}): ClaimRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status !== undefined) {
    where.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter.predicate !== undefined) {
    where.push('c.predicate = ?');
    params.push(filter.predicate);
  }
  if (filter.entity !== undefined) {
    // Two index lookups joined by UNION, rather than an OR the planner cannot index.
    where.push(`c.seq IN (
      SELECT x.seq FROM claims x WHERE x.subject IN (SELECT id FROM entities WHERE canonical = ?)
      UNION
      SELECT x.seq FROM claims x WHERE x.object IN (SELECT id FROM entities WHERE canonical = ?))`);
    const canonical = canonicalId(c, filter.entity);
    params.push(canonical, canonical);
  }
  if (filter.document !== undefined) {
    where.push('c.seq IN (SELECT claim FROM claim_evidence WHERE document = ?)');
    params.push(filter.document);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq LIMIT ? OFFSET ?`;
  const rows = c.tuples(sql).all(...params, filter.limit ?? -1, filter.offset ?? 0) as ClaimTuple[];
  return toRecords(c, rows);
}

// Rows come as arrays, not objects: listing a million claims allocates half as much.
function toRecords(c: Conn, rows: readonly ClaimTuple[]): ClaimRecord[] {
  const evidence = evidenceFor(c, 'claim_evidence', rows.map((r) => r[0]));
  return rows.map((r, i) => ({
    id: r[1],
    subject: r[2],
    predicate: r[3] as Predicate,
    object: r[4],
    valid_from: r[5],
    valid_to: r[6],
    former: r[7] === 1,
    negated: r[8] === 1,
    confidence: r[9],
    status: r[10] as ClaimStatus,
    marking: r[11] as Marking,
    agency: r[12],
    credibility: r[13] as Credibility | null,
    extractor: r[14],
    evidence: evidence[i]!,
  }));
}

export function checkConfidence(owner: string, confidence: number): void {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new WorkbenchError('invalid_input', `confidence of ${owner} must be between 0 and 1, got ${confidence}`);
  }
}
