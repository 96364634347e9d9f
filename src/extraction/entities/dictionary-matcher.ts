/**
 * Longest-match dictionary lookup over tokens. Built once per dictionary: surface forms
 * are indexed by their lower-cased first word with the longest token count, so scanning
 * a sentence costs a few map probes per capitalised token (linear in the text).
 * Case rules: acronyms ("IS", "LeJ") must match exactly as written; other forms match
 * case-insensitively but the matched text must start with a capital (or a lower-case
 * particle like "al-") and a lone sentence-initial common word never matches.
 * A second index on transliteration keys (nameKey) catches "Tehrik-i-Taliban" for a
 * dictionary that only lists "Tehreek-e-Taliban".
 */
import { isAcronym, nameKey } from '../../resolution/normalise.js';
import { tokenize, type Token } from '../text/tokens.js';
import { NOT_NAME } from '../text/words.js';

export interface DictMatch<T> {
  readonly i: number;
  readonly j: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: T;
}

export function normSurface(s: string): string {
  return s.toLowerCase().replace(/[’‘`ʼ]/g, "'").replace(/[‐‑‒–—]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

interface Indexed<T> { readonly entry: T; readonly surface: string; readonly acronym: boolean }

const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'ar', 'an', 'az', 'ul', 'ud', 'de', 'da', 'di', 'van', 'von', 'bin', 'ibn']);

export class DictionaryMatcher<T> {
  private readonly exact = new Map<string, Indexed<T>[]>();
  private readonly folded = new Map<string, T>();
  private readonly firstWord = new Map<string, number>();
  private readonly firstFolded = new Map<string, number>();

  constructor(forms: ReadonlyMap<string, T>, private readonly minFoldedLength = 7) {
    for (const [surface, entry] of forms) {
      const toks = tokenize(surface).filter((t) => t.kind !== 'punct' || t.text !== ',');
      if (toks.length === 0 || toks.length > 14) continue;
      const key = normSurface(surface);
      const acronym = isAcronym(surface) && !surface.includes(' ');
      const list = this.exact.get(key) ?? [];
      list.push({ entry, surface, acronym });
      this.exact.set(key, list);
      const first = toks[0]!.text.toLowerCase();
      this.firstWord.set(first, Math.max(this.firstWord.get(first) ?? 0, toks.length));
      if (!acronym && surface.length >= minFoldedLength && /[\s\-]/.test(surface.trim())) {
        const fk = nameKey(surface);
        if (fk && !this.folded.has(fk)) this.folded.set(fk, entry);
        const ff = nameKey(toks[0]!.text);
        this.firstFolded.set(ff, Math.max(this.firstFolded.get(ff) ?? 0, toks.length + 4));
      }
    }
  }

  /** The entry a whole surface form names, ignoring case (for "PESHAWAR:" datelines). */
  lookup(surface: string): T | null {
    const c = this.exact.get(normSurface(surface));
    return c && !c[0]!.acronym ? c[0]!.entry : null;
  }

  /** All maximal matches, left to right, non-overlapping (longest wins at each start). */
  match(text: string, tokens: readonly Token[], sentenceStart: number): DictMatch<T>[] {
    const out: DictMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct') continue;
      const lower = t.text.toLowerCase();
      if (!t.cap && !PARTICLES.has(lower) && t.kind !== 'number') continue;
      const found = this.longestAt(text, tokens, i, lower, sentenceStart);
      if (found) { out.push(found); i = found.j; }
    }
    return out;
  }

  private longestAt(text: string, tokens: readonly Token[], i: number, lower: string, sentenceStart: number): DictMatch<T> | null {
    const max = this.firstWord.get(lower) ?? 0;
    for (let len = Math.min(max, tokens.length - i); len >= 1; len--) {
      const j = i + len - 1;
      const last = tokens[j]!;
      if (last.kind === 'punct' && last.text !== '.') continue;
      const raw = text.slice(tokens[i]!.start, last.end);
      const cands = this.exact.get(normSurface(raw));
      if (!cands) continue;
      for (const c of cands) if (this.accept(c, raw, tokens, i, j, sentenceStart)) return mk(i, j, tokens, raw, c.entry);
    }
    const fmax = tokens[i]!.cap ? this.firstFolded.get(nameKey(tokens[i]!.text)) ?? 0 : 0;
    for (let len = Math.min(fmax, tokens.length - i); len >= 3; len--) {
      const j = i + len - 1;
      if (tokens[j]!.kind !== 'word') continue;
      const raw = text.slice(tokens[i]!.start, tokens[j]!.end);
      if (/[,;:()]/.test(raw)) continue;
      if (raw.length < this.minFoldedLength) break;
      const entry = this.folded.get(nameKey(raw));
      if (entry !== undefined) return mk(i, j, tokens, raw, entry);
    }
    return null;
  }

  private accept(c: Indexed<T>, raw: string, tokens: readonly Token[], i: number, j: number, sentenceStart: number): boolean {
    if (c.acronym) return raw.replace(/\s+/g, ' ') === c.surface;
    if (!/\p{Lu}/u.test(raw)) return false;
    if (!capsAgree(c.surface, raw)) return false;
    if (i === j) {
      const t = tokens[i]!;
      if (!t.cap) return false;
      if (NOT_NAME.has(t.text.toLowerCase())) return false;
      // An all-caps heading word ("BRIEF") is not the name it spells.
      if (t.text.length > 3 && t.text === t.text.toUpperCase() && c.surface !== c.surface.toUpperCase()) return false;
      void sentenceStart;
    }
    return true;
  }
}

function mk<T>(i: number, j: number, tokens: readonly Token[], raw: string, entry: T): DictMatch<T> {
  return { i, j, start: tokens[i]!.start, end: tokens[j]!.end, text: raw, entry };
}

const GENERIC_HEAD = /^(?:province|branch|chapter|wilayat)$/;

/** Every word capitalised in the dictionary form is capitalised in the text ("Islamic State" ≠ "Islamic state"). */
function capsAgree(surface: string, raw: string): boolean {
  const a = surface.split(/[\s\-]+/);
  const b = raw.split(/[\s\-]+/);
  if (a.length !== b.length) return true;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    // "the Khorasan province": writers often lower-case a generic final head noun.
    if (k === a.length - 1 && k > 0 && GENERIC_HEAD.test(y)) continue;
    if (/^\p{Lu}/u.test(x) && x.length > 2 && !/^\p{Lu}/u.test(y)) return false;
  }
  return true;
}
