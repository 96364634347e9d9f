/**
 * Shapes of the projected graph: what a node and an edge carry, and what the
 * projection reads. Kept apart from the projection so analysis and exporters
 * depend on the shape, not on how it is built.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, EventRecord } from '../core/records.js';
import type { EntityType, Predicate } from '../model/ontology.js';

/** The entity fields the graph needs (an EntitySummary or EntityRecord fits). */
export interface EntityLike {
  readonly id: string;
  readonly type: EntityType;
  readonly subtype: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GraphInput {
  readonly entities: readonly EntityLike[];
  readonly claims: readonly ClaimRecord[];
  readonly events: readonly EventRecord[];
  /** Publication dates of evidence documents, for claims marked `former` without dates. */
  readonly documents?: ReadonlyArray<{ readonly id: string; readonly published: PartialDate | null }>;
}

export interface ProjectOptions {
  /**
   * The date the graph is seen at; null or absent: everything that was ever valid. A
   * partial date means the whole period: as of "2014-09" shows what held at any time in
   * September 2014.
   */
  readonly asOf?: PartialDate | null;
  readonly includeProposed?: boolean;
  readonly minConfidence?: number;
  /** Keep only these predicates. */
  readonly predicates?: readonly Predicate[];
}

export type EdgeStatus = 'accepted' | 'proposed' | 'disputed';

export interface NodeAttributes {
  type: EntityType | null;
  subtype: string | null;
  name: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  [key: string]: unknown;
}

export interface EdgeAttributes {
  predicate: Predicate;
  valid_from: PartialDate | null;
  valid_to: PartialDate | null;
  status: EdgeStatus;
  negated: false;
  disputed: boolean;
  claims: string[];
  /** Negated claims denying this relation. */
  denials: string[];
  /** Events (deaths, leadership changes) that ended this relation. */
  ended_by: string[];
  confidence: number;
  [key: string]: unknown;
}

export type CellGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
