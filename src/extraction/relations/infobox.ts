/**
 * Infobox fields ("- Leaders: X", "Allies: A, B", "Split from: Y") state relations of
 * the article's subject: the organisation the document names most often. Each field
 * maps to one predicate; the mentions on the field's line are its objects (the
 * ontology check later drops objects of the wrong type, e.g. a country as a rival).
 */
import type { Predicate } from '../../model/ontology.js';
import type { Span } from '../types.js';
import type { Item } from './items.js';
import type { PairRule } from './rules.js';
import type { Dated } from './document-claims.js';

const FIELDS: ReadonlyArray<readonly [RegExp, Predicate, boolean]> = [
  // [label, predicate, subject is the field value (true) or the article (false)]
  [/^(?:leaders?|emirs?|chiefs?|heads?)$/i, 'leader_of', true],
  [/^(?:founders?|founded by)$/i, 'founder_of', true],
  [/^(?:spokesm[ae]n|spokespersons?)$/i, 'spokesperson_of', true],
  [/^(?:allies)$/i, 'allied_with', false],
  [/^(?:opponents?|enemies|rivals?)$/i, 'rival_of', false],
  [/^(?:split from|splinter of|separated from)$/i, 'splinter_of', false],
  [/^(?:merged into)$/i, 'merged_into', false],
  [/^(?:parent organi[sz]ation|part of)$/i, 'branch_of', false],
  [/^(?:headquarters|hq|base)$/i, 'based_in', false],
  [/^(?:active regions?|area of operations?|areas? of operation)$/i, 'operates_in', false],
];

const FIELD_LINE = /^\s*-?\s*([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*\S/;

export interface InfoboxHit { readonly subjectIsValue: boolean; readonly predicate: Predicate; readonly values: Item[] }

/** The field a sentence states, if it is an infobox line. */
export function infoboxField(text: string, span: Span, items: readonly Item[]): InfoboxHit | null {
  const m = FIELD_LINE.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  if (!m) return null;
  const field = FIELDS.find(([re]) => re.test(m[1]!.trim()));
  if (!field) return null;
  const values = items.filter((i) => !i.pronoun && i.start > span.start + m[0].length - 2);
  return values.length > 0 ? { predicate: field[1], subjectIsValue: field[2], values } : null;
}

/** The organisation the document names most often: the article's subject. */
export function mainSubject(items: readonly Item[]): Item | null {
  const count = new Map<string, number>();
  let best: Item | null = null;
  for (const i of items) {
    if (i.type !== 'organization' || i.pronoun) continue;
    const n = (count.get(i.key) ?? 0) + 1;
    count.set(i.key, n);
    if (!best || n > (count.get(best.key) ?? 0)) best = i;
  }
  return best;
}

/** Claims stated by the infobox fields, about the article's subject. */
export function infoboxClaims(subject: Item | null, fields: ReadonlyArray<{ hit: InfoboxHit; span: Span }>): Dated[] {
  if (!subject) return [];
  const out: Dated[] = [];
  for (const { hit, span } of fields) {
    const rule: PairRule = { id: 'infobox', predicate: hit.predicate, left: [], right: [], gap: /$^/, dates: 'none', confidence: 0.7 };
    for (const v of hit.values) {
      if (v.key === subject.key) continue;
      const [s, o] = hit.subjectIsValue ? [v, subject] : [subject, v];
      out.push({ raw: { subject: s, object: o, predicate: hit.predicate, rule, former: false, negated: false, anchor: span, dates: 'none' }, from: null, to: null, sentence: span });
    }
  }
  return out;
}
