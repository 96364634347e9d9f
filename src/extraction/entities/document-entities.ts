/**
 * Entity recognition over a whole document: per-sentence candidates, then a second
 * pass with what the document itself taught us — names found by patterns are matched
 * again wherever they recur, later single-word mentions link to an earlier person
 * whose name contains them ("Ishaq" → "Malik Ishaq", even where "Basra" is also a
 * city), and unexplained acronyms link to an organisation whose initials they spell.
 */
import type { Span } from '../types.js';
import type { Token } from '../text/tokens.js';
import { PRIORITY, resolveOverlaps, type Candidate } from './candidate.js';
import { DictionaryMatcher } from './dictionary-matcher.js';
import { recogniseSentence, type Matchers } from './recognise.js';
import { EntityRegistry, cleanName, nameParts, type Mention } from './registry.js';
import { initialsOf, looksLikeAcronym } from './org-patterns.js';
import { DEMONYMS, NOT_NAME, TITLES } from '../text/words.js';
import { nameKey } from '../../resolution/normalise.js';
import { isCapWord } from './name-runs.js';
import { listedPlaces } from './generic-names.js';

export interface SentenceUnit {
  readonly span: Span;
  readonly tokens: readonly Token[];
  mentions: Mention[];
}

interface DocForm { readonly key: string; readonly type: Candidate['type']; readonly subtype: string | null }

export function recogniseDocument(text: string, units: SentenceUnit[], m: Matchers): EntityRegistry {
  const first: Candidate[][] = units.map((u) => recogniseSentence(text, u.tokens, m, u.span.start));

  // Pass 1: register in document order to learn keys and names.
  const probe = new EntityRegistry();
  const forms = new Map<string, DocForm>();
  const partOwners = new Map<string, Set<string>>();
  for (const cands of first) {
    const ends = new Map<number, string>();
    for (const c of cands) {
      const same = c.sameAsEnd !== undefined ? ends.get(c.sameAsEnd) ?? null : null;
      const key = probe.keyFor(c, text.slice(c.start, c.end), same);
      probe.add(c, text.slice(c.start, c.end), key);
      ends.set(c.end, key);
      const name = cleanName(text.slice(c.start, c.end));
      if (c.source !== 'place-locative' && c.source !== 'org-dict' && c.source !== 'place-dict' && !forms.has(name)) {
        forms.set(name, { key, type: c.type, subtype: c.subtype });
      }
      if (c.type === 'person') {
        for (const p of nameParts(name)) {
          if (NOT_NAME.has(p.toLowerCase())) continue;
          const s = partOwners.get(p) ?? new Set<string>();
          s.add(key);
          partOwners.set(p, s);
        }
      }
    }
  }
  for (const [part, owners] of partOwners) {
    if (owners.size !== 1 || forms.has(part)) continue;
    const key = [...owners][0]!;
    forms.set(part, { key, type: 'person', subtype: null });
    // "al-Baghdadi" is also written "Baghdadi".
  }
  const orgNames = [...forms.entries()].filter(([, f]) => f.type === 'organization');
  const docMatcher = new DictionaryMatcher(forms, 100);

  const forcesKey = namedForces(text, first);
  // "Achin district" once makes a bare "Achin" in a list recognisable as that place.
  const placeNames = new Set<string>();
  for (const cands of first) for (const c of cands) if (c.type === 'place') placeNames.add(text.slice(c.start, c.end).toLowerCase().replace(/\s+(?:district|province|tehsil|agency|division|city|town|region|valley)$/, ''));
  // Pass 2: add recurrences, let person name parts override lone place words, link acronyms.
  const registry = new EntityRegistry();
  units.forEach((u, idx) => {
    const cands = [...first[idx]!];
    for (const d of docMatcher.match(text, u.tokens, u.span.start)) {
      // "Shah" of a known "X Shah" inside "the Shah Noorani shrine": part of another name.
      if (d.entry.type === 'person' && d.i === d.j && (isCapWord(u.tokens[d.j + 1]) || (d.i > 0 && isCapWord(u.tokens[d.i - 1]) && /^\s+$/.test(text.slice(u.tokens[d.i - 1]!.end, d.start))))) continue;
      // "Leontine Vasquez-Orr" before the document calls her "Vasquez-Orr": a given name joins a known multi-token surname.
      const given = u.tokens[d.i - 1];
      if (d.entry.type === 'person' && d.j > d.i && isCapWord(given) && given.end + 1 === d.start && /^\s$/.test(text.slice(given.end, d.start))
        && !isCapWord(u.tokens[d.i - 2]) && !NOT_NAME.has(given.text.toLowerCase()) && !TITLES.has(given.text.toLowerCase()) && !DEMONYMS.has(given.text.toLowerCase())
        && !first[idx]!.some((c) => c.start < d.end && given.start < c.end && c.type !== 'person')) {
        for (const c of cands.filter((x) => x.start < d.end && given.start < x.end)) cands.splice(cands.indexOf(c), 1);
        cands.push({ start: given.start, end: d.end, type: 'person', subtype: null, source: 'doc-recurrence', priority: PRIORITY.definition, docKey: d.entry.key });
        continue;
      }
      const overlapping = cands.filter((c) => c.start < d.end && d.start < c.end);
      const overridePlace = d.entry.type === 'person' && overlapping.length === 1 && overlapping[0]!.type === 'place'
        && overlapping[0]!.start === d.start && overlapping[0]!.end === d.end;
      if (overlapping.length > 0 && !overridePlace) continue;
      if (overridePlace) cands.splice(cands.indexOf(overlapping[0]!), 1);
      cands.push({ start: d.start, end: d.end, type: d.entry.type, subtype: d.entry.subtype, source: 'doc-recurrence', priority: PRIORITY.definition, docKey: d.entry.key });
    }
    for (const t of u.tokens) {
      if (!looksLikeAcronym(t.text) || t.text !== t.text.toUpperCase() || cands.some((c) => c.start < t.end && t.start < c.end)) continue;
      const hit = orgNames.find(([n]) => n.length > t.text.length + 3 && initialsOf(n) === t.text);
      if (hit) cands.push({ start: t.start, end: t.end, type: 'organization', subtype: hit[1].subtype, source: 'acronym-initials', priority: PRIORITY.cue, docKey: hit[1].key });
    }
    // With the document's own places known, a list that names one of them names places only.
    cands.push(...listedPlaces(text, u.tokens, (a, b) => cands.some((c) => c.start < b && a < c.end), (a, b) => placeNames.has(text.slice(a, b).toLowerCase()) || cands.some((c) => c.type === 'place' && c.start <= a && b <= c.end)));
    for (let c = 0; c < cands.length; c++) {
      const k = cands[c]!.source === 'org-bare-forces' ? forcesKey.get(lastWords(text.slice(cands[c]!.start, cands[c]!.end))) : undefined;
      if (k) cands[c] = { ...cands[c]!, docKey: k };
    }
    const kept = resolveOverlaps(cands);
    const ends = new Map<number, string>();
    u.mentions = kept.map((c) => {
      const docKey = c.docKey ?? null;
      const same = c.sameAsEnd !== undefined ? ends.get(c.sameAsEnd) ?? null : null;
      const key = docKey ?? registry.keyFor(c, text.slice(c.start, c.end), same);
      const mention = registry.add(c, text.slice(c.start, c.end), key);
      ends.set(c.end, key);
      return mention;
    });
  });
  return registry;
}

const lastWords = (s: string) => s.toLowerCase().split(/\s+/).slice(-2).join(' ');

/**
 * "Pakistani security forces … security forces": when the document names exactly one
 * country's forces of a kind, the unnamed mentions of that kind are the same actor.
 */
function namedForces(text: string, first: readonly (readonly Candidate[])[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const cands of first) for (const c of cands) {
    if (c.source !== 'org-state-forces') continue;
    const surface = text.slice(c.start, c.end);
    const key = c.org ? `organization:${c.org.id}` : `organization:${nameKey(cleanName(surface)) || cleanName(surface).toLowerCase()}`;
    const kind = lastWords(surface);
    seen.set(kind, (seen.get(kind) ?? new Set()).add(key));
  }
  const out = new Map<string, string>();
  for (const [kind, keys] of seen) if (keys.size === 1) out.set(kind, [...keys][0]!);
  return out;
}
