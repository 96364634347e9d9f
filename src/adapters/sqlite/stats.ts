/**
 * Counts for the status line and dashboards; merged-away entities are not counted.
 */
import type { StoreStats } from '../../store/store.js';
import type { Conn } from './connection.js';

export function stats(c: Conn): StoreStats {
  const grouped = (sql: string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of c.sql(sql).all() as Array<{ k: string; n: number }>) out[r.k] = r.n;
    return out;
  };
  return {
    documents: c.value('SELECT count(*) FROM documents').get() as number,
    entities: grouped('SELECT type AS k, count(*) AS n FROM entities WHERE id = canonical GROUP BY type ORDER BY type'),
    claims: grouped('SELECT predicate AS k, count(*) AS n FROM claims GROUP BY predicate ORDER BY predicate'),
    events: grouped('SELECT type AS k, count(*) AS n FROM events GROUP BY type ORDER BY type'),
  };
}
