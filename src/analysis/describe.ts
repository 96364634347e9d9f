/** Readable wording for analysis results: entity names, relation phrases, date spans. */
import type { PartialDate } from '../core/partial-date.js';
import { ontology, type Predicate } from '../model/ontology.js';
import type { GraphInput } from '../graph/types.js';

export type NameOf = (id: string | null) => string;

export function namer(input: GraphInput): NameOf {
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  return (id) => (id === null ? 'an unknown place' : names.get(id) ?? id);
}

export function phrase(predicate: Predicate): string {
  return ontology.predicates[predicate].label;
}

export function span(from: PartialDate | null, to: PartialDate | null): string {
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'undated';
}

/** Sort key that puts undated items last. */
export function dateKey(date: PartialDate | null): string {
  return date ?? '\uffff';
}
