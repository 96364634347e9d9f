/**
 * Capitalised names no dictionary or pattern explains, classified by the company they
 * keep: a short title-case run followed by a speech or identity verb (after an
 * apposition's closing comma too: "a spokesman, X, said"), an age ("X, 54,"), ", who" or
 * a comma apposition ("X, a farmer") is a person; an unexplained all-caps
 * acronym in running text is an organisation; a name right before ", <known place>"
 * is a locality within it, and one coordinated with a place ("X and <place>") a place. Everything else stays unlabelled — a wrong label costs an
 * analyst more than a missing one.
 */
import type { Token } from '../text/tokens.js';
import { DEMONYMS, MONTHS, NOT_NAME, ORG_HEADS } from '../text/words.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { isCapWord, nameRunEnd } from './name-runs.js';

const PERSON_AFTER = /^\s*,\s*\d{1,3}\s*,|^\s*,\s*who\s|^\s*,?\s*(?:said|scored|resigned|pleaded|testified|admitted|married|says|told|added|stated|explained|argued|noted|warned|insisted|claimed|denied|confirmed|declared|wrote|who\s+(?:is|was|has|had|heads|led|leads)|,\s*(?:a|an|the)\s+(?:\d{1,3}-year-old|former|senior|local|retired|veteran)\b|,\s*(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|leader|official|minister|president|chief|director|member|commander|cleric|lawyer|journalist|analyst|farmer|resident|student|teacher|doctor|businessman|founder|deputy|militant|son|brother|father)\b|\s+(?:was|were|has been|had been)\s+(?:arrested|killed|detained|sentenced|appointed|named|elected|released)|,\s*[A-Z][\w-]*['’]s?\s+(?:younger\s+|elder\s+)?(?:son|brother|father|nephew|cousin|deputy|successor|spokesman|aide)\b)/i;
const NOT_ACRONYM = new Set(['IED', 'IEDS', 'POW', 'DPO', 'SSP', 'PKR', 'USD', 'GDP', 'CEO', 'TV', 'PHD', 'AK', 'RPG', 'UTC', 'GMT', 'AM', 'PM', 'BC', 'AD', 'ID', 'NB', 'PS', 'OK', 'FIR', 'SHO', 'DIG', 'IGP', 'SP', 'ASI']);

export function genericNames(text: string, tokens: readonly Token[], taken: (s: number, e: number) => boolean, isPlace: (s: number, e: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const prose = tokens.some((t) => t.kind === 'word' && !t.cap);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapWord(t)) continue;
    const lower = t.text.toLowerCase();
    if (NOT_NAME.has(lower) || DEMONYMS.has(lower) || MONTHS[lower] !== undefined) continue;
    const j = nameRunEnd(tokens, i, 5);
    if (j < 0) continue;
    if (taken(t.start, tokens[j]!.end)) { i = j; continue; }
    const run = tokens.slice(i, j + 1).filter((x) => x.kind === 'word' && x.cap);
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 60);
    // Acronym in running text.
    if (i === j && prose && /^[A-Z]{3,6}$/.test(t.text) && !NOT_ACRONYM.has(t.text) && !/^\s*[\d$:–—(-]/.test(after)) {
      out.push({ start: t.start, end: t.end, type: 'organization', subtype: null, source: 'generic-acronym', priority: PRIORITY.generic });
      continue;
    }
    // "between Tolvaran and Mesquin Island": a name coordinated with a place is a place.
    if (run.length <= 3 && !run.some((x) => ORG_HEADS.has(x.text.toLowerCase()) || NOT_NAME.has(x.text.toLowerCase())) && i > 0 && !tokens[i - 1]!.cap) {
      const andAt = /^\s+and\s+/.exec(after);
      const next = andAt ? tokens.find((x) => x.start >= tokens[j]!.end + andAt[0].length && x.kind === 'word') : undefined;
      if (next && next.cap && isPlace(next.start, next.end)) {
        out.push({ start: t.start, end: tokens[j]!.end, type: 'place', subtype: 'locality', source: 'generic-place', priority: PRIORITY.generic });
        i = j;
        continue;
      }
    }
    if (run.length < 2 || run.length > 3) { i = j; continue; }
    if (run.some((x) => ORG_HEADS.has(x.text.toLowerCase()) || NOT_NAME.has(x.text.toLowerCase()) || x.text.length < 2 || /^[A-Z]+$/.test(x.text))) { i = j; continue; }
    if (PERSON_AFTER.test(after)) {
      out.push({ start: t.start, end: tokens[j]!.end, type: 'person', subtype: null, source: 'generic-person', priority: PRIORITY.generic });
    } else if (/^\s*,\s*/.test(after)) {
      // "Safoora Goth, Karachi": a name before a known place is a locality within it.
      const next = tokens.findIndex((x) => x.start >= tokens[j]!.end + 1 && x.kind === 'word');
      if (next > 0 && isPlace(tokens[next]!.start, tokens[next]!.end)) out.push({ start: t.start, end: tokens[j]!.end, type: 'place', subtype: 'locality', source: 'generic-place', priority: PRIORITY.generic });
    }
    i = j;
  }
  return out;
}

/**
 * "Achin, Nazyan, Kot and Deh Bala": in a list joined by commas and "and", where one
 * member is a known place, the unexplained capitalised members are places too.
 */
export function listedPlaces(text: string, tokens: readonly Token[], taken: (s: number, e: number) => boolean, isPlace: (s: number, e: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let group: Array<{ start: number; end: number; known: boolean }> = [];
  const flush = () => {
    if (group.length >= 3 && group.some((g) => g.known)) {
      for (const g of group) if (!g.known) out.push({ start: g.start, end: g.end, type: 'place', subtype: 'locality', source: 'generic-place-list', priority: PRIORITY.generic });
    }
    group = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapWord(t)) continue;
    const lower = t.text.toLowerCase();
    const j = nameRunEnd(tokens, i, 3);
    if (j < 0) continue;
    const start = t.start;
    const end = tokens[j]!.end;
    const words = tokens.slice(i, j + 1).filter((x) => x.kind === 'word').map((x) => x.text.toLowerCase());
    const known = isPlace(start, end);
    const fits = known || (!taken(start, end) && !words.some((w) => ORG_HEADS.has(w) || NOT_NAME.has(w) || DEMONYMS.has(w) || MONTHS[w] !== undefined) && !/^[A-Z]{2,}$/.test(t.text));
    const prev = group[group.length - 1];
    const joined = prev !== undefined && /^\s*(?:,|,?\s+and)\s+$/.test(text.slice(prev.end, start));
    if (!joined) flush();
    if (!fits || NOT_NAME.has(lower)) { flush(); i = j; continue; }
    group.push({ start, end, known });
    i = j;
  }
  flush();
  return out;
}
