/**
 * A guard on name keys. `nameKey` drops vowels so transliterations meet, which also
 * lets a few different names meet ("al-Shabaab" and "As-Sahab" share a key). Two
 * spellings count as one name only if they also stay close letter by letter.
 */
import { simplify } from '../../resolution/normalise.js';

const JOINS = /\b(?:e|i|ul|ud|us|ut|ur|un|ush|al|el|as|at|ad|az|the)\b/g;

function letters(name: string): string {
  return simplify(name).replace(JOINS, ' ').replace(/\s+/g, '');
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Share of letters that differ, after joins ("-e-", "ul", "al") and punctuation go. */
export function spellingDistance(a: string, b: string): number {
  const x = letters(a);
  const y = letters(b);
  const len = Math.max(x.length, y.length);
  return len === 0 ? 0 : distance(x, y) / len;
}

/** Same name in another transliteration, not a different name with the same consonants. */
export function closeSpelling(a: string, b: string): boolean {
  return spellingDistance(a, b) <= 0.34;
}

/**
 * Agencies, parties, institutions and stand-alone bodies must be named letter for
 * letter ("Interpal" is not "Interpol", "Jamiat" is not "Jamaat"); groups, and the
 * fronts and wings hanging off them, tolerate transliteration.
 */
export function needsExactSpelling(subtype: string, hasParent: boolean): boolean {
  if (subtype === 'state_agency' || subtype === 'political_party' || subtype === 'religious_institution') return true;
  return subtype === 'other' && !hasParent;
}
