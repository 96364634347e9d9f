/**
 * What several views share: the all-time graph (every entity that takes part in a
 * claim, with the positions the chart gives it) and a name cache for entity ids.
 * An upload or a review changes the ledger; `invalidate` makes the next read fresh.
 */
import { get, enc, type Entity, type GraphView } from './api.js';

let allTime: Promise<GraphView> | null = null;
let version = 0;
const names = new Map<string, { name: string; type: string | null }>();

export function graphAllTime(): Promise<GraphView> {
  if (!allTime) {
    allTime = get<GraphView>('/api/graph?includeProposed=true').then((g) => {
      for (const n of g.nodes) names.set(n.id, { name: n.name, type: n.type });
      return g;
    });
    allTime.catch(() => { allTime = null; });
  }
  return allTime;
}

export function invalidate(): void {
  allTime = null;
  version += 1;
}

export const ledgerVersion = (): number => version;

export function rememberNames(entities: ReadonlyArray<{ id: string; name: string; type: string | null }>): void {
  for (const e of entities) names.set(e.id, { name: e.name, type: e.type });
}

export async function entityName(id: string): Promise<{ name: string; type: string | null }> {
  const known = names.get(id);
  if (known) return known;
  try {
    const { entity } = await get<{ entity: Entity }>(`/api/entities/${enc(id)}`);
    names.set(id, { name: entity.name, type: entity.type });
  } catch {
    names.set(id, { name: id, type: null });
  }
  return names.get(id)!;
}

export async function entityNames(ids: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(ids)].map((id) => entityName(id)));
}

export const nameOf = (id: string): string => names.get(id)?.name ?? id;
