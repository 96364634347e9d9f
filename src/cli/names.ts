/**
 * Turning ids into names for display, and names into entities the way search does
 * (any alias, any spelling).
 */
import type { Store, EntitySummary, LedgerQueries } from '../store/store.js';
import { simplify } from '../resolution/normalise.js';
import { resolutionKeys } from '../resolution/keys.js';
import { WorkbenchError } from '../core/errors.js';

export function nameCache(store: Store): (id: string | null) => Promise<string> {
  const cache = new Map<string, string>();
  return async (id) => {
    if (!id) return '';
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const e = await store.getEntity(id);
    const name = e ? e.name : id;
    cache.set(id, name);
    return name;
  };
}

/** Finds the one entity a user means by NAME (an id, a name or an alias). */
export async function resolveEntityName(store: LedgerQueries, name: string): Promise<EntitySummary> {
  const matches = await findByName(store, name);
  if (matches.length === 0) throw new WorkbenchError('not_found', `no entity named "${name}"`);
  if (matches.length > 1) {
    const exact = matches.filter((m) => [m.name, ...m.aliases].some((n) => simplify(n) === simplify(name)));
    if (exact.length === 1) return exact[0]!;
    const list = matches.slice(0, 5).map((m) => `${m.name} (${m.type}, ${m.id})`).join('; ');
    throw new WorkbenchError('invalid_input', `"${name}" is ambiguous: ${list} — give the id`);
  }
  return matches[0]!;
}

export async function findByName(store: LedgerQueries, name: string): Promise<EntitySummary[]> {
  if (/^ent_\w+$/.test(name)) {
    const e = await store.getEntity(name);
    if (e) {
      const { mentions, ...rest } = e;
      return [{ ...rest, mention_count: mentions.length }];
    }
  }
  const keys = new Set([...resolutionKeys('organization', [name]), ...resolutionKeys('person', [name]), ...resolutionKeys('place', [name])]);
  const found = await store.findEntitiesByKeys([...keys]);
  return [...found].sort((a, b) => b.mention_count - a.mention_count);
}
