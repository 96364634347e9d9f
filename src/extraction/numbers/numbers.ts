/**
 * Counts of people killed, injured and arrested, read from digits or number words
 * with their qualifiers ("at least N", "more than N", "approximately N" all give N).
 * Vague quantities ("dozens", "scores of", "several", "hundreds") give no number on
 * purpose: an analyst should see a gap rather than an invented figure.
 */

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Parses "42", "1,200", "six", "forty-two", "a dozen", "two hundred"; null otherwise. */
export function parseNumber(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a dozen' || t === 'dozen' || t === 'one dozen') return 12;
  const words = t.replace(/-/g, ' ').split(' ');
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'and') continue;
    if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else return null;
  }
  const v = total + current;
  return v > 0 ? v : null;
}

const NUM_WORD = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen)(?:\\s+hundred)?';
const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+|${NUM_WORD})`;
const QUAL = '(?:(?:at least|more than|over|approximately|about|around|nearly|almost|up to|some|another|an estimated|as many as|roughly)\\s+)?';

export type CountKind = 'killed' | 'injured' | 'arrested';

const VERBS: ReadonlyArray<readonly [CountKind, string]> = [
  ['killed', 'killed|dead|died|deaths|lives|shot dead|massacred|slain'],
  ['injured', 'injured|wounded|hurt'],
  ['arrested', 'arrested|detained|apprehended|held|captured'],
];

// "N [people …] (were|are|have been)? killed": up to five filler words, no sentence punctuation
// but an inserted subset ("Five soldiers, including two officers, were injured").
const before = (verbs: string) => new RegExp(`(?<![\\w,.$])${QUAL}${NUM}((?:\\s+(?!and\\b|killed\\b|injured\\b|wounded\\b|that\\b|which\\b|who\\b|when\\b|after\\b)[\\w'’-]+){0,5}?)(?:\\s*,\\s*(?:including|among them|among whom|of whom)\\s[^,.;]{1,40},)?\\s+(?:(?:are|were|was|is|have been|has been|had been|got|left|later|reportedly)\\s+)*(?:${verbs})\\b`, 'gi');
// "killing N", "killed at least N people", "the deaths of seven", "wounded another 230".
const after = (verbs: string) => new RegExp(`\\b(?:${verbs}|killing|wounding|injuring|arresting|left|shot|deaths of|death of|death toll (?:\\w+\\s+){0,2}?(?:to|at|of))\\s+${QUAL}${NUM}(?![\\w,]*\\s*(?:%|percent|years?|months?|days?|km|kilometres|miles))`, 'gi');

const PATTERNS = VERBS.map(([kind, verbs]) => ({ kind, before: before(verbs), after: after(verbs) }));

const AFTER_KIND: Readonly<Record<string, CountKind>> = {
  killing: 'killed', wounding: 'injured', injuring: 'injured', arresting: 'arrested', shot: 'killed', 'deaths of': 'killed', 'death of': 'killed', 'death toll': 'killed',
};

export interface Count {
  readonly kind: CountKind;
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** A corrected or final figure ("later raised to 94", "fourteen died in all"): it replaces earlier ones. */
  readonly revised?: boolean;
}

// "later raised the figure to 94", "the toll rose to 31": the kind comes from the count it corrects.
const REVISION = new RegExp(`\\b(?:raised|revised|rose|risen|climbed|increased|updated|lowered|reduced|corrected|jumped)\\s+(?:(?:the|this|that|its)\\s+(?:[\\w-]+\\s+)?(?:figure|toll|number|count|tally|total|estimate)\\s+)?(?:up\\s+|down\\s+)?to\\s+${QUAL}${NUM}(?![\\w,]*\\s*(?:%|percent|years?|months?|days?|km|kilometres|miles))`, 'gi');
const TOTAL_AFTER = /^\s*(?:in all|in total|altogether|all told|overall)\b/i;
const FINAL_BEFORE = /\b(?:final|revised|updated|corrected)\s+(?:official\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)\b[^.;]{0,24}$/i;
const TOLL_BEFORE = /\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities)|fatalities|casualty\s+figure)\b[^.;]{0,20}$/i;

/** Every casualty or arrest count in a sentence (offsets are document offsets). */
export function findCounts(sentence: string, offset: number, exclude: readonly { start: number; end: number }[] = []): Count[] {
  const out: Count[] = [];
  if (!/\d|one|two|three|four|five|six|seven|eight|nine|ten|ele|twe|thir|fif|dozen/i.test(sentence)) return out;
  for (const p of PATTERNS) {
    for (const re of [p.before, p.after]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence)) !== null) {
        const numText = m[1]!;
        const value = parseNumber(numText);
        if (value === null) continue;
        const numAt = offset + m.index + m[0].indexOf(numText);
        if (exclude.some((x) => numAt >= x.start && numAt < x.end)) { re.lastIndex = m.index + 1; continue; }
        // "… including three police constables were killed": a subset, not the total.
        const lead = sentence.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        if (/\bincluding\s*$/.test(lead)) { re.lastIndex = m.index + 1; continue; }
        let kind = p.kind;
        if (re === p.after) {
          const verb = m[0].toLowerCase().match(/^(killing|wounding|injuring|arresting|shot|deaths of|death of|death toll|left)\b/)?.[1];
          if (verb === 'left') continue;
          if (verb && AFTER_KIND[verb]) kind = AFTER_KIND[verb]!;
        }
        const revised = TOTAL_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 14))
          || FINAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index));
        out.push({ kind, value, start: offset + m.index, end: offset + m.index + m[0].length, ...(revised ? { revised } : {}) });
      }
    }
  }
  REVISION.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = REVISION.exec(sentence)) !== null) {
    const value = parseNumber(r[1]!);
    if (value === null) continue;
    const start = offset + r.index;
    const earlier = out.filter((c) => c.start < start).sort((a, b) => b.start - a.start)[0];
    const kind = earlier?.kind ?? (TOLL_BEFORE.test(sentence.slice(Math.max(0, r.index - 40), r.index)) ? 'killed' : null);
    if (kind) out.push({ kind, value, start, end: start + r[0].length, revised: true });
  }
  return dedupe(out);
}

function dedupe(counts: Count[]): Count[] {
  const seen = new Map<string, number>();
  const out: Count[] = [];
  for (const c of counts.sort((a, b) => a.start - b.start)) {
    const k = `${c.kind}:${c.value}`;
    const at = seen.get(k);
    // "the death toll rose to 31" is read twice, once as a toll and once as a revision.
    if (at !== undefined) { if (c.revised && !out[at]!.revised) out[at] = { ...out[at]!, revised: true }; continue; }
    seen.set(k, out.length);
    out.push(c);
  }
  return out;
}

/** The headline figure of each kind: the last revised or final figure, else the first one told. */
export function countsByKind(counts: readonly Count[]): Record<CountKind, number | null> {
  const r: Record<CountKind, number | null> = { killed: null, injured: null, arrested: null };
  for (const c of counts) if (r[c.kind] === null) r[c.kind] = c.value;
  for (const c of counts) if (c.revised) r[c.kind] = c.value;
  return r;
}

/** The kinds whose figure in these counts corrects any figure told before. */
export function revisedKinds(counts: readonly Count[]): CountKind[] {
  return [...new Set(counts.filter((c) => c.revised).map((c) => c.kind))];
}
