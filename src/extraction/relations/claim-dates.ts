/**
 * Chooses the date a claim carries: only dates in the same clause as the claim's words
 * (a ", who …" or "although …" clause talks about something else), nearest first;
 * "since" starts a relation, "until" ends it, and a plain date starts it only for
 * event-like predicates (a pledge, a succession, a founding).
 */
import type { PartialDate } from '../../core/partial-date.js';
import type { Span } from '../types.js';
import type { DateMention } from '../dates/dates.js';

const CLAUSE_BREAK = /,\s*who\b|,\s*and\s+(?:has|have|had|is|was|were|are)\b|\band\s+(?:were|was)\s+(?:\w+\s+)?(?:awarded|sentenced|convicted|released|later)\b|\balthough\b|\bthough\b|\bbut\b|;|\bwhereas\b|\bwhile\b|\bafter it was\b|\band\s+(?:later|then|subsequently|afterwards|eventually)\b/gi;

export function clauseBreaks(text: string, sentence: Span): number[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(s)) !== null) out.push(sentence.start + m.index);
  return out;
}

/** Dates reachable from the span without crossing a clause break, nearest first. */
export function datesFor(anchor: Span, dates: readonly DateMention[], breaks: readonly number[]): DateMention[] {
  const ok = dates.filter((d) => {
    const lo = Math.min(d.end, anchor.start);
    const hi = Math.max(d.start, anchor.end);
    return !breaks.some((b) => b > lo && b < hi && !(b >= anchor.start && b < anchor.end));
  });
  const dist = (d: DateMention) => (d.end <= anchor.start ? anchor.start - d.end : d.start >= anchor.end ? d.start - anchor.end : 0);
  return ok.sort((a, b) => dist(a) - dist(b));
}

export function claimDates(mode: 'event' | 'state' | 'none', anchor: Span, dates: readonly DateMention[], breaks: readonly number[]): { from: PartialDate | null; to: PartialDate | null } {
  if (mode === 'none') return { from: null, to: null };
  let from: PartialDate | null = null;
  let to: PartialDate | null = null;
  for (const d of datesFor(anchor, dates, breaks)) {
    if (d.role === 'since' && from === null) from = d.value;
    else if (d.role === 'until' && to === null) to = d.value;
    else if (d.role === 'point' && mode === 'event' && from === null && to === null) from = d.value;
  }
  return { from, to };
}
