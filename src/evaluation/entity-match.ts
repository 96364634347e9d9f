/**
 * Entity matching: a predicted entity matches a gold entity of the same type when one
 * of its names equals one of the gold names after simplification (case, diacritics,
 * punctuation) or shares its transliteration key. Matching is one-to-one; the
 * strongest pairs are taken first (gold name over gold alias, exact over key, the
 * predicted name over its aliases), and a predicted entity with fewer candidates wins
 * a tie, so an ambiguous name does not steal a gold entity a precise one needs.
 */
import type { EntityRecord } from '../core/records.js';
import { nameKey, simplify } from '../resolution/normalise.js';
import type { Gold, GoldEntity } from './gold.js';
import type { EntityFalsePositive, EntityMatch, EntityMiss } from './report.js';

export interface EntityAlignment {
  /** Predicted entity id → the gold entity it matched. */
  readonly matched: ReadonlyMap<string, string>;
  /** Predicted entity id → every gold entity its names fit, matched or not. */
  readonly candidates: ReadonlyMap<string, readonly string[]>;
  readonly matches: readonly EntityMatch[];
  readonly misses: readonly EntityMiss[];
  readonly falsePositives: readonly EntityFalsePositive[];
}

interface NameIndex { readonly exact: Map<string, number>; readonly keys: Map<string, number> }

/** For each simplified form / key of a gold entity, how strong a hit on it is (name beats alias). */
function indexGold(g: GoldEntity): NameIndex {
  const exact = new Map<string, number>();
  const keys = new Map<string, number>();
  [g.name, ...g.aliases].forEach((n, i) => {
    const weight = i === 0 ? 1 : 0;
    const s = simplify(n);
    if (!s) return;
    if (!exact.has(s) || exact.get(s)! < 4 + weight) exact.set(s, 4 + weight);
    const k = nameKey(n);
    if (!keys.has(k) || keys.get(k)! < 2 + weight) keys.set(k, 2 + weight);
  });
  return { exact, keys };
}

/** Strength of the best name hit of a predicted entity on a gold entity; 0 when none. */
function strength(p: EntityRecord, index: NameIndex): number {
  let best = 0;
  [p.name, ...p.aliases].forEach((n, i) => {
    const bonus = i === 0 ? 0.5 : 0;
    const s = simplify(n);
    if (!s) return;
    const hit = index.exact.get(s) ?? index.keys.get(nameKey(n)) ?? 0;
    if (hit > 0) best = Math.max(best, hit + bonus);
  });
  return best;
}

export function alignEntities(gold: Gold, predicted: readonly EntityRecord[]): EntityAlignment {
  const indexes = gold.entities.map(indexGold);
  const pairs: Array<{ p: number; g: number; s: number }> = [];
  const candidates = new Map<string, string[]>();
  predicted.forEach((pe, p) => {
    const list: string[] = [];
    gold.entities.forEach((ge, g) => {
      if (ge.type !== pe.type) return;
      const s = strength(pe, indexes[g]!);
      if (s > 0) { pairs.push({ p, g, s }); list.push(ge.id); }
    });
    candidates.set(pe.id, list);
  });
  const fanOut = (p: number) => candidates.get(predicted[p]!.id)!.length;
  pairs.sort((a, b) => b.s - a.s || fanOut(a.p) - fanOut(b.p) || a.p - b.p || a.g - b.g);

  const matched = new Map<string, string>();
  const takenGold = new Set<number>();
  const takenPred = new Set<number>();
  const matches: EntityMatch[] = [];
  for (const { p, g } of pairs) {
    if (takenGold.has(g) || takenPred.has(p)) continue;
    takenGold.add(g);
    takenPred.add(p);
    const ge = gold.entities[g]!;
    matched.set(predicted[p]!.id, ge.id);
    matches.push({ gold: ge.id, predicted: predicted[p]!.id, optional: ge.optional });
  }
  const misses: EntityMiss[] = gold.entities
    .filter((ge, g) => !takenGold.has(g) && !ge.optional)
    .map((ge) => ({ gold: ge.id, type: ge.type, name: ge.name }));
  const goldName = new Map(gold.entities.map((g) => [g.id, g.name]));
  const falsePositives: EntityFalsePositive[] = [];
  predicted.forEach((pe, p) => {
    if (takenPred.has(p)) return;
    const dup = candidates.get(pe.id)![0];
    falsePositives.push({
      id: pe.id, type: pe.type, name: pe.name,
      reason: dup ? 'duplicate' : 'spurious', duplicateOf: dup ? goldName.get(dup)! : null,
    });
  });
  return { matched, candidates, matches, misses, falsePositives };
}

/** The gold entities a predicted entity stands for: its match, else any gold entity its names fit. */
export function resolver(alignment: EntityAlignment): (predictedId: string | null) => readonly string[] {
  return (id) => {
    if (id === null) return [];
    const m = alignment.matched.get(id);
    return m !== undefined ? [m] : (alignment.candidates.get(id) ?? []);
  };
}
