/**
 * The as-of neighbourhood in SQL: each hop is one query expanding the whole frontier
 * (an array parameter) through the covering as-of indexes of schema v2, with merged
 * ids resolved to canonical ones on both ends (entities.canonical), as listClaims does.
 */
import { WorkbenchError } from '../../core/errors.js';
import { endOf, startOf } from '../../core/partial-date.js';
import { checkNeighbourhoodOptions, walk } from '../../store/neighbourhood-walk.js';
import type { Neighbourhood, NeighbourhoodOptions } from '../../store/store.js';
import { walkedStatuses } from '../../store/valid-bounds.js';
import type { Db } from './connection.js';

export async function neighbourhood(db: Db, entity: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  const { hops, asOf } = checkNeighbourhoodOptions(options);
  const start = await db.value<string>('SELECT canonical FROM entities WHERE id = $1', [entity]);
  if (start === undefined) throw new WorkbenchError('not_found', `no entity ${entity}`);
  const filter = [
    'c.status = ANY($2::text[])',
    'NOT c.negated',
    ...(asOf ? ['c.valid_start <= $3', 'c.valid_end >= $4'] : []),
  ].join(' AND ');
  const sql = `
    WITH f AS (SELECT e.id FROM entities e WHERE e.canonical = ANY($1::text[]))
    SELECT c.id AS claim, o.canonical AS other FROM f JOIN claims c ON c.subject = f.id JOIN entities o ON o.id = c.object WHERE ${filter}
    UNION ALL
    SELECT c.id, s.canonical FROM f JOIN claims c ON c.object = f.id JOIN entities s ON s.id = c.subject WHERE ${filter}`;
  const statuses = walkedStatuses(options.includeProposed);
  const params = asOf ? [statuses, endOf(asOf), startOf(asOf)] : [statuses];
  return walk(start, hops, async (frontier) => {
    const rows = await db.rows<{ claim: string; other: string }>(sql, [frontier, ...params]);
    return rows.map((r) => [r.claim, r.other] as const);
  });
}
