/**
 * The as-of neighbourhood in SQL: each hop is one query expanding the whole frontier
 * through the covering as-of indexes of schema v2, with merged ids resolved to
 * canonical ones on both ends (entities.canonical), as listClaims does.
 */
import { WorkbenchError } from '../../core/errors.js';
import { endOf, startOf } from '../../core/partial-date.js';
import { checkNeighbourhoodOptions, walk } from '../../store/neighbourhood-walk.js';
import type { Neighbourhood, NeighbourhoodOptions } from '../../store/store.js';
import { walkedStatuses } from '../../store/valid-bounds.js';
import type { Conn } from './connection.js';

export function neighbourhood(c: Conn, entity: string, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  const { hops, asOf } = checkNeighbourhoodOptions(options);
  const start = c.value('SELECT canonical FROM entities WHERE id = ?').get(entity) as string | undefined;
  if (start === undefined) throw new WorkbenchError('not_found', `no entity ${entity}`);
  // Statuses come from a fixed list, so inlining them keeps the statement cacheable per option set.
  // The join order and indexes are pinned (CROSS JOIN, INDEXED BY, +status): before the first
  // ANALYZE the planner would otherwise scan the status index, hundreds of times slower.
  const filter = [
    `+c.status IN (${walkedStatuses(options.includeProposed).map((s) => `'${s}'`).join(', ')})`,
    'c.negated = 0',
    ...(asOf ? ['c.valid_start <= @end', 'c.valid_end >= @start'] : []),
  ].join(' AND ');
  const stmt = c.tuples(`
    WITH f(id) AS (SELECT e.id FROM json_each(@frontier) j CROSS JOIN entities e ON e.canonical = j.value)
    SELECT c.id, o.canonical FROM f
      CROSS JOIN claims c INDEXED BY claims_subject_asof ON c.subject = f.id
      CROSS JOIN entities o INDEXED BY entities_id_canonical ON o.id = c.object WHERE ${filter}
    UNION ALL
    SELECT c.id, s.canonical FROM f
      CROSS JOIN claims c INDEXED BY claims_object_asof ON c.object = f.id
      CROSS JOIN entities s INDEXED BY entities_id_canonical ON s.id = c.subject WHERE ${filter}`);
  const bounds = asOf ? { start: startOf(asOf), end: endOf(asOf) } : {};
  return walk(start, hops, async (frontier) =>
    stmt.all({ frontier: JSON.stringify(frontier), ...bounds }) as Array<[string, string]>);
}
