/**
 * What an extractor returns for one document: mentions grouped under document-local
 * entity keys, and claims and events that point at those keys. Resolution later maps
 * local keys to stored entity ids. All offsets index the document text.
 */
import type { EntityType, EventType, Predicate, Role } from '../model/ontology.js';
import type { PartialDate } from '../core/partial-date.js';
import type { Amount, Attributes } from '../core/records.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ExtractedEntity {
  /** Unique within one extraction, e.g. "org:lashkar e jhangvi". */
  readonly key: string;
  readonly type: EntityType;
  readonly subtype: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  readonly attributes: Attributes;
}

export interface ExtractedMention extends Span {
  readonly entity: string;
  readonly text: string;
}

export interface ExtractedClaim {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly valid_from: PartialDate | null;
  readonly valid_to: PartialDate | null;
  readonly former: boolean;
  readonly negated: boolean;
  readonly confidence: number;
  readonly extractor: string;
  /** Usually the sentence the claim came from. */
  readonly evidence: readonly Span[];
}

export interface ExtractedEvent {
  readonly type: EventType;
  readonly date: PartialDate | null;
  readonly place: string | null;
  readonly participants: ReadonlyArray<{ readonly role: Role; readonly entity: string }>;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly amount: Amount | null;
  readonly confidence: number;
  readonly extractor: string;
  readonly evidence: readonly Span[];
}

export interface Extraction {
  readonly entities: readonly ExtractedEntity[];
  readonly mentions: readonly ExtractedMention[];
  readonly claims: readonly ExtractedClaim[];
  readonly events: readonly ExtractedEvent[];
}

export interface ExtractOptions {
  /** Publication date that relative dates ("in July", "last month") are anchored on. */
  readonly published?: PartialDate | null;
}

export type Extract = (text: string, options?: ExtractOptions) => Extraction;
