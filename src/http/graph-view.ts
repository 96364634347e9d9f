/**
 * What the web app's chart and timeline need from the projection, as plain JSON:
 * nodes and edges of the graph as of a date, the span of dates in the ledger (the
 * time slider's range), and one entity's relations and events in date order.
 * Pure: it reads a GraphInput and calls the projection in src/graph.
 */
import { project } from '../graph/project.js';
import type { EdgeStatus, GraphInput } from '../graph/types.js';
import type { PartialDate } from '../core/partial-date.js';
import { endOf, startOf } from '../core/partial-date.js';
import type { EntityType, EventType, Predicate, Role } from '../model/ontology.js';
import type { Evidence } from '../core/records.js';

export interface GraphNode {
  readonly id: string; readonly type: EntityType | null; readonly subtype: string | null; readonly name: string;
  readonly aliases: readonly string[]; readonly lat: number | null; readonly lon: number | null;
}

export interface GraphEdge {
  readonly id: string; readonly source: string; readonly target: string; readonly predicate: Predicate;
  readonly status: EdgeStatus; readonly disputed: boolean; readonly valid_from: PartialDate | null; readonly valid_to: PartialDate | null;
  readonly claims: readonly string[]; readonly denials: readonly string[]; readonly confidence: number;
}

export interface DateRange { readonly min: string | null; readonly max: string | null }

export interface GraphView {
  readonly asOf: PartialDate | null;
  readonly includeProposed: boolean;
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly range: DateRange;
}

/** Earliest and latest day any non-rejected claim or event of the ledger names. */
export function dateRange(input: GraphInput): DateRange {
  const days: string[] = [];
  for (const c of input.claims) {
    if (c.status === 'rejected') continue;
    if (c.valid_from) days.push(startOf(c.valid_from));
    if (c.valid_to) days.push(endOf(c.valid_to));
  }
  for (const e of input.events) if (e.status !== 'rejected' && e.date) days.push(startOf(e.date), endOf(e.date));
  days.sort();
  return { min: days[0] ?? null, max: days[days.length - 1] ?? null };
}

export function graphView(input: GraphInput, options: { asOf: PartialDate | null; includeProposed: boolean }): GraphView {
  const { graph } = project(input, options);
  const nodes: GraphNode[] = graph.mapNodes((id, a) => ({ id, type: a.type, subtype: a.subtype, name: a.name, aliases: a.aliases, lat: a.lat, lon: a.lon }));
  const edges: GraphEdge[] = graph.mapEdges((id, a, source, target) => ({
    id, source, target, predicate: a.predicate, status: a.status, disputed: a.disputed, valid_from: a.valid_from, valid_to: a.valid_to,
    claims: a.claims, denials: a.denials, confidence: a.confidence,
  }));
  nodes.sort((a, b) => (a.id < b.id ? -1 : 1));
  edges.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { asOf: options.asOf, includeProposed: options.includeProposed, nodes, edges, range: dateRange(input) };
}

export interface TimelineRelation {
  readonly claim: string; readonly predicate: Predicate; readonly direction: 'out' | 'in';
  readonly other: { readonly id: string; readonly name: string; readonly type: EntityType | null };
  /** First and last day (YYYY-MM-DD); null when open or unknown. */
  readonly from: string | null; readonly to: string | null;
  readonly valid_from: PartialDate | null; readonly valid_to: PartialDate | null;
  readonly status: string; readonly negated: boolean;
  /** The first quote behind it, for a footnote. */
  readonly evidence: Evidence | null;
}

export interface TimelineEvent {
  readonly id: string; readonly type: EventType; readonly date: PartialDate | null; readonly day: string | null;
  readonly roles: readonly Role[]; readonly place: string | null;
  readonly killed: number | null; readonly injured: number | null; readonly status: string;
  readonly evidence: Evidence | null;
}

export interface Timeline {
  readonly entity: string;
  readonly relations: TimelineRelation[];
  readonly events: TimelineEvent[];
}

const byDay = (a: string | null, b: string | null): number => (a ?? '\uffff') < (b ?? '\uffff') ? -1 : (a ?? '\uffff') > (b ?? '\uffff') ? 1 : 0;

/** One entity's relations (with the intervals the projection gives them) and events, in date order; rejected ones left out. */
export function timeline(input: GraphInput, entity: string): Timeline {
  const { intervals } = project(input, { includeProposed: true });
  const names = new Map(input.entities.map((e) => [e.id, e]));
  const relations: TimelineRelation[] = [];
  for (const c of input.claims) {
    if (c.status === 'rejected' || (c.subject !== entity && c.object !== entity)) continue;
    const out = c.subject === entity;
    const otherId = out ? c.object : c.subject;
    const other = names.get(otherId);
    const iv = intervals.get(c.id);
    const from = iv ? iv.from || null : c.valid_from ? startOf(c.valid_from) : null;
    const to = iv ? (iv.to === '\uffff' ? null : iv.to) : c.valid_to ? endOf(c.valid_to) : null;
    relations.push({
      claim: c.id, predicate: c.predicate, direction: out ? 'out' : 'in',
      other: { id: otherId, name: other?.name ?? otherId, type: other?.type ?? null },
      from, to, valid_from: c.valid_from, valid_to: iv?.toPartial ?? c.valid_to, status: c.status, negated: c.negated, evidence: c.evidence[0] ?? null,
    });
  }
  const events: TimelineEvent[] = input.events
    .filter((e) => e.status !== 'rejected' && (e.place === entity || e.participants.some((p) => p.entity === entity)))
    .map((e) => ({
      id: e.id, type: e.type, date: e.date, day: e.date ? startOf(e.date) : null,
      roles: e.participants.filter((p) => p.entity === entity).map((p) => p.role).concat(e.place === entity ? ['location'] : []),
      place: e.place, killed: e.killed, injured: e.injured, status: e.status, evidence: e.evidence[0] ?? null,
    }));
  relations.sort((a, b) => byDay(a.from, b.from) || (a.claim < b.claim ? -1 : 1));
  events.sort((a, b) => byDay(a.day, b.day) || (a.id < b.id ? -1 : 1));
  return { entity, relations, events };
}
