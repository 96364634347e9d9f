/**
 * The change journal (see schema-v3.ts): every write that inserts or changes a
 * document, entity, claim, event or foreign object appends the record here in the
 * same transaction. Appends are inserts only, taken under an advisory lock held to
 * commit so seq order is commit order; reads keep each record's latest seq.
 */
import type { ChangeEntry } from '../../store/access.js';
import { changeEntryOf, type ChangeRow } from '../shared/access-rows.js';
import type { Db } from './connection.js';

// Any fixed 64-bit number will do; it only has to be the same in every process.
const JOURNAL_LOCK = '7166109466604888422';

export async function journal(db: Db, kind: ChangeEntry['kind'], ...ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await db.run(`SELECT pg_advisory_xact_lock(${JOURNAL_LOCK})`);
  await db.run(`INSERT INTO changes (kind, id) SELECT $1, t.id FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord) ORDER BY t.ord`,
    [kind, unique]);
}

export async function listChanges(db: Db, after: number, limit?: number): Promise<ChangeEntry[]> {
  const rows = await db.rows<ChangeRow>(`SELECT max(seq) AS seq, kind, id FROM changes WHERE seq > $1
    GROUP BY kind, id ORDER BY 1 LIMIT $2`, [after, limit ?? null]);
  return rows.map(changeEntryOf);
}

export async function lastChange(db: Db): Promise<number> {
  return (await db.value<number | null>('SELECT max(seq) FROM changes')) ?? 0;
}
