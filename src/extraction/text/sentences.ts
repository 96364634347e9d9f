/**
 * Splits a document into sentence spans in one linear pass. Real reports mix prose,
 * hard-wrapped PDF lines, headings, infobox and list lines, so line breaks count as
 * boundaries unless the text clearly runs on (lower case on both sides). Runaway units
 * (a 2 MB line without punctuation) are cut at a word boundary near MAX_SENTENCE.
 */
import type { Span } from '../types.js';

export const MAX_SENTENCE = 1000;

/** Words after which a period does not end a sentence (compared lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt', 'brig', 'adm', 'cmdr', 'cdr', 'lieut', 'gov', 'sen', 'rep',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'rev', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd',
  'co', 'corp', 'dept', 'univ', 'approx', 'fig', 'vol', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'mt', 'ft', 'op', 'cf', 'al', 'govt',
]);

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\f' || c === '\v';

/** The word (letters and inner dots) that ends just before position `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 20) {
    const c = text[i - 1]!;
    if (/[\p{L}.]/u.test(c)) i--; else break;
  }
  return text.slice(i, end);
}

function abbreviationBefore(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials ("A.", "U.S.") and single capitals.
  const lead = text[dot - word.length - 1] ?? ' ';
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) && lead !== '-' && !/[\p{L}\p{N}]/u.test(lead)) return true;
  return false;
}

// A field label is one to three words before a colon ("Active regions:"), not a clause ("X did not last long:").
const LINE_MARK = /^\s*(?:[-*•|#=>+]|\d+[.)]\s|\p{L}+(?: \p{L}+){0,2}:)/u;

/**
 * A hard-wrapped prose line ("led by Usman\nGhazi, also…"): one line break, a long line
 * that stops mid-sentence, and neither line marked as a heading, list item or field.
 * Short lines stay units of their own (headings, infobox rows, timeline entries).
 */
function wrappedProse(text: string, nl: number, q: number, prev: string, next: string): boolean {
  if (prev === '' || /[.!?:;]/.test(prev) || !(isUpper(next) || /\d/.test(next))) return false;
  if (text.slice(nl + 1, q).includes('\n')) return false;
  // Bounded look-back keeps the pass linear; a sentence may have started mid-line.
  let ls = nl;
  while (ls > 0 && nl - ls < 400 && text[ls - 1] !== '\n') ls--;
  if (nl - ls < 40 || /:\/\/\S*$/.test(text.slice(Math.max(ls, nl - 200), nl)) || LINE_MARK.test(text.slice(q, q + 30))) return false;
  const head = text.slice(ls, ls + 30);
  // A list item's text wraps onto indented lines of its own ("- **May 2015.** … a faction of\n  Red Front").
  if (/^\s*(?:[-*•+]|\d+[.)])\s|^\s+\S/.test(head)) return q - nl > 2;
  return nl - ls >= 55 && !LINE_MARK.test(head);
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Cut overlong units at word boundaries so every later stage stays bounded.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      const floor = s + Math.floor(MAX_SENTENCE / 2);
      while (cut > floor && !/\s/.test(text[cut]!)) cut--;
      if (cut === floor) cut = s + MAX_SENTENCE;
      let ce = cut;
      while (ce > s && /\s/.test(text[ce - 1]!)) ce--;
      if (ce > s) out.push({ start: s, end: ce });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };

  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // Look back over spaces and forward over blank lines/spaces.
      let p = i - 1;
      while (p >= start && isSpace(text[p]!)) p--;
      let q = i + 1;
      while (q < n && (isSpace(text[q]!) || text[q] === '\n')) q++;
      const prev = p >= start ? text[p]! : '';
      const next = q < n ? text[q]! : '';
      const runsOn = (isLower(next) && !/[.!?:;]/.test(prev) && prev !== '') || wrappedProse(text, i, q, prev, next);
      if (!runsOn) {
        push(i);
        start = q;
        i = q - 1;
      }
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      // Absorb runs of terminators and closing quotes/brackets.
      let j = i + 1;
      while (j < n && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
      const next = j < n ? text[j]! : '';
      if (next === '' ) { push(j); start = j; i = j - 1; continue; }
      if (isSpace(next) || next === '\n') {
        let q = j;
        while (q < n && isSpace(text[q]!)) q++;
        const after = q < n ? text[q]! : '';
        if (after === '\n' || after === '') { i = j - 1; continue; } // newline handler decides
        const opensNew = isUpper(after) || /[\d"“‘'(\[]/.test(after) || !/\p{L}/u.test(after);
        if (c === '.' && abbreviationBefore(text, i)) { i = j - 1; continue; }
        if (opensNew) { push(j); start = j; i = j - 1; }
        continue;
      }
      // "injured.Tehreek": a missing space after a sentence end.
      if (c === '.' && j === i + 1 && isUpper(next) && i > 1 && isLower(text[i - 1]!) && isLower(text[i - 2]!)
        && j + 1 < n && isLower(text[j + 1]!) && !abbreviationBefore(text, i)) {
        push(j); start = j; i = j - 1;
      }
    }
  }
  push(n);
  return out;
}
