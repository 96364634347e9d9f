/**
 * Words and colours shared by the views: predicate labels from the ontology, one
 * colour per entity type and per edge status (chosen for contrast on white and to
 * stay distinguishable for the common colour-vision deficiencies).
 */
import { ontology } from '../../src/model/ontology.js';

export const PREDICATES = Object.keys(ontology.predicates) as Array<keyof typeof ontology.predicates>;

export function predicateLabel(p: string): string {
  return (ontology.predicates as Record<string, { label: string }>)[p]?.label ?? p.replace(/_/g, ' ');
}

export const TYPE_COLOURS: Record<string, string> = {
  organization: '#1d4ed8',
  person: '#b45309',
  place: '#047857',
  event: '#7c3aed',
  document: '#4b5563',
};

export const STATUS_COLOURS: Record<string, string> = {
  accepted: '#0f172a',
  proposed: '#64748b',
  disputed: '#dc2626',
};

export const typeColour = (t: string | null): string => TYPE_COLOURS[t ?? ''] ?? '#4b5563';

export function span(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  return `${from ?? '…'} – ${to ?? '…'}`;
}

/** The TLP marking and, where the server records it, the owning agency: shown beside every sourced item. */
export function provenance(item: { marking?: string; agency?: string }): string {
  return [item.marking, item.agency].filter(Boolean).join(' · ');
}
