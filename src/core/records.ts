/**
 * The records of the claim ledger. Field names follow the `cellgraph/1` interchange
 * format (DESIGN.md), so export and import are a direct mapping and nothing is lost
 * between the store, the API and files.
 */
import type {
  ClaimStatus, Credibility, EntityType, EventType, Marking, Predicate, Reliability, Role,
} from '../model/ontology.js';
import type { PartialDate } from './partial-date.js';

/** A span of a stored document's text; `quote` always equals text.slice(start, end). */
export interface Evidence {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface DocumentRecord {
  readonly id: string;
  readonly title: string | null;
  /** Where it came from: a path as given by the user or a URL. */
  readonly source: string | null;
  readonly published: PartialDate | null;
  /** sha256 of the original bytes. */
  readonly sha256: string;
  readonly marking: Marking;
  /** The agency that owns the record (see model/access.ts); sharing decides who else sees it. */
  readonly agency: string;
  readonly media_type: string;
  /** The extracted plain text, verbatim; every offset points into it. */
  readonly text: string;
  readonly ingested_at: string;
  /** Admiralty source reliability A–F, when graded. */
  readonly reliability: Reliability | null;
}

export interface Mention {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Attributes = Readonly<Record<string, string | number | boolean | null>>;

export interface EntityRecord {
  readonly id: string;
  readonly type: EntityType;
  readonly subtype: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  /** Open attributes: gazetteer ids, country code, admin hierarchy, designation ids. */
  readonly attributes: Attributes;
  readonly mentions: readonly Mention[];
}

export interface ClaimRecord {
  readonly id: string;
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly valid_from: PartialDate | null;
  readonly valid_to: PartialDate | null;
  readonly former: boolean;
  readonly negated: boolean;
  readonly confidence: number;
  readonly status: ClaimStatus;
  /** The document's marking or stricter. */
  readonly marking: Marking;
  readonly agency: string;
  /** Admiralty information credibility 1–6, when graded. */
  readonly credibility: Credibility | null;
  /** Rule or model id with version (`rules/allegiance@1`), or `analyst:<name>`. */
  readonly extractor: string;
  readonly evidence: readonly Evidence[];
}

export interface Participant {
  readonly role: Role;
  readonly entity: string;
}

export interface Amount {
  readonly value: number;
  readonly unit: string;
}

export interface EventRecord {
  readonly id: string;
  readonly type: EventType;
  readonly date: PartialDate | null;
  readonly place: string | null;
  readonly participants: readonly Participant[];
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly amount: Amount | null;
  readonly confidence: number;
  readonly status: ClaimStatus;
  readonly marking: Marking;
  readonly agency: string;
  readonly extractor: string;
  readonly evidence: readonly Evidence[];
}
