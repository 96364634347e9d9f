/**
 * Counts for the status line and dashboards; merged-away entities are not counted.
 */
import type { StoreStats } from '../../store/store.js';
import type { Db } from './connection.js';

export async function stats(db: Db): Promise<StoreStats> {
  const grouped = async (sql: string): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const r of await db.rows<{ k: string; n: number }>(sql)) out[r.k] = r.n;
    return out;
  };
  return {
    documents: (await db.value<number>('SELECT count(*)::int FROM documents'))!,
    entities: await grouped('SELECT type AS k, count(*)::int AS n FROM entities WHERE id = canonical GROUP BY type ORDER BY type'),
    claims: await grouped('SELECT predicate AS k, count(*)::int AS n FROM claims GROUP BY predicate ORDER BY predicate'),
    events: await grouped('SELECT type AS k, count(*)::int AS n FROM events GROUP BY type ORDER BY type'),
  };
}
