/**
 * Blocking for resolution at scale: instead of scoring a name against every stored
 * entity, an index maps cheap keys (the transliteration nameKey of each name, the
 * skeleton of each distinctive token, acronym initials) to entities, and only the
 * entities sharing a key are scored with matchNames. Keys shared by very many
 * entities (a common token such as "khan") are skipped when rarer keys exist, which
 * keeps a query against 100k names in the sub-millisecond range.
 */
import { nameKey } from './normalise.js';
import { acronymKeys } from './acronym.js';
import { matchPrepared, type MatchResult } from './match.js';
import { NON_DISCRIMINATING, prepare, type NameProfile, type PreparedProfile } from './profile.js';
import { skeletonOf } from './transliterate.js';

export interface IndexedProfile extends NameProfile {
  readonly id: string;
}

export interface NameIndex {
  readonly entries: readonly PreparedProfile[];
  readonly ids: readonly string[];
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

export interface Candidate extends MatchResult {
  readonly id: string;
}

/** A block larger than this is only used when the query has no rarer key. */
const MAX_BLOCK = 500;

/** Every blocking key of a prepared profile: name keys, token skeletons, acronym initials. */
export function blockingKeys(p: PreparedProfile): string[] {
  const keys = new Set<string>();
  for (const n of p.names) {
    keys.add(`n:${nameKey(n.raw)}`);
    for (const a of acronymKeys(n.raw)) keys.add(`a:${a}`);
    if (n.compact.length >= 4) keys.add(`c:${n.compact}`);
    for (const t of n.tokens) {
      if (NON_DISCRIMINATING.has(t)) continue;
      const sk = skeletonOf(t);
      keys.add(sk.length >= 3 ? `t:${sk}` : `f:${t}`);
    }
  }
  return [...keys];
}

export function buildIndex(profiles: readonly IndexedProfile[]): NameIndex {
  const entries: PreparedProfile[] = [];
  const ids: string[] = [];
  const byKey = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    const prepared = prepare(profile);
    entries.push(prepared);
    ids.push(profile.id);
    for (const k of blockingKeys(prepared)) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  return { entries, ids, byKey };
}

/** The k best-scoring indexed entities for a profile (score > 0), best first, ties by id. */
export function candidates(index: NameIndex, profile: NameProfile, options: { k?: number; minScore?: number } = {}): Candidate[] {
  const k = options.k ?? 10;
  const minScore = options.minScore ?? 0.5;
  const q = prepare(profile);
  const blocks = blockingKeys(q)
    .map((key) => index.byKey.get(key))
    .filter((b): b is readonly number[] => b !== undefined)
    .sort((x, y) => x.length - y.length);
  const small = blocks.filter((b) => b.length <= MAX_BLOCK);
  const use = small.length > 0 ? small : blocks.slice(0, 1);
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const block of use) {
    for (const i of block) {
      if (seen.has(i)) continue;
      seen.add(i);
      const r = matchPrepared(q, index.entries[i]!);
      if (r.score >= minScore) out.push({ id: index.ids[i]!, ...r });
    }
  }
  out.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return out.slice(0, k);
}
