/**
 * Finer, per-token transliteration forms for matching (the blocking key lives in
 * normalise.ts). Urdu, Pashto and Arabic names reach English through several
 * romanisations: vowels move (Tehreek/Tehrik/Tahreek, Khurasan/Khorasan, Omar/Umar),
 * consonants double or not (Tayyiba/Taiba), q and k alternate, and izafat/article
 * joins (-e-, -i-, -ul-, -ud-, al-) come and go. A token's `fine` form folds only
 * those alternations and keeps the vowel skeleton, so short names such as Saeed and
 * Saad stay apart; its `skeleton` (consonants only) is used for long tokens, where
 * dropping vowels is safe.
 */
import { simplify } from './normalise.js';

/** Joins and function words that carry no identity in a name. */
export const JOINS: ReadonlySet<string> = new Set([
  'e', 'i', 'ul', 'ud', 'us', 'ut', 'ur', 'un', 'ush', 'al', 'el', 'as', 'at', 'ad', 'az', 'ash',
  'the', 'of', 'and', 'for', 'in', 'wal', 'wa', 'bin', 'ibn', 'bint',
]);

const MUHAMMAD = /^(?:mohammad|mohammed|muhammed|mohamed|muhamad|mohamad|mohd|md|muhammad|mohammud)$/;

/** Spelling families folded to one form, applied to a single lower-case token. */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/ee/g, 'i'],
  [/oo|ou/g, 'u'],
  [/(?:ae|ai|ay|ei|ey|oi)/g, 'ai'],
  [/y/g, 'i'],
  [/e/g, 'a'],
  [/o/g, 'u'],
  [/(.)\1+/g, '$1'],
  [/aia/g, 'ai'],
  [/([aiu])h$/g, '$1'],
];

/** The folded form of one token: Tehreek → tahrik, Khorasan → khurasan, Qaeda → kaida. */
export function fineToken(token: string): string {
  if (MUHAMMAD.test(token)) return 'muhamad';
  let s = token;
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s;
}

/** Consonants only, with aspirate digraphs folded: Jhangvi and Jhangavi both give jngv. */
export function skeletonOf(fine: string): string {
  return fine.replace(/([kgdtbcjp])h/g, '$1').replace(/[aiu]/g, '').replace(/(.)\1+/g, '$1');
}

/** Split a fused "al" article ("alqaeda") only when what remains is a plausible word. */
function splitArticle(token: string): string[] {
  const m = /^(?:al|el)([bcdfghjklmnpqrstvwxyz].{3,})$/.exec(token);
  return m ? [m[1]!] : [token];
}

/** Content tokens of a name, joins removed, each folded. */
export function contentTokens(name: string): string[] {
  const out: string[] = [];
  const raws = simplify(name).split(' ').filter((t) => t && !JOINS.has(t));
  raws.forEach((raw, i) => {
    // A join fused to the word before it (Hizbul, Abdur) is the same join: drop it.
    // Only -ul/-ur: names that end in -ud are common (Masud, Mahmud, Mehsud). Folding
    // first keeps Rasool and Rasul alike.
    for (const t of splitArticle(raw)) {
      const f = fineToken(t);
      out.push(i < raws.length - 1 && f.length >= 5 ? f.replace(/(?:ul|ur)$/, '') : f);
    }
  });
  return out;
}

/**
 * Whether two folded tokens are the same name part. Equal folded forms always are;
 * long tokens may also agree on their consonant skeleton (Jundullah/Jundallah), but
 * skeletons of one or two consonants collide too easily (Saeed/Saad, Omar/Amir).
 */
export function tokensAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = skeletonOf(a);
  if (sa.length >= 3 && sa === skeletonOf(b) && a[0] === b[0]) return true;
  return false;
}

/** The whole name as one consonant skeleton: catches split or fused compounds (Sirajuddin / Siraj-ud-Din). */
export function compactSkeleton(tokens: readonly string[]): string {
  return skeletonOf(fineToken(tokens.join('')));
}
