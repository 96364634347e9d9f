/**
 * Name normalisation for matching, transliteration-aware for South Asian and Arabic
 * names written in Latin script: "Tehreek-e-Taliban" and "Tehrik-i-Taliban" give the
 * same key, as do "Khurasan"/"Khorasan" and "Jhangvi"/"Jhangavi".
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, punctuation to spaces, whitespace collapsed. */
export function simplify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[’'`ʼʻ‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Order matters: joins first, then spelling families, then vowel folding.
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:e|i|ul|ud|us|ut|ur|un|ush|al|el|as|at|ad|az|the)\b/g, ' '], // izafat joins and articles
  [/\b(?:mohammad|mohammed|muhammed|mohamed|muhamad|mohd)\b/g, 'muhammad'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/kh/g, 'k'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/w/g, 'v'],
  [/[aeiouy]+/g, ''],
  [/(.)\1+/g, '$1'],
  [/\s+/g, ' '],
];

/** True for acronyms such as "TTP", "LeJ", "ISIS-K": they are matched as written, not folded. */
export function isAcronym(name: string): boolean {
  const compact = name.replace(/[\s.\-]/g, '');
  return compact.length >= 2 && compact.length <= 8 && /^[A-Z][A-Za-z&]*$/.test(compact)
    && compact.replace(/[^A-Z]/g, '').length >= Math.ceil(compact.length / 2);
}

/**
 * The matching key of a name: two spellings of one name should share it.
 * Vowels are dropped, since Latin transliterations differ mostly in vowels
 * (Tehreek/Tehrik/Tahreek, Khurasan/Khorasan, Jhangvi/Jhangavi keep their consonants).
 * Acronyms keep their letters: "IS" and "US" must not meet.
 */
export function nameKey(name: string): string {
  if (isAcronym(name)) return `#${name.replace(/[\s.\-]/g, '').toLowerCase()}`;
  let s = simplify(name);
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s.trim() || simplify(name);
}
