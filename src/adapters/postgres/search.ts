/**
 * Full-text search over documents with a tsvector and GIN index. User text is never
 * parsed as query syntax: like the SQLite engine, every whitespace-separated chunk is
 * a phrase that must occur (phraseto_tsquery, which cannot throw), and a word ending
 * in `*` is a prefix. This is why websearch_to_tsquery is not used: it would read
 * `-word` as a negation and `or` as an operator, where SQLite reads plain words.
 * Accents are folded away on both sides, as SQLite's tokenizer does.
 */
import type { SearchHit } from '../../store/store.js';
import type { Db } from './connection.js';
import { foldSql } from './schema-v1.js';

const WORD = /[\p{L}\p{N}]/u;
const PREFIX = /^[\p{L}\p{N}]+\*$/u;

export interface TsQuery {
  /** An SQL expression of type tsquery, referring to `params`. */
  readonly sql: string;
  readonly params: string[];
}

/** The tsquery for a user's search text, or null when it holds no searchable word. */
export function tsQuery(text: string): TsQuery | null {
  const parts: string[] = [];
  const params: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (!WORD.test(chunk)) continue;
    if (PREFIX.test(chunk)) {
      // Letters and digits only, so the quoted lexeme cannot carry syntax.
      params.push(`'${chunk.slice(0, -1)}':*`);
      parts.push(`to_tsquery('simple', ${foldSql(`$${params.length}::text`)})`);
    } else {
      params.push(chunk);
      parts.push(`phraseto_tsquery('simple', ${foldSql(`$${params.length}::text`)})`);
    }
  }
  return parts.length ? { sql: parts.join(' && '), params } : null;
}

// Control characters as highlight marks, so a "[" in the text is never mistaken for one.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MinWords=8, MaxWords=24, MaxFragments=1, FragmentDelimiter=" … "`;

interface HitRow {
  seq: number;
  id: string;
  title: string | null;
  snippet: string;
  rank: number;
}

/** Best matches first; `rank` is higher for better matches (ts_rank, title weighted). */
export async function searchDocuments(db: Db, text: string, limit = 20): Promise<SearchHit[]> {
  const query = tsQuery(text);
  if (query === null || limit <= 0) return [];
  const n = query.params.length;
  const q = `WITH q AS (SELECT (${query.sql}) AS query)`;
  // Snippets only for the hits returned: ts_headline re-parses the whole text.
  const rows = await db.rows<HitRow>(`${q},
    hits AS (
      SELECT d.seq, ts_rank(d.search, q.query) AS rank FROM documents d, q
      WHERE d.search @@ q.query ORDER BY rank DESC, d.seq LIMIT $${n + 1})
    SELECT h.seq, d.id, d.title, ts_headline('simple', d.text, q.query, $${n + 2}) AS snippet, h.rank
    FROM hits h JOIN documents d ON d.seq = h.seq, q
    ORDER BY h.rank DESC, h.seq`, [...query.params, Math.floor(limit), HEADLINE]);
  // A hit matched only through accent folding or only in its title has no mark in
  // that snippet: take the title's, or the folded text's (accents dropped), instead.
  const unmarked = rows.filter((r) => !r.snippet.includes(OPEN)).map((r) => r.seq);
  if (unmarked.length > 0) {
    const better = await db.rows<{ seq: number; title: string; folded: string }>(`${q}
      SELECT d.seq, ts_headline('simple', coalesce(d.title, ''), q.query, $${n + 1}) AS title,
             ts_headline('simple', ${foldSql('d.text')}, q.query, $${n + 1}) AS folded
      FROM documents d, q WHERE d.seq = ANY($${n + 2}::bigint[])`, [...query.params, HEADLINE, unmarked]);
    const bySeq = new Map(better.map((b) => [b.seq, b]));
    for (const r of rows) {
      const b = bySeq.get(r.seq);
      if (!b) continue;
      if (b.title.includes(OPEN)) r.snippet = b.title;
      else if (b.folded.includes(OPEN)) r.snippet = b.folded;
    }
  }
  return rows.map((r) => ({
    document: r.id, title: r.title, rank: r.rank,
    snippet: r.snippet.replaceAll(OPEN, '[').replaceAll(CLOSE, ']'),
  }));
}
