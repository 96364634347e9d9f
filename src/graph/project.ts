/**
 * Projects the claim ledger onto a graph as of a date. The graph is a view, never a
 * separate truth: one node per entity that takes part in a holding claim, one edge
 * per (subject, predicate, object) carrying every claim id behind it, so any edge
 * leads back to its evidence. Status rules: accepted and disputed claims always,
 * proposed ones only when asked, rejected never. A negated claim is not an edge; it
 * marks the matching edge disputed (a claim and its denial are shown, not netted).
 * Time rules are in validity.ts.
 */
import { MultiDirectedGraph } from 'graphology';
import type { PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, EventRecord } from '../core/records.js';
import type { EntityType } from '../model/ontology.js';
import type { CellGraph, EdgeAttributes, EntityLike, GraphInput, NodeAttributes, ProjectOptions } from './types.js';
import { claimInterval, eventEnds, holdsAt, type Interval } from './validity.js';

export function edgeKey(subject: string, predicate: string, object: string): string {
  return `${subject}|${predicate}|${object}`;
}

function statusAllowed(status: ClaimRecord['status'] | EventRecord['status'], includeProposed: boolean): boolean {
  return status === 'accepted' || status === 'disputed' || (status === 'proposed' && includeProposed);
}

function nodeAttributes(e: EntityLike | undefined, id: string): NodeAttributes {
  if (!e) return { type: null, subtype: null, name: id, aliases: [], lat: null, lon: null };
  return { type: e.type, subtype: e.subtype, name: e.name, aliases: [...e.aliases], lat: e.lat, lon: e.lon };
}

function earlier(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null || b === null) return null;
  return a <= b ? a : b;
}

function later(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null || b === null) return null;
  return a >= b ? a : b;
}

export interface Projection {
  readonly graph: CellGraph;
  /** The interval each used claim was given (after former/event rules). */
  readonly intervals: ReadonlyMap<string, Interval>;
}

export function project(input: GraphInput, options: ProjectOptions = {}): Projection {
  const includeProposed = options.includeProposed ?? false;
  const minConfidence = options.minConfidence ?? 0;
  const predicates = options.predicates ? new Set(options.predicates) : null;
  const asOf = options.asOf ?? null;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const typeOf = (id: string): EntityType | null => entities.get(id)?.type ?? null;
  const published = new Map((input.documents ?? []).map((d) => [d.id, d.published]));
  const ends = eventEnds(input.events.filter((e) => statusAllowed(e.status, includeProposed)), typeOf);

  const intervals = new Map<string, Interval>();
  const denials: ClaimRecord[] = [];
  // Edges are gathered in a map first and added to the graph in key order, so the
  // graph (and every export of it) is the same whatever order the claims came in.
  const edges = new Map<string, { source: string; target: string; attrs: EdgeAttributes }>();
  for (const c of input.claims) {
    if (!statusAllowed(c.status, includeProposed) || c.confidence < minConfidence) continue;
    if (predicates && !predicates.has(c.predicate)) continue;
    if (c.negated) { denials.push(c); continue; }
    const interval = claimInterval(c, ends, (d) => published.get(d) ?? null);
    if (asOf && !holdsAt(interval, asOf)) continue;
    intervals.set(c.id, interval);
    const key = edgeKey(c.subject, c.predicate, c.object);
    const status = c.status === 'disputed' ? 'disputed' : c.status === 'accepted' ? 'accepted' : 'proposed';
    const found = edges.get(key);
    if (!found) {
      edges.set(key, {
        source: c.subject, target: c.object,
        attrs: {
          predicate: c.predicate, valid_from: c.valid_from, valid_to: interval.toPartial,
          status, negated: false, disputed: status === 'disputed', claims: [c.id], denials: [],
          ended_by: [...interval.endedBy], confidence: c.confidence,
        },
      });
      continue;
    }
    const a = found.attrs;
    a.claims.push(c.id);
    a.valid_from = earlier(a.valid_from, c.valid_from);
    a.valid_to = later(a.valid_to, interval.toPartial);
    a.confidence = Math.max(a.confidence, c.confidence);
    for (const ev of interval.endedBy) if (!a.ended_by.includes(ev)) a.ended_by.push(ev);
    if (status === 'disputed') { a.status = 'disputed'; a.disputed = true; }
    else if (status === 'accepted' && a.status === 'proposed') a.status = 'accepted';
  }
  for (const d of denials) {
    const a = edges.get(edgeKey(d.subject, d.predicate, d.object))?.attrs;
    if (!a) continue;
    a.denials.push(d.id);
    a.disputed = true;
    a.status = 'disputed';
  }

  const graph: CellGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const keys = [...edges.keys()].sort();
  const nodeIds = new Set<string>();
  for (const e of edges.values()) { nodeIds.add(e.source); nodeIds.add(e.target); }
  for (const id of [...nodeIds].sort()) graph.addNode(id, nodeAttributes(entities.get(id), id));
  for (const key of keys) {
    const { source, target, attrs } = edges.get(key)!;
    attrs.claims.sort();
    attrs.denials.sort();
    attrs.ended_by.sort();
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return { graph, intervals };
}

/** The graph of the ledger as of a date (see project for the rules). */
export function projectGraph(input: GraphInput, options: ProjectOptions = {}): CellGraph {
  return project(input, options).graph;
}
