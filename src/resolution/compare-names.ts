/**
 * Compares two single names (already prepared) and says how they relate: the same
 * string, the same name in another transliteration, an acronym of it, one name
 * containing the other, a conflict (a shared part but different other parts), or
 * only a fuzzy resemblance. Profile-level rules (aliases, context) live in match.ts.
 */
import type { EntityType } from '../model/ontology.js';
import { acronymFits } from './acronym.js';
import { jaroWinkler } from './jaro-winkler.js';
import { NON_DISCRIMINATING, type PreparedName } from './profile.js';
import { tokensAgree } from './transliterate.js';

export type NameRelation = 'exact' | 'translit' | 'acronym' | 'contains' | 'conflict' | 'fuzzy' | 'none';

export interface NameComparison {
  readonly relation: NameRelation;
  readonly score: number;
  readonly reason: string;
  /** Fewest words (titles included) of the two names, and the length of the shorter folded name. */
  readonly tokens: number;
  readonly shortest: number;
}

type Relation = Omit<NameComparison, 'tokens' | 'shortest'>;

const NONE: Relation = { relation: 'none', score: 0, reason: '' };

/** Pairs tokens of the shorter name with tokens of the longer, in order where possible. */
function align(short: readonly string[], long: readonly string[], loose: boolean): { matched: number; near: number; extra: string[]; ordered: boolean } {
  const used = new Array<boolean>(long.length).fill(false);
  const done = new Array<boolean>(short.length).fill(false);
  let matched = 0;
  let near = 0;
  let last = -1;
  let ordered = true;
  short.forEach((t, i) => {
    let j = long.findIndex((u, k) => !used[k] && k > last && tokensAgree(t, u));
    if (j < 0) {
      j = long.findIndex((u, k) => !used[k] && tokensAgree(t, u));
      if (j >= 0) ordered = false;
    }
    if (j < 0) return;
    used[j] = true; done[i] = true; last = j; matched++;
  });
  // A second, looser pass for long tokens one letter apart (Tayyaba/Taiba), but only
  // when the rest of the name already agrees: never the sole evidence. Not for people,
  // whose given names one letter apart are often different names (Ishaq/Ishfaq).
  if (loose && matched > 0) {
    short.forEach((t, i) => {
      if (done[i] || t.length < 5) return;
      const j = long.findIndex((u, k) => !used[k] && u.length >= 5 && jaroWinkler(t, u) >= 0.93);
      if (j < 0) return;
      used[j] = true; done[i] = true; matched++; near++;
    });
  }
  return { matched, near, extra: long.filter((_, k) => !used[k]), ordered };
}

export function compareNames(x: PreparedName, y: PreparedName, type: EntityType): NameComparison {
  const r = relate(x, y, type);
  return { relation: r.relation, score: r.score, reason: r.reason, tokens: Math.min(x.words, y.words), shortest: Math.min(x.length, y.length) };
}

function relate(x: PreparedName, y: PreparedName, type: EntityType): Relation {
  if (x.simple === y.simple) return { relation: 'exact', score: 1, reason: `same name: ${x.raw}` };
  if (x.acronym && y.acronym) {
    return x.acronym === y.acronym
      ? { relation: 'exact', score: 1, reason: `same acronym: ${x.raw} ~ ${y.raw}` }
      : NONE;
  }
  if (x.acronym || y.acronym) {
    const [acr, full] = x.acronym ? [x, y] : [y, x];
    return acronymFits(acr.raw, full.raw)
      ? { relation: 'acronym', score: 0.9, reason: `acronym ${acr.raw} is the initials of ${full.raw}` }
      : NONE;
  }
  const [s, l] = x.tokens.length <= y.tokens.length ? [x, y] : [y, x];
  if (s.tokens.length === 0) return NONE;
  const { matched, near, extra, ordered } = align(s.tokens, l.tokens, type !== 'person');
  if (matched === s.tokens.length) {
    if (extra.length === 0 && near > 0) {
      return { relation: 'translit', score: 0.87, reason: `near-identical spelling: ${x.raw} ~ ${y.raw}` };
    }
    if (extra.length === 0) {
      return ordered
        ? { relation: 'translit', score: 0.95, reason: `same transliteration key: ${x.raw} ~ ${y.raw}` }
        : { relation: 'translit', score: 0.88, reason: `same name parts in another order: ${x.raw} ~ ${y.raw}` };
    }
    if (extra.every((t) => NON_DISCRIMINATING.has(t))) {
      return { relation: 'translit', score: 0.9, reason: `same name up to a title or common prefix (${extra.join(', ')}): ${x.raw} ~ ${y.raw}` };
    }
    return { relation: 'contains', score: 0.65, reason: `${l.raw} adds ${extra.join(' ')} to ${s.raw}` };
  }
  if (x.compact.length >= 4 && x.compact === y.compact && x.tokens[0]![0] === y.tokens[0]![0]) {
    return { relation: 'translit', score: 0.87, reason: `same name written split or fused: ${x.raw} ~ ${y.raw}` };
  }
  if (matched > 0) {
    const kind = type === 'person' ? 'different given names' : 'different name parts';
    return { relation: 'conflict', score: 0.1, reason: `${kind}: ${x.raw} / ${y.raw}` };
  }
  const jw = jaroWinkler(x.tokens.join(' '), y.tokens.join(' '));
  if (jw >= 0.92) return { relation: 'fuzzy', score: 0.6, reason: `name similarity ${jw.toFixed(2)} (Jaro-Winkler)` };
  return NONE;
}
