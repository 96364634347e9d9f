/**
 * Interim resolution planner: the same type and an identical simplified name or
 * alias, or the same gazetteer id, means the same actor; anything else is new.
 * Conservative on purpose: a wrong merge is worse than a missed one.
 */
import type { EntityRecord } from '../core/records.js';
import type { ExtractedEntity } from '../extraction/types.js';
import type { EntitySummary, SameAsCandidate } from '../store/store.js';
import { simplify } from '../resolution/normalise.js';

export type PlanStep =
  | { readonly kind: 'existing'; readonly key: string; readonly id: string; readonly addAliases: readonly string[] }
  | { readonly kind: 'new'; readonly key: string; readonly draft: Omit<EntityRecord, 'mentions'> };

export interface ResolutionPlan {
  readonly steps: readonly PlanStep[];
  readonly possibleSame: ReadonlyArray<Pick<SameAsCandidate, 'a' | 'b' | 'score' | 'reasons'>>;
}

export function planResolution(input: {
  entities: readonly ExtractedEntity[];
  candidates: ReadonlyMap<string, readonly EntitySummary[]>;
  decisions: readonly SameAsCandidate[];
  newId: (key: string) => string;
}): ResolutionPlan {
  const steps: PlanStep[] = [];
  for (const e of input.entities) {
    const names = new Set([e.name, ...e.aliases].map(simplify));
    const gid = e.attributes['gazetteer_id'];
    const match = (input.candidates.get(e.key) ?? []).find((c) =>
      c.type === e.type && ((gid != null && c.attributes['gazetteer_id'] === gid)
        || [c.name, ...c.aliases].some((n) => names.has(simplify(n)))));
    if (match) {
      const known = new Set([match.name, ...match.aliases].map(simplify));
      const addAliases = [e.name, ...e.aliases].filter((n) => !known.has(simplify(n)));
      steps.push({ kind: 'existing', key: e.key, id: match.id, addAliases: [...new Set(addAliases)] });
    } else {
      steps.push({
        kind: 'new', key: e.key,
        draft: {
          id: input.newId(e.key), type: e.type, subtype: e.subtype, name: e.name,
          aliases: [...new Set(e.aliases.filter((a) => a !== e.name))],
          lat: e.lat, lon: e.lon, attributes: e.attributes,
        },
      });
    }
  }
  return { steps, possibleSame: [] };
}
