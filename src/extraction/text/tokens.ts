/**
 * Tokens with document offsets. Words are maximal runs of letters, marks and digits;
 * every other non-space character is a token of its own, so "Lashkar-e-Jhangvi" is the
 * run word,-,word,-,word and matchers join runs by slicing the original text between
 * token offsets (hyphenated names stay joinable, possessives "TTP's" stay separable).
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const DIGIT = /^\p{N}/u;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const isWord = t.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(t);
    const kind: TokenKind = !isWord ? 'punct' : DIGIT.test(t) ? 'number' : 'word';
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, kind, cap: kind === 'word' && UPPER.test(t) });
  }
  return out;
}

/** The text covered by tokens i..j inclusive, as written (spacing preserved). */
export function spanText(text: string, tokens: readonly Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j]!.end);
}

/** Hyphen-like characters joining the parts of a transliterated name. */
export const HYPHENS = new Set(['-', '‐', '‑', '‒', '–']);
