/**
 * Claims: insertion (idempotent by id, evidence checked against the documents),
 * analyst edits, and reads whose subject and object are canonical ids.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { ClaimRecord } from '../../core/records.js';
import type { ClaimStatus, Credibility, Marking, Predicate } from '../../model/ontology.js';
import type { ClaimFilter, ClaimPatch } from '../../store/store.js';
import type { Db } from './connection.js';
import { checkEvidence, evidenceFor, insertEvidence } from './evidence.js';
import { canonicalId } from './merges.js';
import { validEnd, validStart } from '../../store/valid-bounds.js';
import { journal } from './journal.js';

/** Runs inside the writer's savepoint, so a failure half-way leaves nothing behind. */
export async function insertClaim(db: Db, claim: ClaimRecord): Promise<void> {
  if ((await db.value('SELECT 1 FROM claims WHERE id = $1', [claim.id])) !== undefined) return;
  checkConfidence(claim.id, claim.confidence);
  await checkEvidence(db, `claim ${claim.id}`, claim.evidence);
  // ON CONFLICT: a concurrent writer storing the same claim first is not an error.
  const seq = await db.value<number>(`
    INSERT INTO claims (id, subject, predicate, object, valid_from, valid_to, former, negated,
                        confidence, status, marking, agency, credibility, extractor, valid_start, valid_end)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
    ON CONFLICT (id) DO NOTHING RETURNING seq`,
  [claim.id, claim.subject, claim.predicate, claim.object, claim.valid_from, claim.valid_to,
    claim.former, claim.negated, claim.confidence, claim.status, claim.marking, claim.agency, claim.credibility, claim.extractor,
    validStart(claim.valid_from), validEnd(claim.valid_to)]);
  if (seq === undefined) return;
  await insertEvidence(db, 'claim_evidence', seq, claim.evidence);
  await journal(db, 'claim', claim.id);
}

const PATCH_COLUMNS: ReadonlyArray<keyof ClaimPatch> = ['status', 'confidence', 'credibility', 'valid_from', 'valid_to', 'negated', 'former'];

export async function updateClaim(db: Db, id: string, patch: ClaimPatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const key of PATCH_COLUMNS) {
    const value = patch[key];
    if (value === undefined) continue;
    params.push(key === 'negated' || key === 'former' ? Boolean(value) : value);
    sets.push(`${key} = $${params.length}`);
  }
  // The day interval follows the partial dates it is derived from (schema v2).
  if (patch.valid_from !== undefined) sets.push(`valid_start = $${params.push(validStart(patch.valid_from))}`);
  if (patch.valid_to !== undefined) sets.push(`valid_end = $${params.push(validEnd(patch.valid_to))}`);
  if (patch.confidence !== undefined) checkConfidence(id, patch.confidence);
  if ((await db.value('SELECT 1 FROM claims WHERE id = $1', [id])) === undefined) {
    throw new WorkbenchError('not_found', `no claim ${id}`);
  }
  if (sets.length === 0) return;
  params.push(id);
  await db.run(`UPDATE claims SET ${sets.join(', ')} WHERE id = $${params.length}`, params);
  await journal(db, 'claim', id);
}

interface ClaimRow {
  seq: number;
  id: string;
  subject: string;
  predicate: string;
  object: string;
  valid_from: string | null;
  valid_to: string | null;
  former: boolean;
  negated: boolean;
  confidence: number;
  status: string;
  marking: string;
  agency: string;
  credibility: number | null;
  extractor: string;
}

const SELECT = `
  SELECT c.seq, c.id, s.canonical AS subject, c.predicate, o.canonical AS object, c.valid_from, c.valid_to,
         c.former, c.negated, c.confidence, c.status, c.marking, c.agency, c.credibility, c.extractor
  FROM claims c JOIN entities s ON s.id = c.subject JOIN entities o ON o.id = c.object`;

export async function getClaim(db: Db, id: string): Promise<ClaimRecord | null> {
  const rows = await db.rows<ClaimRow>(`${SELECT} WHERE c.id = $1`, [id]);
  return rows.length ? (await toRecords(db, rows))[0]! : null;
}

export async function listClaims(db: Db, filter: ClaimFilter = {}): Promise<ClaimRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown): string => `$${params.push(v)}`;
  if (filter.status !== undefined) where.push(`c.status = ${param(filter.status)}`);
  if (filter.predicate !== undefined) where.push(`c.predicate = ${param(filter.predicate)}`);
  if (filter.entity !== undefined) {
    const p = param(await canonicalId(db, filter.entity));
    // Two index lookups joined by UNION, rather than an OR the planner cannot index.
    where.push(`c.seq IN (
      SELECT x.seq FROM claims x WHERE x.subject IN (SELECT id FROM entities WHERE canonical = ${p})
      UNION
      SELECT x.seq FROM claims x WHERE x.object IN (SELECT id FROM entities WHERE canonical = ${p}))`);
  }
  if (filter.document !== undefined) where.push(`c.seq IN (SELECT claim FROM claim_evidence WHERE document = ${param(filter.document)})`);
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq
    LIMIT ${param(filter.limit ?? null)} OFFSET ${param(filter.offset ?? 0)}`;
  return toRecords(db, await db.rows<ClaimRow>(sql, params));
}

async function toRecords(db: Db, rows: readonly ClaimRow[]): Promise<ClaimRecord[]> {
  const evidence = await evidenceFor(db, 'claim_evidence', rows.map((r) => r.seq));
  return rows.map((r, i) => ({
    id: r.id,
    subject: r.subject,
    predicate: r.predicate as Predicate,
    object: r.object,
    valid_from: r.valid_from,
    valid_to: r.valid_to,
    former: r.former,
    negated: r.negated,
    confidence: r.confidence,
    status: r.status as ClaimStatus,
    marking: r.marking as Marking,
    agency: r.agency,
    credibility: r.credibility as Credibility | null,
    extractor: r.extractor,
    evidence: evidence[i]!,
  }));
}

export function checkConfidence(owner: string, confidence: number): void {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new WorkbenchError('invalid_input', `confidence of ${owner} must be between 0 and 1, got ${confidence}`);
  }
}
