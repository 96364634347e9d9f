/**
 * A name profile (what resolution compares) and its prepared form. Preparing folds
 * every name once, so an index of 100k entities can score candidates without
 * re-normalising them on each query.
 */
import type { EntityType } from '../model/ontology.js';
import { isAcronym, nameKey, simplify } from './normalise.js';
import { acronymLetters } from './acronym.js';
import { compactSkeleton, contentTokens, fineToken, JOINS } from './transliterate.js';

export interface NameProfile {
  readonly type: EntityType;
  readonly subtype?: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly context?: {
    /** Ids or keys of entities mentioned near this one. */
    readonly coMentions?: readonly string[];
    /** ISO country code (or a country name) the entity belongs to. */
    readonly country?: string | null;
  };
}

export interface PreparedName {
  readonly raw: string;
  readonly simple: string;
  readonly acronym: string | null;
  /** Folded content tokens; for people, titles removed. */
  readonly tokens: readonly string[];
  readonly key: string;
  /** All content tokens as one consonant skeleton. */
  readonly compact: string;
  /** Words as written, joins excluded (titles count). */
  readonly words: number;
  /** Length of the folded name (or of the acronym). */
  readonly length: number;
}

export interface PreparedProfile {
  readonly profile: NameProfile;
  /** names[0] is the primary name. */
  readonly names: readonly PreparedName[];
  readonly country: string | null;
  readonly coMentions: ReadonlySet<string>;
}

/** Honorifics and ranks that do not identify a person (folded forms). */
export const TITLES: ReadonlySet<string> = new Set([
  'hafiz', 'maulana', 'mulana', 'maulvi', 'mavlavi', 'mavlvi', 'malvi', 'mulvi', 'mullah', 'mulla', 'mufti',
  'kari', 'sheikh', 'shaikh', 'shaykh', 'shaik', 'haji', 'hajji', 'syed', 'pir',
  'dr', 'doctor', 'commander', 'cmdr', 'general', 'gen', 'emir', 'amir', 'ameer', 'imam', 'allama', 'sufi',
  'ustad', 'ustaz', 'mr', 'mrs', 'ms', 'sahib', 'janab', 'hazrat', 'colonel', 'col', 'major', 'captain',
  'capt', 'brigadier', 'lieutenant', 'lt', 'chief', 'late',
].map(fineToken));

/** Name parts too common to tell people apart when one name adds them. */
export const NON_DISCRIMINATING: ReadonlySet<string> = new Set([...TITLES, fineToken('muhammad')]);

const ORG_FILLER: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'outfit'].map(fineToken));

const PLACE_FILLER: ReadonlySet<string> = new Set(['valley', 'district', 'province', 'city', 'agency', 'tehsil', 'town'].map(fineToken));

function prepareName(raw: string, type: EntityType): PreparedName {
  const acronym = isAcronym(raw) ? acronymLetters(raw).toUpperCase() : null;
  let tokens = contentTokens(raw);
  if (type === 'person') {
    const kept = tokens.filter((t) => !TITLES.has(t));
    if (kept.length > 0) tokens = kept;
  } else if (type === 'organization' || type === 'place') {
    const filler = type === 'organization' ? ORG_FILLER : PLACE_FILLER;
    const kept = tokens.filter((t) => !filler.has(t));
    if (kept.length > 0) tokens = kept;
  }
  const simple = simplify(raw);
  const words = simple.split(' ').filter((w) => w && !JOINS.has(w)).length;
  const length = acronym ? acronym.length : tokens.join('').length;
  return { raw, simple, acronym, tokens, key: nameKey(raw), compact: compactSkeleton(tokens), words, length };
}

export function normaliseCountry(country: string | null | undefined): string | null {
  if (!country) return null;
  const c = simplify(country);
  const map: Record<string, string> = {
    pakistan: 'pk', afghanistan: 'af', india: 'in', iran: 'ir', iraq: 'iq', syria: 'sy', bangladesh: 'bd',
    'united states': 'us', usa: 'us', 'united kingdom': 'gb', uk: 'gb',
  };
  return map[c] ?? c;
}

export function prepare(profile: NameProfile): PreparedProfile {
  const seen = new Set<string>();
  const names: PreparedName[] = [];
  for (const n of [profile.name, ...profile.aliases]) {
    const s = simplify(n);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    names.push(prepareName(n, profile.type));
  }
  if (names.length === 0) names.push(prepareName(profile.name, profile.type));
  return {
    profile,
    names,
    country: normaliseCountry(profile.context?.country),
    coMentions: new Set(profile.context?.coMentions ?? []),
  };
}
