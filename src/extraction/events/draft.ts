/**
 * An event as the sentence rules first propose it, before document assembly merges
 * continuations into the incidents they add to (document-events.ts).
 */
import type { EventType, Role } from '../../model/ontology.js';
import type { PartialDate } from '../../core/partial-date.js';
import type { Amount } from '../../core/records.js';
import type { Span } from '../types.js';
import type { CountKind } from '../numbers/numbers.js';

export interface Draft {
  type: EventType;
  rank: number;
  date: PartialDate | null;
  place: { key: string; rank: number } | null;
  participants: Array<{ role: Role; entity: string }>;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
  evidence: Span[];
  sentence: number;
  confidence: number;
  extractor: string;
  /** Refers back to an incident already told ("the shooting"). */
  definite: boolean;
  /** Only adds counts or claims to the previous incident. */
  continuation: boolean;
  /** Joins the last attack, bombing or shooting, not the last event of any kind. */
  incidentOnly?: boolean;
  /** Introduced by "the"/"this": may name an incident already told ("the 2008 attacks"). */
  article?: boolean;
  /** Counts that correct the incident's earlier figures ("later raised the toll to 94"). */
  revised?: CountKind[];
  /** A sum of money the sentence gives ("a bounty of $10 million"). */
  amount?: Amount | null;
  /** A continuation that covers this many of the last incidents ("claimed both attacks"). */
  incidents?: number;
  /** Organisations named in a statement's sentence: whom its speaker may speak for. */
  orgs?: string[];
}

export function draft(type: EventType, rank: number, span: Span, sentence: number, extractor: string, confidence: number): Draft {
  return { type, rank, date: null, place: null, participants: [], killed: null, injured: null, arrested: null, evidence: [span], sentence, confidence, extractor, definite: false, continuation: false };
}
