/**
 * Evidence spans of claims and events. A quote must be exactly the document text
 * between its offsets in UTF-16 units (PostgreSQL counts code points, so the check
 * runs here, not in SQL). Texts are cached for the length of one transaction: a bulk
 * load cites the same documents over and over.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Evidence } from '../../core/records.js';
import type { Db } from './connection.js';

export type EvidenceTable = 'claim_evidence' | 'event_evidence';
const OWNER: Record<EvidenceTable, string> = { claim_evidence: 'claim', event_evidence: 'event' };

async function documentText(db: Db, id: string): Promise<string | null> {
  const hit = db.texts?.get(id);
  if (hit !== undefined) return hit;
  const text = await db.value<string>('SELECT text FROM documents WHERE id = $1', [id]);
  if (text === undefined) return null;
  db.texts?.set(id, text);
  return text;
}

/** Throws invalid_input unless every span lies in its document and quotes it exactly. */
export async function checkEvidence(db: Db, owner: string, evidence: readonly Evidence[]): Promise<void> {
  for (const ev of evidence) {
    const text = await documentText(db, ev.document);
    if (text === null) throw new WorkbenchError('invalid_input', `${owner} cites unknown document ${ev.document}`);
    if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.end < ev.start || ev.end > text.length) {
      throw new WorkbenchError('invalid_input', `${owner} cites span ${ev.start}-${ev.end} outside document ${ev.document}`);
    }
    if (text.slice(ev.start, ev.end) !== ev.quote) {
      throw new WorkbenchError('invalid_input', `${owner} quote does not match document ${ev.document} at ${ev.start}-${ev.end}`);
    }
  }
}

/** One statement for all spans of an owner, in order. */
export async function insertEvidence(db: Db, table: EvidenceTable, ownerSeq: number, evidence: readonly Evidence[]): Promise<void> {
  if (evidence.length === 0) return;
  await db.run(`INSERT INTO ${table} (${OWNER[table]}, position, document, span_start, span_end, quote)
    SELECT $1, t.ord - 1, t.document, t.span_start, t.span_end, t.quote
    FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) WITH ORDINALITY AS t(document, span_start, span_end, quote, ord)`,
  [ownerSeq, evidence.map((e) => e.document), evidence.map((e) => e.start), evidence.map((e) => e.end), evidence.map((e) => e.quote)]);
}

/** Evidence of each owner, in span order, aligned with `ownerSeqs`. */
export async function evidenceFor(db: Db, table: EvidenceTable, ownerSeqs: readonly number[]): Promise<Evidence[][]> {
  const out: Evidence[][] = ownerSeqs.map(() => []);
  if (ownerSeqs.length === 0) return out;
  const col = OWNER[table];
  const index = new Map<number, number>();
  ownerSeqs.forEach((s, i) => index.set(s, i));
  const rows = await db.rows<{ owner: number; document: string; start: number; end: number; quote: string }>(
    `SELECT ${col} AS owner, document, span_start AS start, span_end AS "end", quote FROM ${table}
     WHERE ${col} = ANY($1::bigint[]) ORDER BY ${col}, position`, [ownerSeqs]);
  for (const r of rows) out[index.get(r.owner)!]!.push({ document: r.document, start: r.start, end: r.end, quote: r.quote });
  return out;
}
