/**
 * Turns names as the designation lists write them into aliases usable in prose:
 * splits "NAME (ACR)" and "NAME / ACR", drops glosses, addresses and long strings, and
 * gives ALL-CAPS names a readable casing ("TEHRIK-I-TALIBAN PAKISTAN" becomes
 * "Tehrik-i-Taliban Pakistan") while keeping acronyms in capitals.
 */
import { isAcronym } from '../../resolution/normalise.js';
import { isCommonPhrase } from './common-words.js';

const PARTICLES = new Set([
  'e', 'i', 'ul', 'ud', 'us', 'ut', 'ur', 'un', 'al', 'el', 'ad', 'as', 'at', 'az', 'of', 'the', 'and',
  'in', 'fi', 'wa', 'wal', 'bin', 'ibn', 'for', 'on', 'de', 'du', 'la', 'le', 'des', 'to', 'a', 'an', 'bil',
  'ar', 'sh', 'ash', 'il', 'ila', 'ala', 'li', 'lil',
]);

const MAX_LENGTH = 60;
const MAX_WORDS = 8;

/** "PAKISTAN", "UNION OF THE COMOROS": capital letters that spell words, not an acronym. */
export function looksLikeWords(s: string): boolean {
  const compact = s.replace(/[\s.\-']/g, '');
  return /\s/.test(s.trim()) || (compact.length >= 5 && (compact.match(/[AEIOU]/gi) ?? []).length >= 2);
}

/** Splits one listed name into the names it contains, before cleaning. */
export function splitListedName(raw: string): string[] {
  const s = raw.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  // "NAME / ACR" and "NAME: BRANCH" style joins.
  const slash = s.split(/\s+\/\s+/);
  for (const part of slash) {
    let rest = part.replace(/\s*:\s*/g, ' ');
    for (const m of part.matchAll(/\(([^()]*)\)/g)) {
      const inner = m[1]!.trim();
      // "FOUNDATION (PAKISTAN)": a capitalised qualifier belongs to the name.
      if (/^[A-Z][A-Z ]{4,}$/.test(inner) && inner.split(' ').length <= 4 && looksLikeWords(inner)) {
        rest = rest.replace(m[0], ` ${inner}`);
        continue;
      }
      // Acronyms in parentheses are names; lower-case glosses and lists are not.
      for (const piece of inner.split(/\s*,\s*/)) {
        if (isAcronym(piece) || /^[A-Z][A-Z0-9&\-–]{1,9}$/.test(piece)) out.push(piece);
      }
      rest = rest.replace(m[0], ' ');
    }
    out.push(rest.replace(/\s+/g, ' ').trim());
  }
  return out.filter(Boolean);
}

function isJunk(s: string): boolean {
  if (s.length < 2 || s.length > MAX_LENGTH) return true;
  if (/\d/.test(s) || /@|https?:|www\.|\bP\.?O\.? Box\b|\bstreet\b|\broad\b|\bhouse no/i.test(s)) return true;
  if (s.split(/\s+/).length > MAX_WORDS) return true;
  if (/[()\[\]{}]/.test(s)) return true;
  if (/^(?:formerly|f\.k\.a|a\.k\.a|also known)/i.test(s)) return true;
  return false;
}

function capitalise(token: string): string {
  const lower = token.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Readable casing for an ALL-CAPS name. Tokens in `acronyms` (upper case), tokens of two
 * letters that are not particles, and tokens without vowels keep their capitals.
 */
export function readableCase(s: string, acronyms: ReadonlySet<string>): string {
  if (/\p{Ll}/u.test(s)) return s;
  const compact = s.replace(/[\s.\-]/g, '');
  if (acronyms.has(compact.toUpperCase())) return s;
  // "ISISB": a known acronym with a letter added is still an acronym.
  if (!/\s/.test(s) && compact.length <= 6 && [...acronyms].some((a) => a.length >= 3 && compact.startsWith(a))) return s;
  // A lone capitalised word with vowels ("TALIBAN", "HAMAS") is a word, not an acronym.
  if (!/\s/.test(s) && compact.length <= 8 && isAcronym(s) && !looksLikeWords(s)) return s;
  let first = true;
  return s.replace(/\p{L}[\p{L}'’]*/gu, (token) => {
    const lower = token.toLowerCase();
    const atStart = first;
    first = false;
    if (acronyms.has(token.toUpperCase()) || acronyms.has(token.toUpperCase().replace(/['’]S$/, ''))) {
      return token.replace(/(['’])S$/, '$1s');
    }
    if (PARTICLES.has(lower)) return atStart ? capitalise(token) : lower;
    if (token.length <= 2 || !/[AEIOUY]/.test(token)) return token;
    return capitalise(token);
  });
}

/** The names in one listed name, cleaned and readably cased, for matching; [] for junk. */
export function listedNames(raw: string, acronyms: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const piece of splitListedName(raw)) {
    const text = piece.replace(/[’‘`]/g, "'").replace(/[—–]/g, '-').replace(/\s*-\s*$/, '')
      .replace(/(\p{L})- (\p{L})/gu, '$1-$2').replace(/\s+/g, ' ').trim();
    if (isJunk(text)) continue;
    out.push(readableCase(text, acronyms));
  }
  return out;
}

/**
 * True when a listed name is worth keeping as an alias. Names made only of everyday
 * words fire on ordinary prose; so do "al-" plus one word ("Al Hayat", "al-Tawhid",
 * "Al-Hadith"), which in the lists are mostly magazines, slogans or common terms.
 */
export function usableInProse(name: string): boolean {
  if (isCommonPhrase(name) || /^(?:al|el|an|ar|as|at|ad|ash)[-\s]\p{L}+$/iu.test(name)) return false;
  // A lone short word ("Vazir", "Sepah") is more often a name or a common noun than the group.
  if (/^\p{L}+$/u.test(name) && name.length < 7 && !isAcronym(name)) return false;
  return true;
}
