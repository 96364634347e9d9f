/**
 * Documents: stored verbatim, unique by the sha256 of their original bytes. The
 * length is counted in UTF-16 units, as JavaScript counts, because every offset
 * into the text is one.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/records.js';
import type { Reliability } from '../../model/ontology.js';
import type { DocumentSummary } from '../../store/store.js';
import type { Db } from './connection.js';
import { journal } from './journal.js';
import { DOCUMENT_SUMMARY_COLUMNS, documentRecordOf, documentSummaryOf, type DocumentRow } from '../shared/rows.js';


export async function insertDocument(db: Db, doc: DocumentRecord): Promise<void> {
  if (doc.text.includes('\u0000')) {
    throw new WorkbenchError('invalid_input', `document ${doc.id} contains NUL characters, which PostgreSQL cannot store`);
  }
  const clash = await db.value<string>('SELECT id FROM documents WHERE sha256 = $1 OR id = $2 LIMIT 1', [doc.sha256, doc.id]);
  if (clash !== undefined) {
    throw new WorkbenchError('conflict', `document already stored as ${clash} (same content or id)`);
  }
  await db.run(`INSERT INTO documents (id, title, source, published, sha256, marking, agency, media_type, text, text_length, ingested_at, reliability)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
  [doc.id, doc.title, doc.source, doc.published, doc.sha256, doc.marking, doc.agency, doc.media_type,
    doc.text, doc.text.length, doc.ingested_at, doc.reliability]);
  await journal(db, 'document', doc.id);
  db.texts?.set(doc.id, doc.text);
}

export async function getDocument(db: Db, id: string): Promise<DocumentRecord | null> {
  const [row] = await db.rows<DocumentRow>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS}, text FROM documents WHERE id = $1`, [id]);
  return row ? documentRecordOf(row) : null;
}

export async function findDocumentBySha(db: Db, sha256: string): Promise<DocumentSummary | null> {
  const [row] = await db.rows<DocumentRow>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents WHERE sha256 = $1`, [sha256]);
  return row ? documentSummaryOf(row) : null;
}

export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  return (await db.rows<DocumentRow>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents ORDER BY seq`)).map(documentSummaryOf);
}

export async function setDocumentReliability(db: Db, id: string, reliability: Reliability | null): Promise<void> {
  const changed = await db.run('UPDATE documents SET reliability = $1 WHERE id = $2', [reliability, id]);
  if (changed === 0) throw new WorkbenchError('not_found', `no document ${id}`);
  await journal(db, 'document', id);
}
