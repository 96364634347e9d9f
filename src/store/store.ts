/**
 * The storage port. Every engine (SQLite now, PostgreSQL for teams) implements this
 * interface and passes the same contract suite (`contract.ts`). Reads are on the
 * store; writes happen only inside `transaction`, so one user action is one
 * transaction: it commits whole or leaves the store exactly as it was.
 */
import type {
  ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Mention,
} from '../core/records.js';
import type { ClaimStatus, Credibility, EntityType, EventType, Predicate, Reliability } from '../model/ontology.js';
import type { PartialDate } from '../core/partial-date.js';
import type { AccessReader, AccessWriter } from './access.js';

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

/** A recorded merge: `source` now resolves to `target`. Reversible; kept in history. */
export interface MergeRecord {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly actor: string;
  readonly reason: string;
  readonly at: string;
  /** Set when the merge was undone. */
  readonly undone_at: string | null;
}

/** A "possibly the same as" suggestion waiting for (or holding) an analyst's decision. */
export interface SameAsCandidate {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly decision: 'same' | 'different' | null;
  readonly decided_by: string | null;
  readonly decided_at: string | null;
}

/** Analyst edits to a claim: status and grading. */
export interface ClaimPatch {
  readonly status?: ClaimStatus;
  readonly confidence?: number;
  readonly credibility?: Credibility | null;
  readonly valid_from?: PartialDate | null;
  readonly valid_to?: PartialDate | null;
  readonly negated?: boolean;
  readonly former?: boolean;
}

export interface StoreStats {
  readonly documents: number;
  readonly entities: Readonly<Record<string, number>>;
  readonly claims: Readonly<Record<string, number>>;
  readonly events: Readonly<Record<string, number>>;
}

export interface LedgerReader extends AccessReader {
  getDocument(id: string): Promise<DocumentRecord | null>;
  findDocumentBySha(sha256: string): Promise<DocumentSummary | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Full-text search over document text (FTS5 / tsvector). */
  searchDocuments(query: string, limit?: number): Promise<SearchHit[]>;

  /** The entity with all its mentions, or null. */
  getEntity(id: string): Promise<EntityRecord | null>;
  /** Canonical entities, most mentioned first, then in creation order. */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** Entities having any of these normalised name keys (optionally of one type). */
  findEntitiesByKeys(keys: readonly string[], type?: EntityType): Promise<EntitySummary[]>;

  getClaim(id: string): Promise<ClaimRecord | null>;
  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  getEvent(id: string): Promise<EventRecord | null>;
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;

  stats(): Promise<StoreStats>;

  /** The id an entity id currently resolves to (itself unless merged away). */
  canonicalId(id: string): Promise<string>;
  listMerges(entity?: string): Promise<MergeRecord[]>;
  /** Suggestions; `pending` keeps only the undecided ones. */
  listSameAs(options?: { readonly pending?: boolean; readonly entity?: string }): Promise<SameAsCandidate[]>;

  /**
   * Entities within `hops` relations of `entity` as of a date (undirected), with the claims on the way: the
   * store-side form of the 2-hop question. Ids are canonical (merges resolved); the start is at hops 0; nodes
   * come by hops then id, claims by id. A claim is walked when it is accepted or disputed (proposed only with
   * `includeProposed`, rejected and negated never) and, with `asOf`, when its interval (valid_from's first day
   * to valid_to's last day, open ends unbounded) overlaps the period `asOf` covers.
   *
   * Unlike the graph projection (graph/validity.ts) this reads dates only: a `former` claim without valid_to
   * and roles ended by killings or leadership changes still hold here, and no confidence floor applies. Use
   * the projection when those rules matter; use this for a fast, index-served neighbourhood on a large ledger.
   */
  neighbourhood(entity: string, options: NeighbourhoodOptions): Promise<Neighbourhood>;
}

export interface NeighbourhoodOptions {
  readonly hops: number;
  readonly asOf?: PartialDate | null;
  readonly includeProposed?: boolean;
}

export interface Neighbourhood {
  nodes: Array<{ id: string; hops: number }>;
  claims: string[];
}

export interface LedgerWriter extends AccessWriter {
  insertDocument(doc: DocumentRecord): Promise<void>;
  insertEntity(entity: EntityDraft): Promise<void>;
  /** Adds aliases (ignoring ones already present) to an entity. */
  addAliases(entity: string, aliases: readonly AliasDraft[]): Promise<void>;
  insertMentions(entity: string, mentions: readonly Mention[]): Promise<void>;
  /** Inserts a claim; a claim with the same id already stored is left as it is (idempotent). */
  insertClaim(claim: ClaimRecord): Promise<void>;
  insertEvent(event: EventRecord): Promise<void>;
  updateClaim(id: string, patch: ClaimPatch): Promise<void>;
  setDocumentReliability(id: string, reliability: Reliability | null): Promise<void>;
  renameEntity(id: string, name: string, key: string): Promise<void>;

  /**
   * Merges `source` into `target`: reads of `source` resolve to `target`, and the
   * target's claims, events, mentions and aliases include the source's. Nothing is
   * rewritten, so `unmerge` restores the state before the merge exactly.
   */
  mergeEntities(source: string, target: string, actor: string, reason: string): Promise<MergeRecord>;
  unmerge(mergeId: string, actor: string, reason: string): Promise<void>;
  /**
   * Moves the given mentions (by document and start offset) of an entity to a new
   * entity `into` (already inserted): how an analyst splits a wrongly merged actor.
   */
  moveMentions(from: string, into: string, mentions: ReadonlyArray<{ document: string; start: number }>): Promise<void>;
  /** Re-points claims/event participants from one entity to another (used by split). */
  repointClaims(claimIds: readonly string[], from: string, into: string): Promise<void>;

  /** Records or refreshes a suggestion (a, b unordered); a decided pair keeps its decision. */
  upsertSameAs(candidate: Pick<SameAsCandidate, 'a' | 'b' | 'score' | 'reasons'>): Promise<void>;
  decideSameAs(a: string, b: string, decision: 'same' | 'different', actor: string): Promise<void>;
}

export type Transaction = LedgerReader & LedgerWriter;

/**
 * The ledger without the access tables: what use cases, routes and exports work on.
 * Other producers' STIX objects are part of it: they carry a marking and an owner.
 */
export type LedgerQueries = Omit<LedgerReader, keyof AccessReader> & Pick<AccessReader, 'listForeignObjects'>;
export type LedgerCommands = Omit<LedgerWriter, keyof AccessWriter>;
export type LedgerTransaction = LedgerQueries & LedgerCommands;

/**
 * A ledger as one viewer sees it. The raw `Store` is one (the operator sees all);
 * `visibleLedger` (access/visible-ledger.ts) gives the policy-filtered one every
 * request works on, so a use case cannot tell, and cannot forget, who is asking.
 */
export interface Ledger extends LedgerQueries {
  readonly engine: 'sqlite' | 'postgres';
  transaction<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T>;
}

export interface Store extends LedgerReader {
  readonly engine: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The schema version this build of Cellgraph writes; a store with a higher one is refused. */
export const SCHEMA_VERSION = 3;
