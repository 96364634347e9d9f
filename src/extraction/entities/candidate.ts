/**
 * A proposed mention before overlaps are resolved, and the overlap resolution itself:
 * longer spans win, then higher-priority sources (dictionaries over patterns over
 * guesses), so "Tehreek-e-Taliban Pakistan" is one organisation, not an org and a place.
 */
import type { LexiconOrg, LexiconPlace } from '../lexicon.js';

export type MentionType = 'organization' | 'person' | 'place';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  readonly subtype: string | null;
  /** Rule that proposed it; also the extractor id stem. */
  readonly source: string;
  /** Higher wins among equally long spans. */
  readonly priority: number;
  readonly org?: LexiconOrg;
  readonly place?: LexiconPlace;
  /** Defined inline as another name of the mention that ends at this offset ("X aka Y", "X (ABC)"). */
  readonly sameAsEnd?: number;
  /** Entity key already known for this surface form in the document. */
  readonly docKey?: string;
}

export const PRIORITY = { dictionary: 50, definition: 45, honorific: 40, pattern: 30, cue: 20, generic: 10 } as const;

/** Keeps a non-overlapping subset, longest first, then by priority, then leftmost. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
