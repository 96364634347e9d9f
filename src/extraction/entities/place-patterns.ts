/**
 * Place spans beyond bare gazetteer names: administrative suffixes kept in the span
 * ("Zhob District", "Khost province"), "the city/town/district of X", and an unknown
 * capitalised word after a locative preposition ("in Safoora") as a low-confidence locality.
 */
import type { Token } from '../text/tokens.js';
import { DEMONYMS, MONTHS, NOT_NAME, ORG_HEADS, PLACE_HEADS, PLACE_STARTS } from '../text/words.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { isCapWord, isWord, nameRunEnd } from './name-runs.js';

export const ADMIN_SUFFIX: Readonly<Record<string, string>> = {
  province: 'province', district: 'district', division: 'district', tehsil: 'district', agency: 'district',
  city: 'city', town: 'city', village: 'locality', goth: 'locality', region: 'region', valley: 'region',
};
const OF_HEADS = new Set(['city', 'town', 'village', 'district', 'province', 'region', 'capital', 'outskirts', 'suburb', 'coast', 'edge', 'streets', 'residents', 'mayor', 'council']);
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'outside', 'inside', 'across']);
/** Words after which "to X" is a destination ("moved its offices to X", "fled to X"). */
const MOTION = new Set(['moved', 'move', 'moving', 'travelled', 'traveled', 'returned', 'fled', 'flew', 'drove', 'sailed', 'offices', 'relocated', 'relocate', 'transferred', 'deported', 'headed', 'back', 'road', 'route', 'trip', 'journey', 'flights']);
/** Capitalised words that follow "in"/"at" without being places: languages, faiths, seasons, media. */
const NOT_A_PLACE = new Set(['urdu', 'english', 'arabic', 'pashto', 'persian', 'dari', 'farsi', 'islam', 'christianity', 'hinduism',
  'ramadan', 'ramazan', 'eid', 'muharram', 'ashura', 'shariah', 'sharia', 'parliament', 'congress', 'court', 'twitter', 'facebook',
  'telegram', 'youtube', 'whatsapp', 'internet', 'google', 'god', 'allah', 'jihad', 'christmas', 'friday', 'sunday', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'senate', 'cabinet', 'dawn', 'reuters', 'terrorism', 'security', 'defense', 'defence', 'politics']);

/** End token of an administrative suffix right after token j, or j when there is none. */
export function adminSuffixEnd(tokens: readonly Token[], j: number): { end: number; subtype: string | null } {
  const n = tokens[j + 1];
  if (isWord(n)) {
    const sub = ADMIN_SUFFIX[n.text.toLowerCase()];
    if (sub && sub !== 'locality' && sub !== 'city') return { end: j + 1, subtype: sub };
    if (sub === 'locality' && n.cap) return { end: j + 1, subtype: sub };
  }
  return { end: j, subtype: null };
}

export function placePatterns(tokens: readonly Token[], isKnown: (s: number, e: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!;
    if (!isWord(w)) continue;
    const lower = w.text.toLowerCase();
    let k = -1;
    let subtype: string | null = null;
    let bare = false;
    if (OF_HEADS.has(lower) && tokens[i + 1]?.text === 'of' && isCapWord(tokens[i + 2])) { k = i + 2; subtype = ADMIN_SUFFIX[lower] ?? 'city'; }
    else if (!w.cap && isCapWord(tokens[i + 1]) && (LOCATIVE.has(lower) || (lower === 'to' && MOTION.has(tokens[i - 1]?.text.toLowerCase() ?? '')))) { k = i + 1; subtype = 'locality'; bare = true; }
    if (k < 0) continue;
    const first = tokens[k]!.text.toLowerCase();
    if (NOT_NAME.has(first) || DEMONYMS.has(first) || MONTHS[first] !== undefined || NOT_A_PLACE.has(first)) continue;
    let j = nameRunEnd(tokens, k, 3);
    if (j < 0) continue;
    if (j === k + 1 && ADMIN_SUFFIX[tokens[j]!.text.toLowerCase()]) j = k;
    const words = tokens.slice(k, j + 1).map((t) => t.text.toLowerCase());
    if (words.some((x) => ORG_HEADS.has(x) || NOT_NAME.has(x))) continue;
    if (isKnown(tokens[k]!.start, tokens[j]!.end)) continue;
    // A bare "in X" guess only for a single title-case word that is not an acronym.
    if (bare && (j > k || /^[A-Z]+$/.test(tokens[k]!.text))) continue;
    const suffix = adminSuffixEnd(tokens, j);
    if (suffix.subtype) { j = suffix.end; subtype = suffix.subtype; }
    out.push({ start: tokens[k]!.start, end: tokens[j]!.end, type: 'place', subtype, source: bare ? 'place-locative' : 'place-of', priority: bare ? PRIORITY.generic : PRIORITY.cue });
  }
  return [...out, ...placeByForm(tokens, isKnown)];
}

/** "Silbrook River", "Cobble Fen", "Port Anselm": a geographic head word or start makes a short capitalised run a place. */
function placeByForm(tokens: readonly Token[], isKnown: (s: number, e: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i])) continue;
    const j = nameRunEnd(tokens, i, 4);
    if (j <= i) continue;
    const words = tokens.slice(i, j + 1).filter(isWord).map((t) => t.text.toLowerCase());
    const head = PLACE_HEADS[words[words.length - 1]!];
    const start = PLACE_STARTS.has(words[0]!) && words.length >= 2;
    const first = words[0]!;
    if ((!head && !start) || words.some((x) => ORG_HEADS.has(x)) || NOT_NAME.has(first) || DEMONYMS.has(first) || MONTHS[first] !== undefined) { i = j; continue; }
    // A run that is all head ("Lake", "Upper River") or a known name already is not new.
    if (words.length < 2 || isKnown(tokens[i]!.start, tokens[j]!.end)) { i = j; continue; }
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'place', subtype: head ?? 'locality', source: 'place-form', priority: PRIORITY.cue });
    i = j;
  }
  return out;
}
