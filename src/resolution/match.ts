/**
 * matchNames: are two name profiles the same real-world entity? Combines the best
 * name-to-name relation (primary names first, then a name against the other's
 * aliases, then alias against alias) with type, subtype, country and co-mention
 * context. Conservative by design — a wrong merge corrupts the graph, a missed one
 * only waits in the review queue — so only a primary name or a name-to-alias match
 * can decide 'same'; a shared alias alone, a name contained in a longer one, or a
 * fuzzy resemblance is at most 'possible'.
 */
import { compareNames, type NameComparison } from './compare-names.js';
import { prepare, type NameProfile, type PreparedProfile } from './profile.js';

export type { NameProfile } from './profile.js';

export interface MatchResult {
  readonly score: number;
  readonly decision: 'same' | 'possible' | 'different';
  readonly reasons: string[];
}

export const SAME_THRESHOLD = 0.85;
export const POSSIBLE_THRESHOLD = 0.5;

const STRONG = new Set(['exact', 'translit', 'acronym']);

interface Best { cmp: NameComparison; tier: 'names' | 'name-alias' | 'aliases' }

function bestComparison(a: PreparedProfile, b: PreparedProfile): Best | null {
  const type = a.profile.type;
  const tiers: Array<{ tier: Best['tier']; cmps: NameComparison[] }> = [
    { tier: 'names', cmps: [compareNames(a.names[0]!, b.names[0]!, type)] },
    { tier: 'name-alias', cmps: [] },
    { tier: 'aliases', cmps: [] },
  ];
  for (let i = 1; i < b.names.length; i++) tiers[1]!.cmps.push(compareNames(a.names[0]!, b.names[i]!, type));
  for (let i = 1; i < a.names.length; i++) tiers[1]!.cmps.push(compareNames(a.names[i]!, b.names[0]!, type));
  for (let i = 1; i < a.names.length; i++) {
    for (let j = 1; j < b.names.length; j++) tiers[2]!.cmps.push(compareNames(a.names[i]!, b.names[j]!, type));
  }
  // A strong match in an earlier tier wins over a higher score in a later one: the
  // primary names agreeing says more than two aliases being identical strings.
  let fallback: Best | null = null;
  for (const { tier, cmps } of tiers) {
    let top: NameComparison | null = null;
    for (const c of cmps) if (c.relation !== 'none' && (!top || c.score > top.score)) top = c;
    if (!top) continue;
    if (STRONG.has(top.relation)) return { cmp: top, tier };
    if (!fallback || top.score > fallback.cmp.score) fallback = { cmp: top, tier };
  }
  const primary = tiers[0]!.cmps[0]!;
  // A conflict between the primary names outweighs a weak resemblance elsewhere.
  if (primary.relation === 'conflict') return { cmp: primary, tier: 'names' };
  return fallback;
}

/** Which primary name is an alias of the other profile, worded for the review queue. */
function aliasReason(a: PreparedProfile, b: PreparedProfile): string {
  const aName = a.names[0]!;
  const isAliasOfB = b.names.slice(1).some((n) => n.simple === aName.simple || (n.acronym !== null && n.acronym === aName.acronym));
  const [named, owner] = isAliasOfB ? [a.profile.name, b.profile.name] : [b.profile.name, a.profile.name];
  const acronymic = (isAliasOfB ? aName : b.names[0]!).acronym !== null;
  return acronymic ? `acronym ${named} defined for ${owner}` : `${named} is a known alias of ${owner}`;
}

function decide(score: number): MatchResult['decision'] {
  return score >= SAME_THRESHOLD ? 'same' : score >= POSSIBLE_THRESHOLD ? 'possible' : 'different';
}

export function matchPrepared(a: PreparedProfile, b: PreparedProfile): MatchResult {
  const ta = a.profile.type;
  const tb = b.profile.type;
  if (ta !== tb) return { score: 0, decision: 'different', reasons: [`different types (${ta} / ${tb})`] };
  const best = bestComparison(a, b);
  if (!best) return { score: 0, decision: 'different', reasons: ['no name in common'] };
  const reasons = [best.cmp.reason];
  let score = best.cmp.score;
  const strong = STRONG.has(best.cmp.relation);

  if (strong && best.tier === 'name-alias' && best.cmp.relation === 'exact') reasons[0] = aliasReason(a, b);
  if (best.tier === 'aliases' && strong) {
    score = Math.min(score, 0.6);
    reasons.push('shared alias only');
  }

  // One short word ("Ali", "Saeed") names many people: never enough on its own.
  if (ta === 'person' && strong && score >= SAME_THRESHOLD && best.cmp.tokens <= 1 && best.cmp.shortest < 7) {
    score = 0.7;
    reasons.push('a single short name only');
  }

  let shared = 0;
  for (const m of a.coMentions) if (b.coMentions.has(m)) shared++;
  if (shared > 0) reasons.push(`${shared} shared co-mention${shared === 1 ? '' : 's'}`);
  if (best.cmp.relation === 'contains' && shared >= 2) {
    score = Math.max(score, SAME_THRESHOLD);
    reasons.push('context agrees');
  }

  const sa = a.profile.subtype ?? null;
  const sb = b.profile.subtype ?? null;
  if (sa && sb && sa !== sb && score >= SAME_THRESHOLD) {
    score = 0.7;
    reasons.push(`different subtypes (${sa} / ${sb})`);
  }
  if (a.country && b.country && a.country !== b.country) {
    reasons.push(`different countries (${a.country} / ${b.country})`);
    score = ta === 'place' ? Math.min(score, 0.2) : Math.min(score, 0.6);
  }
  return { score: Math.round(score * 1000) / 1000, decision: decide(score), reasons };
}

/** Decides whether two profiles name the same entity, with readable reasons. */
export function matchNames(a: NameProfile, b: NameProfile): MatchResult {
  return matchPrepared(prepare(a), prepare(b));
}
