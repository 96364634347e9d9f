/**
 * Documents: stored verbatim, unique by the sha256 of their original bytes.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/records.js';
import type { Reliability } from '../../model/ontology.js';
import type { DocumentSummary } from '../../store/store.js';
import type { Conn } from './connection.js';
import { journal } from './journal.js';
import { DOCUMENT_SUMMARY_COLUMNS, documentRecordOf, documentSummaryOf, type DocumentRow } from '../shared/rows.js';


export function insertDocument(c: Conn, doc: DocumentRecord): void {
  const clash = c.value('SELECT id FROM documents WHERE sha256 = ? OR id = ?').get(doc.sha256, doc.id) as string | undefined;
  if (clash !== undefined) {
    throw new WorkbenchError('conflict', `document already stored as ${clash} (same content or id)`);
  }
  c.sql(`INSERT INTO documents (id, title, source, published, sha256, marking, agency, media_type, text, text_length, ingested_at, reliability)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(doc.id, doc.title, doc.source, doc.published, doc.sha256, doc.marking, doc.agency, doc.media_type,
      doc.text, doc.text.length, doc.ingested_at, doc.reliability);
  journal(c, 'document', doc.id);
}

export function getDocument(c: Conn, id: string): DocumentRecord | null {
  const row = c.sql(`SELECT ${DOCUMENT_SUMMARY_COLUMNS}, text FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
  return row ? documentRecordOf(row) : null;
}

export function findDocumentBySha(c: Conn, sha256: string): DocumentSummary | null {
  const row = c.sql(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents WHERE sha256 = ?`).get(sha256) as DocumentRow | undefined;
  return row ? documentSummaryOf(row) : null;
}

export function listDocuments(c: Conn): DocumentSummary[] {
  return (c.sql(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents ORDER BY seq`).all() as DocumentRow[]).map(documentSummaryOf);
}

export function setDocumentReliability(c: Conn, id: string, reliability: Reliability | null): void {
  const res = c.sql('UPDATE documents SET reliability = ? WHERE id = ?').run(reliability, id);
  if (res.changes === 0) throw new WorkbenchError('not_found', `no document ${id}`);
  journal(c, 'document', id);
}
