/**
 * All entity candidates of one sentence: dictionary matches (organisations, places
 * with their administrative suffix), form-based organisations, people and places,
 * then one non-overlapping set; finally "Name (ABC)" acronym definitions.
 */
import type { Lexicon, LexiconOrg, LexiconPlace } from '../lexicon.js';
import type { Token } from '../text/tokens.js';
import { DictionaryMatcher } from './dictionary-matcher.js';
import { PRIORITY, resolveOverlaps, type Candidate } from './candidate.js';
import { orgPatterns, looksLikeAcronym, initialsOf } from './org-patterns.js';
import { personPatterns } from './person-patterns.js';
import { adminSuffixEnd, placePatterns } from './place-patterns.js';
import { genericNames } from './generic-names.js';

export interface Matchers {
  readonly orgs: DictionaryMatcher<LexiconOrg>;
  readonly places: DictionaryMatcher<LexiconPlace>;
}

const cache = new WeakMap<Lexicon, Matchers>();

/** Dictionary matchers are costly to build, so each lexicon gets them once. */
export function matchersFor(lexicon: Lexicon): Matchers {
  let m = cache.get(lexicon);
  if (!m) {
    // Places are many and short: transliteration folding would make noise, so they match by spelling only.
    m = { orgs: new DictionaryMatcher(lexicon.orgs), places: new DictionaryMatcher(lexicon.places, Number.POSITIVE_INFINITY) };
    cache.set(lexicon, m);
  }
  return m;
}

/** Bare movement names used for several national or local movements. */
const GENERIC_MOVEMENT = /^(?:the\s+)?taliban$/i;
const HOME_QUALIFIER = /^\s+(?:in|of|from)\s+(?:the\s+)?(?:Afghanistan|Afghan)\b/;

/**
 * "the Taliban in Swat", "the Taliban of Waziristan": a bare movement name with a
 * regional qualifier is a local movement, not the national organisation the bare
 * name resolves to, so it is left unresolved.
 */
function regionalMovement(text: string, surface: string, end: number): boolean {
  if (!GENERIC_MOVEMENT.test(surface.trim())) return false;
  const after = text.slice(end, end + 40);
  return /^\s+(?:in|of|from)\s+(?:the\s+)?\p{Lu}/u.test(after) && !HOME_QUALIFIER.test(after);
}

export function recogniseSentence(text: string, tokens: readonly Token[], m: Matchers, sentenceStart: number): Candidate[] {
  const cands: Candidate[] = [];
  const known: Array<readonly [number, number]> = [];
  for (const d of m.orgs.match(text, tokens, sentenceStart)) {
    if (regionalMovement(text, d.text, d.end)) continue;
    cands.push({ start: d.start, end: d.end, type: 'organization', subtype: d.entry.subtype, source: 'org-dict', priority: PRIORITY.dictionary, org: d.entry });
    known.push([d.start, d.end]);
  }
  for (const d of m.places.match(text, tokens, sentenceStart)) {
    const suffix = adminSuffixEnd(tokens, d.j);
    const end = tokens[suffix.end]!.end;
    cands.push({ start: d.start, end, type: 'place', subtype: d.entry.subtype ?? suffix.subtype, source: 'place-dict', priority: PRIORITY.dictionary, place: d.entry });
    known.push([d.start, d.end]);
  }
  // Dateline: "PESHAWAR:", "BRUSSELS 1996-08-22", "LAHORE (Reuters) -" open a report with its place.
  const lead = tokens[0];
  if (lead && lead.kind === 'word' && lead.text.length > 3 && lead.text === lead.text.toUpperCase() && /^\s*(?::|\(|[-–—]|\d)/.test(text.slice(lead.end, lead.end + 3))) {
    const place = m.places.lookup(lead.text);
    if (place) {
      cands.push({ start: lead.start, end: lead.end, type: 'place', subtype: place.subtype, source: 'place-dateline', priority: PRIORITY.dictionary, place });
      known.push([lead.start, lead.end]);
    }
  }
  const isKnown = (s: number, e: number) => known.some(([a, b]) => a <= s && e <= b);
  cands.push(...orgPatterns(text, tokens));
  const overlapsKnown = (s: number, e: number) => known.some(([a, b]) => a < e && s < b);
  cands.push(...personPatterns(text, tokens, { isKnown, overlapsKnown }));
  cands.push(...placePatterns(tokens, isKnown));
  const dictOrgs = cands.filter((c) => c.source === 'org-dict');
  const filtered = cands.filter((c) => c.source === 'org-dict' || c.source === 'place-dict'
    || !(/\sand\s/.test(text.slice(c.start, c.end)) && dictOrgs.some((d) => c.start <= d.start && d.end <= c.end)));
  const placeSpans = filtered.filter((c) => c.type === 'place');
  const taken = (s: number, e: number) => filtered.some((c) => c.start < e && s < c.end);
  const isPlace = (s: number, e: number) => placeSpans.some((c) => c.start <= s && e <= c.end);
  const kept = resolveOverlaps([...filtered, ...genericNames(text, tokens, taken, isPlace)]);
  return withAcronymDefinitions(text, tokens, kept);
}

/** "Frontier Corps (FC)": the bracketed acronym names the organisation just before it. */
function withAcronymDefinitions(text: string, tokens: readonly Token[], kept: Candidate[]): Candidate[] {
  const out = [...kept];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')') continue;
    const acr = tokens[k + 1]!;
    if (!looksLikeAcronym(acr.text)) continue;
    const known = out.find((c) => c.start === acr.start && c.org);
    if (known) {
      // "Islamic Union of Uzbekistan (IMU)": the dictionary knows IMU, so the long form is IMU too.
      const open = tokens[k]!.start;
      const li = out.findIndex((c) => c.end <= open && c.type === 'organization' && !c.org && text.slice(c.end, open).trim() === '');
      if (li >= 0) out[li] = { ...out[li]!, org: known.org!, subtype: known.org!.subtype, source: 'acronym-definition' };
      continue;
    }
    const generic = out.findIndex((c) => c.start === acr.start && c.source.startsWith('generic'));
    if (generic >= 0) out.splice(generic, 1);
    if (out.some((c) => c.start === acr.start)) continue;
    const prev = [...kept].reverse().find((c) => c.end <= tokens[k]!.start);
    if (!prev || text.slice(prev.end, tokens[k]!.start).trim() !== '') continue;
    if (prev.type === 'person') continue;
    const name = text.slice(prev.start, prev.end);
    const initials = initialsOf(name).toUpperCase();
    const letters = acr.text.toUpperCase();
    // Accept when the letters plausibly abbreviate the name (first letter agrees).
    if (prev.type === 'place' && !initials.startsWith(letters)) continue;
    if (initials[0] !== letters[0]) continue;
    out.push({ start: acr.start, end: acr.end, type: prev.type === 'place' && prev.subtype === 'facility' ? 'place' : 'organization', subtype: prev.subtype, source: 'acronym-definition', priority: PRIORITY.definition, sameAsEnd: prev.end, ...(prev.org ? { org: prev.org } : {}) });
  }
  // "X, also known as Y": Y is another name of X.
  for (let c = 1; c < out.length; c++) {
    const o = out[c]!;
    const p = out[c - 1]!;
    if (o.type !== 'organization' || p.type !== 'organization' || o.sameAsEnd !== undefined) continue;
    if (!/^\s*,?\s*\(?\s*(?:also\s+known\s+as|also\s+called|aka|a\.k\.a\.|formerly(?:\s+known\s+as)?|previously\s+known\s+as)\s+(?:the\s+)?$/i.test(text.slice(p.end, o.start))) continue;
    if (o.org && p.org && o.org.id !== p.org.id) continue;
    out[c] = { ...o, sameAsEnd: p.end, ...(p.org ? { org: p.org, subtype: p.org.subtype } : {}) };
  }
  // "X (ABC; literally Army of the Good)": names inside the defining bracket are X's other names.
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ';') continue;
    const prev = [...kept].reverse().find((c) => c.end <= tokens[k]!.start);
    if (!prev || prev.type !== 'organization' || text.slice(prev.end, tokens[k]!.start).trim() !== '') continue;
    const close = tokens.findIndex((t, idx) => idx > k && t.text === ')');
    const limit = close > 0 ? tokens[close]!.start : tokens[tokens.length - 1]!.end;
    for (let c = 0; c < out.length; c++) {
      const o = out[c]!;
      if (o.start > tokens[k + 2]!.end && o.end <= limit && o.type === 'organization' && !o.org) out[c] = { ...o, sameAsEnd: prev.end, subtype: prev.subtype, ...(prev.org ? { org: prev.org } : {}) };
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
