/**
 * Token-level helpers shared by the pattern recognisers: where a run of capitalised
 * name words (with transliteration particles and hyphens) ends.
 */
import type { Token } from '../text/tokens.js';
import { HYPHENS } from '../text/tokens.js';
import { NOT_NAME } from '../text/words.js';

/** Lower-case particles allowed inside names: "Jihad-e-Islami", "Abu Bakr al-Baghdadi", "Jamaat ut Dawa". */
export const NAME_PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'ut', 'us', 'ur', 'al', 'el', 'ad', 'ash', 'bin', 'ibn', 'bint', 'un', 'ush', 'az', 'van', 'der', 'den', 'von', 'de', 'da', 'du', 'del', 'della', 'dos', 'das', 'le', 'la']);

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isCapWord = (t: Token | undefined): t is Token => isWord(t) && t.cap;
const isHyphen = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && HYPHENS.has(t.text);

/**
 * End index (inclusive) of a name run starting at i, or -1 when tokens[i] cannot start one.
 * Stops before possessives, punctuation and lower-case words that are not particles.
 * `maxWords` bounds the run so a title-cased headline cannot become one giant name.
 */
export function nameRunEnd(tokens: readonly Token[], i: number, maxWords = 6, allowStop = false): number {
  const first = tokens[i];
  if (first === undefined || first.kind !== 'word') return -1;
  if (!first.cap && !(NAME_PARTICLES.has(first.text.toLowerCase()) && isHyphen(tokens[i + 1]))) return -1;
  let j = i;
  let words = 1;
  for (let k = i + 1; k < tokens.length && words < maxWords; ) {
    const t = tokens[k]!;
    const nx = tokens[k + 1];
    if (isHyphen(t) && isWord(nx) && (nx.cap || NAME_PARTICLES.has(nx.text.toLowerCase()) || (isHyphen(tokens[k + 2]) && tokens[k - 1]!.cap)) && tokens[k - 1]!.end === t.start && t.end === nx.start) {
      j = k + 1; k += 2; words++; continue;
    }
    if (isCapWord(t) && (allowStop || !NOT_NAME.has(t.text.toLowerCase()))) { j = k; k++; words++; continue; }
    if (isCapWord(t) && isCapWord(tokens[k + 1]) && !NOT_NAME.has(tokens[k + 1]!.text.toLowerCase()) && words >= 2) { j = k + 1; k += 2; words += 2; continue; }
    if (isWord(t) && NAME_PARTICLES.has(t.text.toLowerCase())) {
      const n = tokens[k + 1];
      if (isCapWord(n) || (isHyphen(n) && isWord(tokens[k + 2]))) { k++; continue; }
      // "van der Pas": two particles before the surname.
      const p2: Token | undefined = tokens[k + 1];
      if (p2 !== undefined && p2.kind === 'word' && NAME_PARTICLES.has(p2.text.toLowerCase()) && isCapWord(tokens[k + 2])) { k += 2; continue; }
    }
    break;
  }
  // A run must end on a word.
  while (j > i && !isWord(tokens[j])) j--;
  return j;
}

/** True when token i is followed by "'s" / "’" (a possessive). */
export function possessiveAfter(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j + 1];
  return a !== undefined && (a.text === "'" || a.text === '’') && a.start === tokens[j]!.end;
}
