/**
 * Fronted phrases whose subject comes later: "As a splinter of X, …, they aim …",
 * "Based in Karachi, most of Jundullah terrorists …". The clause subject (first
 * organisation or pronoun right after a comma) is copied to the sentence start so the
 * ordinary left-to-right rules read "As a splinter of X" as "SUBJECT … splinter of X".
 */
import type { Span } from '../types.js';
import type { Item } from './items.js';

const INTRO = /^\s*(?:As\s+(?:a|an|the|one)\b|Based\s+in\b|Headquartered\s+in\b|Founded\s+(?:in|by)\b|Formed\s+in\b|Once\s+(?:a|an)\b|Like\s+)/;
const AFTER_COMMA = /,\s*(?:(?:most|many|some|all|several|one)\s+of\s+)?(?:the\s+)?$/i;

export function withIntroSubject(text: string, span: Span, items: readonly Item[]): Item[] {
  const sentence = text.slice(span.start, span.end);
  if (!INTRO.test(sentence)) return [...items];
  const subject = items.find((it) => (it.type === 'organization' || it.type === 'person') && AFTER_COMMA.test(text.slice(Math.max(span.start, it.start - 24), it.start)));
  if (!subject) return [...items];
  const virtual: Item = { ...subject, start: span.start, end: span.start, inPP: false };
  return [virtual, ...items];
}
