/**
 * Evidence spans of claims and events. A quote must be exactly the document text
 * between its offsets (UTF-16, as JavaScript slices), checked on write so every
 * quote read back can be found in its document again.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Evidence } from '../../core/records.js';
import type { Conn } from './connection.js';

export type EvidenceTable = 'claim_evidence' | 'event_evidence';
const OWNER: Record<EvidenceTable, string> = { claim_evidence: 'claim', event_evidence: 'event' };

// Documents are immutable, so their texts can be cached: a bulk load cites the same
// documents over and over. Bounded by characters, oldest out first.
const TEXT_CACHE_CHARS = 32 * 1024 * 1024;
const textCaches = new WeakMap<Conn, { texts: Map<string, string>; chars: number }>();

export function forgetDocumentTexts(c: Conn): void {
  textCaches.delete(c);
}

function documentText(c: Conn, id: string): string | null {
  let cache = textCaches.get(c);
  if (!cache) {
    cache = { texts: new Map(), chars: 0 };
    textCaches.set(c, cache);
  }
  const hit = cache.texts.get(id);
  if (hit !== undefined) return hit;
  const text = c.value('SELECT text FROM documents WHERE id = ?').get(id) as string | undefined;
  if (text === undefined) return null;
  for (const [oldId, old] of cache.texts) {
    if (cache.chars + text.length <= TEXT_CACHE_CHARS) break;
    cache.texts.delete(oldId);
    cache.chars -= old.length;
  }
  cache.texts.set(id, text);
  cache.chars += text.length;
  return text;
}

/** Throws invalid_input unless every span lies in its document and quotes it exactly. */
export function checkEvidence(c: Conn, owner: string, evidence: readonly Evidence[]): void {
  for (const ev of evidence) {
    const text = documentText(c, ev.document);
    if (text === null) throw new WorkbenchError('invalid_input', `${owner} cites unknown document ${ev.document}`);
    if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.end < ev.start || ev.end > text.length) {
      throw new WorkbenchError('invalid_input', `${owner} cites span ${ev.start}-${ev.end} outside document ${ev.document}`);
    }
    if (text.slice(ev.start, ev.end) !== ev.quote) {
      throw new WorkbenchError('invalid_input', `${owner} quote does not match document ${ev.document} at ${ev.start}-${ev.end}`);
    }
  }
}

export function insertEvidence(c: Conn, table: EvidenceTable, ownerSeq: number, evidence: readonly Evidence[]): void {
  const stmt = c.sql(`INSERT INTO ${table} (${OWNER[table]}, position, document, span_start, span_end, quote) VALUES (?, ?, ?, ?, ?, ?)`);
  evidence.forEach((ev, i) => stmt.run(ownerSeq, i, ev.document, ev.start, ev.end, ev.quote));
}

type EvidenceTuple = [owner: number, document: string, start: number, end: number, quote: string];

/**
 * Evidence of many owners at once, aligned with `ownerSeqs` (which must ascend, as
 * every listing is ordered by seq). Dense runs are read as one index range rather
 * than a long IN list, which keeps listing a million claims linear.
 */
export function evidenceFor(c: Conn, table: EvidenceTable, ownerSeqs: readonly number[]): Evidence[][] {
  const out: Evidence[][] = ownerSeqs.map(() => []);
  const col = OWNER[table];
  const cols = `${col}, document, span_start, span_end, quote`;
  const CHUNK = 20_000;
  for (let i = 0; i < ownerSeqs.length; i += CHUNK) {
    const part = ownerSeqs.slice(i, i + CHUNK);
    const lo = part[0]!;
    const hi = part[part.length - 1]!;
    const rows = (hi - lo < part.length * 4
      ? c.tuples(`SELECT ${cols} FROM ${table} WHERE ${col} BETWEEN ? AND ? ORDER BY ${col}, position`).all(lo, hi)
      : c.tuples(`SELECT ${cols} FROM ${table} WHERE ${col} IN (SELECT value FROM json_each(?)) ORDER BY ${col}, position`)
        .all(JSON.stringify(part))) as EvidenceTuple[];
    let j = 0;
    for (const [owner, document, start, end, quote] of rows) {
      while (j < part.length && part[j]! < owner) j++;
      if (part[j] === owner) out[i + j]!.push({ document, start, end, quote });
    }
  }
  return out;
}
