/**
 * Applies the pair rules to one sentence: for each right-hand mention, the nearest
 * type-compatible left-hand mentions are tried (nearest first, a few at most) and the
 * first whose gap matches wins; coordinated mentions ("A, B and C") on either side get
 * the same claim. Negation and "former" are read from the gap and the words before A.
 */
import type { Predicate } from '../../model/ontology.js';
import type { Span } from '../types.js';
import { COORDINATION, PAIR_RULES, type PairRule } from './rules.js';
import type { Item } from './items.js';

export interface RawClaim {
  readonly subject: Item;
  readonly object: Item;
  readonly predicate: Predicate;
  readonly rule: PairRule;
  readonly former: boolean;
  readonly negated: boolean;
  /** Where the claim's words are, for choosing its date. */
  readonly anchor: Span;
  /** How a sentence date applies; an apposition downgrades the rule's 'event' to 'state'. */
  readonly dates: PairRule['dates'];
}

/** ", the co-founder of", ", a former commander of": a noun phrase, so the main clause's date is not its date. */
const APPOSITION = /^\s*,\s*(?:(?:a|an|the|his|her|its|their|one)\s+)[^,;]*$/i;

const HYPOTHETICAL = /\b(?:was|were) to\b|\bwould\b|\bplann?(?:ed|ing|s)? to\b|\bintend\w* to\b|\babout to\b|\bmay\b|\bmight\b|\bcould\b|\bwill\b|\bif\b/i;
const NEGATION = /\b(?:not|never|no longer|denied|denies|deny|denying|ruled out|rejects?|rejected|refused|refuses)\b|n['’]t\b/i;
const MODIFIER_AFTER = /^\s*['’]?s?\s*(?:spokes\w+|commanders?|leaders?|chief|emir|members?|militants?|fighters?|founder|deputy)\b/i;
const MODIFIER_OF_HEAD = /^\s*(?:['’]s?\s*)?(?:(?:senior|former|top|local|central|official|chief|main|new|five|two|three|four|several|some)\s+)*(?:spokes\w+|commanders?|chief|emir|amir|members?|militants?|fighters?|founders?|deputy|cadres?|operatives?|activists?|splinter|offshoot|breakaway|branch|wing|affiliate|units?|cells?|delegation|officials?)\b/i;
const COLLECTIVE_HEAD = /^\s+(?:[a-z-]+\s+){0,2}?(?:leaders?|leadership|members|fighters|commanders|militants|men|cadres|followers|ranks)\b/i;
const PLACEHOLDER: Record<string, string> = { organization: '⟨O⟩', person: '⟨P⟩', place: '⟨L⟩' };
const PLACE_RANK: Record<string, number> = { facility: 0, locality: 1, city: 2, district: 3, province: 4, region: 5, country: 6 };

/** Text between a and b with the mentions in between replaced by placeholders. */
export function gapText(text: string, items: readonly Item[], a: Item, b: Item): string {
  let out = '';
  let pos = a.end;
  for (const it of items) {
    if (it.start < a.end || it.end > b.start || it.pronoun) continue;
    if (it.start < pos) continue;
    out += text.slice(pos, it.start) + PLACEHOLDER[it.type];
    pos = it.end;
  }
  // "to al-Baghdadi" where the mention starts after the article: the particle is part of B.
  return (out + text.slice(pos, b.start)).replace(/\s+/g, ' ').replace(/\b(?:al|el|ul|ad|as|ash|az)[-‐‑]$/i, '');
}

function coordinated(text: string, items: readonly Item[], from: Item, dir: -1 | 1): Item[] {
  const out = [from];
  let cur = from;
  let idx = items.indexOf(from);
  for (let k = idx + dir; k >= 0 && k < items.length; k += dir) {
    const next = items[k]!;
    if (next.pronoun) continue;
    if (next.key === cur.key && next.start < cur.end + 3 && dir === 1) continue;
    const gap = dir === -1 ? text.slice(next.end, cur.start) : text.slice(cur.end, next.start);
    if (gap.length > 12 || !COORDINATION.test(gap)) break;
    if (next.type !== from.type) break;
    // "Bahawalpur, Punjab" is an address, not a list.
    if (from.type === 'place' && !/\band\b|&/.test(gap) && rank(next) !== rank(cur)) break;
    // "…, and JeM spokesman X": a modifier of what follows, not a list member.
    if (dir === 1 && MODIFIER_AFTER.test(text.slice(next.end, next.end + 30))) break;
    if (!out.some((o) => o.key === next.key)) out.push(next);
    cur = next;
    idx = k;
  }
  return out;
}

export function applyRules(text: string, sentence: Span, items: readonly Item[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (const rule of PAIR_RULES) {
    for (let bi = 0; bi < items.length; bi++) {
      const b = items[bi]!;
      if (!rule.right.includes(b.type)) continue;
      let tried = 0;
      for (let ai = bi - 1; ai >= 0 && tried < 4; ai--) {
        const a = items[ai]!;
        if (a.end > b.start || a.key === b.key) continue;
        if (!rule.left.includes(a.type) || (rule.namedLeft && a.pronoun)) continue;
        const gap = gapText(text, items, a, b);
        // A PP object can still head a relative clause or a bracket: "the wrath of X, which launched…".
        if (rule.skipPP && a.inPP && !/^\s*(?:,\s*(?:which|who|that)\b|\()/.test(gap)) continue;
        // "the TTP's spokesman X announced", "five TTP commanders pledged", "Y, a TTP splinter, declared":
        // a modifier of another head noun is not the clause subject of a verb rule.
        if (rule.skipPP && MODIFIER_OF_HEAD.test(gap)) continue;
        // "After their arrest, the men pledged …": a possessive pronoun subjects a verb only through a collective head.
        if (rule.skipPP && a.pronoun && /^(?:its|their|his|her)$/i.test(text.slice(a.start, a.end)) && !COLLECTIVE_HEAD.test(gap)) continue;
        tried++;
        if (gap.length > 160 || !rule.gap.test(gap) || rule.unless?.test(gap)) continue;
        // "al-Qaeda-linked groups … pledged": a compound modifier is not the subject.
        if (rule.skipPP && /^-/.test(gap)) continue;
        // "was to publicly pledge", "may have pledged": not a statement of fact.
        if (rule.skipPP && HYPOTHETICAL.test(gap)) continue;
        if (rule.rightText && !rule.rightText.test(b.words ?? '')) continue;
        if (rule.after && !rule.after.test(text.slice(b.end, Math.min(sentence.end, b.end + 60)))) continue;
        if (rule.predicate === 'located_in' && !(rank(a) < rank(b))) continue;
        // "the Inter-Services Intelligence (ISI)": read what precedes the long form.
        const first = items.slice(0, ai).reverse().find((x) => x.key === a.key && !x.pronoun && /^\s*\(\s*$/.test(text.slice(x.end, a.start)));
        const aStart = first?.start ?? a.start;
        if (rule.before && !rule.before.test(text.slice(Math.max(sentence.start, aStart - 40), aStart))) continue;
        const before = text.slice(Math.max(sentence.start, aStart - 30), aStart);
        // "X, the former chief of Y, took over Z": the apposition's "former" is not the claim's.
        const former = /\b(?:former|ex-)(?!\s*⟨)/i.test(gap.replace(/^\s*,[^,;]{0,80},/, '')) || /\bformer\s+(?:\S+\s+)?$/i.test(before);
        // "officials denied that X supports Y": the denial governs the clause.
        const negated = NEGATION.test(gap) || /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:the\s+\w+\s+)?(?:that\s+)?(?:the\s+)?$/i.test(before);
        const adjacentOnly = rule.predicate === 'located_in';
        const lefts = adjacentOnly || rule.noLeftCoord ? [a] : a.pronoun ? items.filter((x) => x.pronoun && x.start === a.start && rule.left.includes(x.type)) : coordinated(text, items, a, -1);
        const rights = b.pronoun || adjacentOnly ? [b] : coordinated(text, items, b, 1);
        const dates = rule.dates === 'event' && APPOSITION.test(gap) && !/\b(?:who|which|that)\b/i.test(gap) ? 'state' : rule.dates;
        for (const l of lefts) for (const r of rights) {
          const [subject, object] = rule.reverse ? [r, l] : [l, r];
          out.push({ subject, object, predicate: rule.predicate, rule, former, negated, anchor: { start: rule.skipPP ? verbClauseStart(text, a, b) : a.start, end: b.end }, dates });
        }
        break;
      }
    }
  }
  return out;
}

function rank(i: Item): number {
  return PLACE_RANK[i.subtype ?? 'city'] ?? 2;
}

/** "X joined Y in 2010 and later defected to Z": the claim about Z starts at "and later". */
function verbClauseStart(text: string, a: Item, b: Item): number {
  const raw = text.slice(a.end, b.start);
  let at = -1;
  const re = /\band\s+(?:later|then|subsequently|afterwards|eventually)\b/gi;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) at = m.index + m[0].length;
  return at < 0 ? a.start : a.end + at;
}
