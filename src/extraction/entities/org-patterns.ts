/**
 * Organisations no dictionary knows, recognised by form: transliterated group names
 * ("Lashkar-e-…", "Tehreek-e-… Pakistan"), capitalised phrases with an organisational
 * head word ("… Front", "… Counter Terrorism Department", "Islamic Movement of …"),
 * Islamic State provinces ("Wilayat-e-Khorasan"), and "Name (ABC)" definitions.
 */
import type { Token } from '../text/tokens.js';
import { DEMONYMS, NOT_NAME, ORG_HEADS, ORG_PREFIXES } from '../text/words.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { isCapWord, isWord, nameRunEnd } from './name-runs.js';

const CONNECTORS = new Set(['of', 'and', 'for', '&', 'the']);
/** Common words that do begin organisation names ("Islamic Movement of …", "National … Authority"). */
const ORG_STARTS = new Set(['islamic', 'national', 'united', 'central', 'democratic', 'popular', 'federal', 'international', 'muslim', 'general', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'great']);
const FACILITY_HEADS = new Set(['university', 'college', 'school', 'park', 'shrine', 'graveyard', 'cemetery', 'hospital', 'airport', 'stadium', 'market', 'bazaar', 'prison', 'jail', 'bay', 'square', 'bridge', 'hotel', 'camp', 'cantonment', 'colony']);
const STATE_WORDS = new Set(['wilayat', 'wilayah', 'vilayat']);
const ORG_SUBTYPE_BY_HEAD: Readonly<Record<string, string>> = {
  party: 'political_party', department: 'state_agency', authority: 'state_agency', police: 'state_agency',
  ministry: 'state_agency', agency: 'state_agency', corps: 'state_agency', bureau: 'state_agency', court: 'state_agency',
  mosque: 'religious_institution', church: 'religious_institution', madrasa: 'religious_institution',
  news: 'other', times: 'other', tribune: 'other', post: 'other', university: 'other',
};

/** Capitalised phrase from i allowing inner connectors ("Islamic Movement of Uzbekistan"). */
function phraseEnd(tokens: readonly Token[], i: number): number {
  let j = nameRunEnd(tokens, i, 8, true);
  if (j < 0) return -1;
  for (;;) {
    const c = tokens[j + 1];
    if (!isWord(c) || !CONNECTORS.has(c.text.toLowerCase())) break;
    let k = j + 2;
    if (tokens[k]?.text.toLowerCase() === 'the') k++;
    const e = nameRunEnd(tokens, k, 6, true);
    if (e < 0) break;
    j = e;
  }
  return j;
}

const PART_SUBTYPE: Readonly<Record<string, string>> = { faction: 'faction', branch: 'militant_group', chapter: 'militant_group', cell: 'cell', wing: 'other' };

/** "Pakistani security forces": a state's forces named by nationality. */
const STATE_FORCES = /^\s+(?:security\s+forces|special\s+forces|armed\s+forces|police|army|military|law\s+enforcement\s+agencies|intelligence\s+agencies)\b/i;
/** Forces named by a country's short name: "US forces", "U.S. troops". */
const COUNTRY_FORCES = /^(?:US|U\.S\.|UK|NATO)\s+(?:special\s+)?(?:forces|troops)\b/;
/** A state's forces left unnamed ("security forces raided …", "the army launched …"): an agent analysts track. */
const BARE_FORCES = /\b(?:[Ss]ecurity\s+forces|[Ss]pecial\s+forces|[Tt]he\s+army(?!\s+of\b))\b/g;

export function orgPatterns(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  // "TTP's Fazlullah faction": a named part of the organisation just named.
  for (let k = 0; k + 3 < tokens.length; k++) {
    const q = tokens[k]!.text;
    if ((q !== "'" && q !== '’') || tokens[k + 1]?.text !== 's' || !isCapWord(tokens[k + 2])) continue;
    const j = nameRunEnd(tokens, k + 2, 3);
    const head = tokens[j + 1];
    const sub = head && head.kind === 'word' && !head.cap ? PART_SUBTYPE[head.text.toLowerCase()] : undefined;
    if (j < 0 || !sub) continue;
    out.push({ start: tokens[k + 2]!.start, end: head!.end, type: 'organization', subtype: sub, source: 'org-part', priority: PRIORITY.pattern });
  }
  for (const t of tokens) {
    if (!t.cap || !DEMONYMS.has(t.text.toLowerCase())) continue;
    const m = STATE_FORCES.exec(text.slice(t.end, t.end + 40));
    if (m) out.push({ start: t.start, end: t.end + m[0].length, type: 'organization', subtype: 'state_agency', source: 'org-state-forces', priority: PRIORITY.pattern });
  }
  for (const t of tokens) {
    if (t.text !== 'US' && t.text !== 'U' && t.text !== 'UK' && t.text !== 'NATO') continue;
    const m = COUNTRY_FORCES.exec(text.slice(t.start, t.start + 30));
    if (m) out.push({ start: t.start, end: t.start + m[0].length, type: 'organization', subtype: 'state_agency', source: 'org-state-forces', priority: PRIORITY.pattern });
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last) {
    const sentence = text.slice(first.start, last.end);
    BARE_FORCES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_FORCES.exec(sentence)) !== null) {
      const start = first.start + m.index;
      // "Pakistani security forces" is named by the pattern above; here only the unnamed ones.
      const before = tokens.find((x) => x.end <= start && x.end >= start - 1 && x.kind === 'word');
      if (before && (before.cap && DEMONYMS.has(before.text.toLowerCase()))) continue;
      if (/^[Tt]he/.test(m[0]) && /^\s*['’]/.test(text.slice(start + m[0].length, start + m[0].length + 2))) continue;
      out.push({ start, end: start + m[0].length, type: 'organization', subtype: 'state_agency', source: 'org-bare-forces', priority: PRIORITY.cue });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapWord(t)) continue;
    const lower = t.text.toLowerCase();
    if (ORG_PREFIXES.has(lower) || STATE_WORDS.has(lower)) {
      const j = nameRunEnd(tokens, i, 6);
      if (j > i) {
        out.push({ start: t.start, end: tokens[j]!.end, type: 'organization', subtype: 'militant_group', source: 'org-form', priority: PRIORITY.pattern });
        i = j;
        continue;
      }
    }
    if (NOT_NAME.has(lower) && lower !== 'the' && !ORG_HEADS.has(lower) && !ORG_STARTS.has(lower)) continue;
    // "Growing the Network": a phrase led by a verb form is a headline, not a name.
    // "Kettering Rovers" is a name: the verb form must be followed by a lower-case word.
    if (/ing$/.test(lower) && !ORG_HEADS.has(lower) && !isCapWord(tokens[i + 1])) continue;
    const j = phraseEnd(tokens, i);
    if (j < 0) continue;
    let headAt = -1;
    let facility = false;
    for (let k = i; k <= j; k++) {
      const w = tokens[k]!.text.toLowerCase();
      if (!tokens[k]!.cap) continue;
      // A head counts at the end of the phrase or before "of" ("Islamic Movement of …").
      const final = k === j || tokens[k + 1]?.text === 'of' || (tokens[k + 1]?.text === 'for' && ORG_HEADS.has(w));
      if (!final) continue;
      if (FACILITY_HEADS.has(w)) { facility = true; headAt = k; }
      else if (ORG_HEADS.has(w)) { facility = false; headAt = k; }
    }
    // The head must not be the phrase's only word ("Army" alone is not a name).
    if (headAt < 0 || j === i) continue;
    // An all-caps run ("BRIEF ANALYSIS", "FRONT NEWS") is a heading, not a name.
    if (tokens.slice(i, j + 1).every((x) => x.kind !== 'word' || x.text === x.text.toUpperCase())) { i = j; continue; }
    let s = i;
    if (tokens[s]!.text === 'The' && s < j) s++;
    // "designated as a Foreign Terrorist Organization": an indefinite phrase names a category.
    const det = tokens[i - 1]?.text.toLowerCase();
    if (det === 'a' || det === 'an') { i = j; continue; }
    const head = tokens[headAt]!.text.toLowerCase();
    out.push(facility
      ? { start: tokens[s]!.start, end: tokens[j]!.end, type: 'place', subtype: 'facility', source: 'facility-form', priority: PRIORITY.pattern }
      : { start: tokens[s]!.start, end: tokens[j]!.end, type: 'organization', subtype: ORG_SUBTYPE_BY_HEAD[head] ?? (head === 'taliban' ? 'militant_group' : 'other'), source: 'org-form', priority: PRIORITY.pattern });
    i = j;
  }
  void text;
  return out;
}

/** Initials of a name for acronym checks: "Tehreek-e-Khilafat Pakistan" → "TKP". */
export function initialsOf(name: string): string {
  return name.split(/[\s\-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** An all-caps (or mixed "LeJ") acronym token. */
export function looksLikeAcronym(s: string): boolean {
  return /^[A-Z][A-Za-z]{1,6}$/.test(s) && s.replace(/[^A-Z]/g, '').length >= Math.max(2, Math.ceil(s.length / 2));
}
