/**
 * The storage port. Every engine (SQLite now, PostgreSQL for teams) implements this
 * interface and passes the same contract suite (`contract.ts`). Reads are on the
 * store; writes happen only inside `transaction`, so one user action is one
 * transaction: it commits whole or leaves the store exactly as it was.
 */
import type {
  ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Mention,
} from '../core/records.js';
import type { ClaimStatus, EntityType, EventType, Predicate } from '../model/ontology.js';

/** A document without its text, for listings. */
export type DocumentSummary = Omit<DocumentRecord, 'text'> & { readonly length: number };

/** An entity without its mentions, plus how often it is mentioned. */
export type EntitySummary = Omit<EntityRecord, 'mentions'> & { readonly mention_count: number };

/** An entity to create: the record without mentions, plus the normalised lookup keys of its names. */
export type EntityDraft = Omit<EntityRecord, 'mentions'> & { readonly keys: readonly string[] };

export interface AliasDraft {
  readonly alias: string;
  /** Normalised key of the alias (see resolution/normalise.ts); the store only indexes it. */
  readonly key: string;
}

export interface SearchHit {
  readonly document: string;
  readonly title: string | null;
  /** A short excerpt around the match. */
  readonly snippet: string;
  readonly rank: number;
}

export interface ClaimFilter {
  readonly status?: ClaimStatus;
  readonly predicate?: Predicate;
  /** Claims whose subject or object is this entity. */
  readonly entity?: string;
  /** Claims with evidence in this document. */
  readonly document?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface EventFilter {
  readonly type?: EventType;
  /** Events where this entity takes part or is the place. */
  readonly entity?: string;
  readonly document?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface EntityFilter {
  readonly type?: EntityType;
  /** Entities mentioned in this document. */
  readonly document?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly entities: Readonly<Record<string, number>>;
  readonly claims: Readonly<Record<string, number>>;
  readonly events: Readonly<Record<string, number>>;
}

export interface LedgerReader {
  getDocument(id: string): Promise<DocumentRecord | null>;
  findDocumentBySha(sha256: string): Promise<DocumentSummary | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Full-text search over document text (FTS5 / tsvector). */
  searchDocuments(query: string, limit?: number): Promise<SearchHit[]>;

  /** The entity with all its mentions, or null. */
  getEntity(id: string): Promise<EntityRecord | null>;
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** Entities having any of these normalised name keys (optionally of one type). */
  findEntitiesByKeys(keys: readonly string[], type?: EntityType): Promise<EntitySummary[]>;

  getClaim(id: string): Promise<ClaimRecord | null>;
  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  getEvent(id: string): Promise<EventRecord | null>;
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;

  stats(): Promise<StoreStats>;
}

export interface LedgerWriter {
  insertDocument(doc: DocumentRecord): Promise<void>;
  insertEntity(entity: EntityDraft): Promise<void>;
  /** Adds aliases (ignoring ones already present) to an entity. */
  addAliases(entity: string, aliases: readonly AliasDraft[]): Promise<void>;
  insertMentions(entity: string, mentions: readonly Mention[]): Promise<void>;
  /** Inserts a claim; a claim with the same id already stored is left as it is (idempotent). */
  insertClaim(claim: ClaimRecord): Promise<void>;
  insertEvent(event: EventRecord): Promise<void>;
  updateClaimStatus(id: string, status: ClaimStatus): Promise<void>;
}

export type Transaction = LedgerReader & LedgerWriter;

export interface Store extends LedgerReader {
  readonly engine: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The schema version this build of Cellgraph writes; a store with a higher one is refused. */
export const SCHEMA_VERSION = 1;
