/**
 * The change journal: every write that inserts or changes a document, entity,
 * claim, event or foreign object notes the record here in the same transaction, so
 * federation can send "what changed since seq N". A record keeps one row, its
 * latest change: INSERT OR REPLACE deletes the old row and AUTOINCREMENT numbers
 * the new one above every seq ever handed out. One writer at a time means seq order
 * is commit order.
 */
import type { ChangeEntry } from '../../store/access.js';
import { changeEntryOf, type ChangeRow } from '../shared/access-rows.js';
import type { Conn } from './connection.js';

export function journal(c: Conn, kind: ChangeEntry['kind'], ...ids: readonly string[]): void {
  const stmt = c.sql('INSERT OR REPLACE INTO changes (kind, id) VALUES (?, ?)');
  for (const id of new Set(ids)) stmt.run(kind, id);
}

export function listChanges(c: Conn, after: number, limit?: number): ChangeEntry[] {
  const rows = c.sql('SELECT seq, kind, id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').all(after, limit ?? -1) as ChangeRow[];
  return rows.map(changeEntryOf);
}

export function lastChange(c: Conn): number {
  return (c.value('SELECT max(seq) FROM changes').get() as number | null) ?? 0;
}
