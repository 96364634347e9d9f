/**
 * People recognised by context: honorifics that belong to the name (Maulana, Mufti,
 * Hafiz, Mullah, Qari…), ranks and role words that introduce one (Lt. General,
 * spokesman, commander, cleric…), common Muslim given names and nasab particles
 * (Abu …, Abdul …, … al-X), "by"/"including" lists, and "X aka Y" aliases.
 */
import type { Token } from '../text/tokens.js';
import { DEMONYMS, NAME_HONORIFICS, NAME_STARTS, NOT_NAME, ORG_HEADS, TITLES } from '../text/words.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { isCapWord, isWord, nameRunEnd } from './name-runs.js';

/** Lower-case words after which a capitalised run names a person. */
const CUES = new Set(['spokesman', 'spokesperson', 'commander', 'commanders', 'leader', 'chief', 'cleric', 'caliph', 'emir',
  'detainee', 'singer', 'journalist', 'militant', 'founder', 'deputy', 'activist', 'activists', 'minister', 'officer',
  'son', 'brother', 'father', 'nephew', 'cousin', 'successor', 'mastermind', 'by', 'including', 'aka', 'alias', 'preacher', 'scholar', 'ideologue', 'said', 'told',
  'predecessor', 'governor', 'chairman', 'aide', 'associate', 'amir', 'ameer', 'named', 'appointed',
  // Occupations that newswire puts before a name ("Rovers manager X", "marine biologist X").
  'manager', 'coach', 'striker', 'biologist', 'scientist', 'researcher', 'economist', 'lawyer', 'attorney', 'executive',
  'teacher', 'professor', 'doctor', 'reporter', 'editor', 'president', 'secretary', 'mayor', 'judge', 'director']);

/** "the abduction of X": X is a person. */
const OF_CUES = new Set(['abduction', 'kidnapping', 'murder', 'assassination', 'killing', 'arrest', 'release', 'execution', 'beheading', 'son', 'brother', 'father', 'daughter', 'wife', 'widow', 'follower', 'disciple']);

export interface PersonContext {
  /** True when the token range is a known place or organisation in the dictionaries. */
  readonly isKnown: (start: number, end: number) => boolean;
  /** True when any dictionary match overlaps the range. */
  readonly overlapsKnown: (start: number, end: number) => boolean;
}

function run(tokens: readonly Token[], i: number): number {
  const j = nameRunEnd(tokens, i, 5);
  if (j < 0) return -1;
  // A trailing organisation head ("… Army") makes it an organisation, not a person.
  for (let k = i; k <= j; k++) if (ORG_HEADS.has(tokens[k]!.text.toLowerCase()) && tokens[k]!.text.toLowerCase() !== 'taliban') return -1;
  return j;
}

export function personPatterns(text: string, tokens: readonly Token[], ctx: PersonContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (i: number, j: number, priority: number, source: string) => {
    // Skip a leading known place ("DPO Charsadda Khalid Sohail").
    while (j > i + 1 && ctx.isKnown(tokens[i]!.start, tokens[i]!.end) && !ctx.isKnown(tokens[i + 1]!.start, tokens[j]!.end)) i++;
    if (ctx.isKnown(tokens[i]!.start, tokens[j]!.end)) return;
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'person', subtype: null, source, priority });
  };
  let listMode = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (t.kind !== 'word') { if (t.text !== ',') listMode = false; continue; }
    if (!t.cap) {
      if (lower === 'and' || lower === 'former') continue;
      listMode = CUES.has(lower) || (lower === 'of' && OF_CUES.has(tokens[i - 1]?.text.toLowerCase() ?? ''));
      continue;
    }
    if (NAME_HONORIFICS.has(lower) && isCapWord(tokens[i + 1])) {
      const j = run(tokens, i);
      if (j > i) { push(i, j, PRIORITY.honorific, 'person-honorific'); i = j; listMode = true; continue; }
    }
    if (TITLES.has(lower)) {
      // "Lt. General X", "Lt Gen X", "Dr. X": skip the title words and dots.
      let k = i + 1;
      for (;;) {
        while (k < tokens.length && (tokens[k]!.text === '.' || TITLES.has(tokens[k]!.text.toLowerCase()))) k++;
        // "Colonel (retd) X": a retirement mark between rank and name.
        if (tokens[k]?.text === '(' && /^(?:retd|retired|r)$/i.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') { k += 3; continue; }
        if (tokens[k]?.text === '(' && /^(?:retd|retired|r)$/i.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === '.' && tokens[k + 3]?.text === ')') { k += 4; continue; }
        break;
      }
      if (isCapWord(tokens[k]) && !NOT_NAME.has(tokens[k]!.text.toLowerCase())) {
        const j = run(tokens, k);
        if (j >= k) { push(k, j, PRIORITY.honorific, 'person-title'); i = j; listMode = true; continue; }
      }
      continue;
    }
    if (NOT_NAME.has(lower) || DEMONYMS.has(lower)) { listMode = false; continue; }
    const j = run(tokens, i);
    if (j < 0) continue;
    const arabic = NAME_STARTS.has(lower) && j > i;
    const nasab = j > i && tokens.slice(i, j + 1).some((x) => x.text === 'al' || x.text === 'bin' || x.text === 'ibn');
    if ((arabic || nasab) && !ctx.overlapsKnown(t.start, tokens[j]!.end)) { push(i, j, PRIORITY.pattern, 'person-name'); i = j; listMode = true; continue; }
    if (listMode && !ctx.isKnown(t.start, tokens[j]!.end)) { push(i, j, PRIORITY.cue, 'person-cue'); i = j; continue; }
    i = j;
  }
  // "X aka Y": Y is another name of X.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (isWord(tokens[k]) && /^(aka|alias)$/i.test(tokens[k]!.text) && isCapWord(tokens[k + 1])) {
      const j = nameRunEnd(tokens, k + 1, 4);
      const prev = out.find((c) => c.end <= tokens[k]!.start && text.slice(c.end, tokens[k]!.start).trim().replace(/[,(]/g, '') === '');
      if (prev && j > k) out.push({ start: tokens[k + 1]!.start, end: tokens[j]!.end, type: 'person', subtype: null, source: 'person-aka', priority: PRIORITY.definition, sameAsEnd: prev.end });
    }
  }
  return out;
}
