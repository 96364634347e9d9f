/**
 * Sums of money in a sentence ("PKR 35,000-40,000 per month", "Rs 5 million", "a $10
 * million bounty", "two crore rupees"), normalised to a value and an ISO-style currency
 * unit, with the period appended when the text gives one ("PKR per month"). A range
 * gives its lower bound, as "at least N" gives N for counts: the figure the source
 * commits to.
 */
import type { Amount } from '../../core/records.js';
import { parseNumber } from './numbers.js';

const CURRENCY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:pkr|rs\.?|rupees?|pak(?:istani)? rupees?)$/i, 'PKR'],
  [/^(?:inr|indian rupees?)$/i, 'INR'],
  [/^(?:us\$|usd|\$|dollars?|us dollars?)$/i, 'USD'],
  [/^(?:afn|afs?\.?|afghanis?)$/i, 'AFN'],
  [/^(?:eur|€|euros?)$/i, 'EUR'],
  [/^(?:gbp|£|pounds? sterling)$/i, 'GBP'],
];

const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, m: 1e6, mn: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9,
};

const FIGURE = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundred)';
const RANGE = `(?:\\s*(?:-|–|to)\\s*${FIGURE.replace('(', '(?:')})?`;
const SCALE_WORD = '(?:\\s*(thousand|lakhs?|lac|million|mn|m|crores?|billion|bn)\\b)?';
const PREFIX = '(PKR|Rs\\.?|INR|US\\$|USD|AFN|Afs?\\.?|EUR|GBP|\\$|€|£)';
const SUFFIX = '((?:Pak(?:istani)?\\s+|Indian\\s+|US\\s+)?(?:rupees?|dollars?|afghanis?|euros?|pounds sterling))';
const PERIOD = /^\s*(?:per|a|each|every)\s+(month|year|day|week)\b|^\s*(monthly|annually|yearly|daily|weekly)\b/i;
const PERIOD_WORD: Readonly<Record<string, string>> = { monthly: 'month', annually: 'year', yearly: 'year', daily: 'day', weekly: 'week' };

const BEFORE_RE = new RegExp(`(?<![\\w$€£])${PREFIX}\\s?${FIGURE}${RANGE}${SCALE_WORD}`, 'gi');
const AFTER_RE = new RegExp(`\\b${FIGURE}${RANGE}${SCALE_WORD}\\s+${SUFFIX}\\b`, 'gi');

export interface AmountMention extends Amount {
  readonly start: number;
  readonly end: number;
}

function unitOf(word: string): string | null {
  const w = word.replace(/\s+/g, ' ').trim();
  for (const [re, unit] of CURRENCY) if (re.test(w)) return unit;
  return null;
}

function valueOf(figure: string, scale: string | undefined): number | null {
  const base = /^[\d,.]+$/.test(figure) ? Number(figure.replace(/,/g, '')) : parseNumber(figure.replace(/^a\s+/i, 'one '));
  if (base === null || !Number.isFinite(base)) return null;
  const v = base * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);
  return Math.round(v * 100) / 100;
}

/** Every sum of money in a sentence (offsets are document offsets). */
export function findAmounts(sentence: string, offset: number): AmountMention[] {
  if (!/[$€£]|rs\b|pkr|inr|usd|afn|afs?\b|eur|gbp|rupee|dollar|afghani|euro|pound/i.test(sentence)) return [];
  const out: AmountMention[] = [];
  const push = (index: number, length: number, unitWord: string, figure: string, scale: string | undefined) => {
    const unit = unitOf(unitWord);
    const value = valueOf(figure, scale);
    if (unit === null || value === null) return;
    const end = index + length;
    if (out.some((o) => o.start < offset + end && offset + index < o.end)) return;
    const period = PERIOD.exec(sentence.slice(end, end + 16));
    const per = period ? (period[1] ?? PERIOD_WORD[period[2]!.toLowerCase()]) : undefined;
    out.push({ value, unit: per ? `${unit} per ${per.toLowerCase()}` : unit, start: offset + index, end: offset + end + (period ? period[0].length : 0) });
  };
  BEFORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEFORE_RE.exec(sentence)) !== null) {
    // "Rs" and "$" are only money when a figure follows; a bare "m" after a figure is a scale only right after digits.
    if (m[3] === 'm' && !/\d\s?m$/.test(m[0])) continue;
    push(m.index, m[0].length, m[1]!, m[2]!, m[3]);
  }
  AFTER_RE.lastIndex = 0;
  while ((m = AFTER_RE.exec(sentence)) !== null) push(m.index, m[0].length, m[3]!, m[1]!, m[2]);
  return out.sort((a, b) => a.start - b.start);
}
