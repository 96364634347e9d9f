/**
 * Names that state their own parent: "ISIL's South Asia Branch", "South Asian chapter
 * of ISIL", "Islamic State's Khorasan Province". When such a mention resolves to one
 * organisation and the parent named inside it to another, the mention itself is
 * evidence that the first is a branch of the second.
 */
import type { LexiconOrg } from '../lexicon.js';
import type { DictionaryMatcher } from '../entities/dictionary-matcher.js';
import { tokenize } from '../text/tokens.js';

const BRANCH_NAME = /(?:['’]s?\s+.*\b(?:branch|chapter|province|wilayat?|affiliate)\b|\b(?:branch|chapter|province|wing|affiliate)\s+of\b)/i;

/** The gazetteer id of the parent named inside `name`, if any and different from `selfId`. */
export function innerParent(name: string, selfId: string, orgs: DictionaryMatcher<LexiconOrg>): string | null {
  if (!BRANCH_NAME.test(name)) return null;
  for (const part of name.split(/['’]s?\s+|\s+of\s+(?:the\s+)?/)) {
    for (const m of orgs.match(part, tokenize(part), 0)) {
      if (m.entry.id !== selfId && m.end - m.start === part.trim().length) return m.entry.id;
    }
  }
  return null;
}
