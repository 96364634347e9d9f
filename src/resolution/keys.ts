/**
 * The lookup keys to store with an entity (EntityDraft.keys / AliasDraft.key) and to
 * query with at ingest (findEntitiesByKeys). nameKey alone misses candidates that
 * matchNames would accept: an acronym and its full name ("TTP" / "Tehreek-e-Taliban
 * Pakistan"), a name with and without titles or a Muhammad prefix ("Hafiz Saeed" /
 * "Hafiz Muhammad Saeed"), a compound written split or fused ("Sirajuddin" /
 * "Siraj-ud-Din"). These extra keys bring such pairs together so the planner can
 * score them; the decision stays with matchNames.
 */
import type { EntityType } from '../model/ontology.js';
import { acronymKeys } from './acronym.js';
import { nameKey } from './normalise.js';
import { NON_DISCRIMINATING, prepare } from './profile.js';
import { skeletonOf } from './transliterate.js';

export function resolutionKeys(type: EntityType, names: readonly string[]): string[] {
  const keys = new Set<string>();
  const valid = names.filter((n) => n.trim() !== '');
  if (valid.length === 0) return [];
  for (const n of valid) keys.add(nameKey(n));
  const p = prepare({ type, name: valid[0]!, aliases: valid.slice(1) });
  for (const n of p.names) {
    if (type === 'organization') for (const k of acronymKeys(n.raw)) keys.add(k);
    if (n.acronym) continue;
    if (type === 'person') {
      const core = n.tokens.filter((t) => !NON_DISCRIMINATING.has(t)).map(skeletonOf).join(' ');
      if (core) keys.add(`~p ${core}`);
    }
    if (n.compact.length >= 4) keys.add(`~c ${n.compact}`);
  }
  return [...keys].sort();
}
