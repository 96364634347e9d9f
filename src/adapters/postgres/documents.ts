/**
 * Documents: stored verbatim, unique by the sha256 of their original bytes. The
 * length is counted in UTF-16 units, as JavaScript counts, because every offset
 * into the text is one.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/records.js';
import type { Marking, Reliability } from '../../model/ontology.js';
import type { DocumentSummary } from '../../store/store.js';
import type { Db } from './connection.js';

interface DocumentRow {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  sha256: string;
  marking: string;
  media_type: string;
  text_length: number;
  ingested_at: string;
  reliability: string | null;
  text?: string;
}

const SUMMARY_COLUMNS = 'id, title, source, published, sha256, marking, media_type, text_length, ingested_at, reliability';

export async function insertDocument(db: Db, doc: DocumentRecord): Promise<void> {
  if (doc.text.includes('\u0000')) {
    throw new WorkbenchError('invalid_input', `document ${doc.id} contains NUL characters, which PostgreSQL cannot store`);
  }
  const clash = await db.value<string>('SELECT id FROM documents WHERE sha256 = $1 OR id = $2 LIMIT 1', [doc.sha256, doc.id]);
  if (clash !== undefined) {
    throw new WorkbenchError('conflict', `document already stored as ${clash} (same content or id)`);
  }
  await db.run(`INSERT INTO documents (id, title, source, published, sha256, marking, media_type, text, text_length, ingested_at, reliability)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
  [doc.id, doc.title, doc.source, doc.published, doc.sha256, doc.marking, doc.media_type,
    doc.text, doc.text.length, doc.ingested_at, doc.reliability]);
  db.texts?.set(doc.id, doc.text);
}

export async function getDocument(db: Db, id: string): Promise<DocumentRecord | null> {
  const [row] = await db.rows<DocumentRow>(`SELECT ${SUMMARY_COLUMNS}, text FROM documents WHERE id = $1`, [id]);
  if (!row) return null;
  const { length: _length, ...rest } = toSummary(row);
  return { ...rest, text: row.text! };
}

export async function findDocumentBySha(db: Db, sha256: string): Promise<DocumentSummary | null> {
  const [row] = await db.rows<DocumentRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE sha256 = $1`, [sha256]);
  return row ? toSummary(row) : null;
}

export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  return (await db.rows<DocumentRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY seq`)).map(toSummary);
}

export async function setDocumentReliability(db: Db, id: string, reliability: Reliability | null): Promise<void> {
  const changed = await db.run('UPDATE documents SET reliability = $1 WHERE id = $2', [reliability, id]);
  if (changed === 0) throw new WorkbenchError('not_found', `no document ${id}`);
}

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    published: r.published,
    sha256: r.sha256,
    marking: r.marking as Marking,
    media_type: r.media_type,
    ingested_at: r.ingested_at,
    reliability: r.reliability as Reliability | null,
    length: r.text_length,
  };
}
