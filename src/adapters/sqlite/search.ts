/**
 * Full-text search over documents with FTS5. User text is never passed to FTS5 as
 * syntax: every whitespace-separated chunk becomes a quoted phrase (so `AND`, `NEAR(`,
 * `"` or `*` are plain words), and a trailing `*` on a word is kept as a prefix search.
 */
import type { SearchHit } from '../../store/store.js';
import type { Conn } from './connection.js';

const WORD = /[\p{L}\p{N}]/u;

/** The FTS5 query for a user's search text, or null when it holds no searchable word. */
export function ftsQuery(text: string): string | null {
  const parts: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (!WORD.test(chunk)) continue;
    const prefix = /^[\p{L}\p{N}]+\*$/u.test(chunk);
    const body = prefix ? chunk.slice(0, -1) : chunk;
    parts.push(`"${body.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}

interface HitRow {
  id: string;
  title: string | null;
  snippet: string;
  score: number;
}

/** Best matches first; `rank` is higher for better matches (the negated bm25 score). */
export function searchDocuments(c: Conn, text: string, limit = 20): SearchHit[] {
  const query = ftsQuery(text);
  if (query === null || limit <= 0) return [];
  // Title matches weigh more than body matches.
  const rows = c.sql(`
    SELECT d.id, d.title, snippet(documents_fts, -1, '[', ']', '…', 16) AS snippet,
           bm25(documents_fts, 4.0, 1.0) AS score
    FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH ?
    ORDER BY score, d.seq
    LIMIT ?`).all(query, Math.floor(limit)) as HitRow[];
  return rows.map((r) => ({ document: r.id, title: r.title, snippet: r.snippet, rank: -r.score }));
}
