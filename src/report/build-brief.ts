/**
 * Assembles a brief from ledger records: every sentence comes from a template filled
 * with a claim or event, and carries footnotes pointing at the exact evidence spans.
 * Pure: the caller loads records and the projected graph; nothing here reads a store.
 */
import { endOf, startOf, type PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, DocumentRecord, Evidence, EventRecord } from '../core/records.js';
import type { CellGraph, GraphInput } from '../graph/types.js';
import { MARKINGS, ontology, type Marking, type Predicate } from '../model/ontology.js';
import { changes, findDisputes } from '../analysis/index.js';
import { phrase, span } from '../analysis/describe.js';
import { aggregateEvents, type EntityForAggregates } from '../datasets/index.js';
import type { Brief, DisputeItem, Figure, Footnote, Statement } from './brief-model.js';

export interface BriefInput {
  readonly graphInput: GraphInput & { readonly entities: readonly EntityForAggregates[] & GraphInput['entities'] };
  /** The as-of projection (already filtered by status and date). */
  readonly graph: CellGraph;
  readonly documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'text' | 'marking'>[];
  readonly topic: string | null;
  readonly since: PartialDate | null;
  readonly asOf: PartialDate | null;
  readonly includeProposed: boolean;
}

const usable = (s: string, proposed: boolean) => s === 'accepted' || s === 'disputed' || (proposed && s === 'proposed');

/** Ids within two hops of the topic in the projected graph (undirected), or every node. */
function scopeOf(graph: CellGraph, topic: string | null): Set<string> {
  if (topic === null) return new Set(graph.nodes());
  const seen = new Set<string>([topic]);
  let frontier = graph.hasNode(topic) ? [topic] : [];
  for (let hop = 0; hop < 2; hop++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of graph.neighbors(n)) if (!seen.has(m)) { seen.add(m); next.push(m); }
    frontier = next;
  }
  return seen;
}

class Notes {
  readonly list: Footnote[] = [];
  private readonly byKey = new Map<string, number>();
  marking: Marking = 'TLP:CLEAR';
  constructor(private readonly docs: ReadonlyMap<string, Pick<DocumentRecord, 'id' | 'title' | 'text' | 'marking'>>) {}
  /** Footnote numbers for evidence spans; the quote is re-read from the stored text. */
  cite(evidence: readonly Evidence[], marking: Marking): number[] {
    this.raise(marking);
    const out = new Set<number>();
    for (const ev of evidence) {
      const doc = this.docs.get(ev.document);
      if (!doc) continue;
      this.raise(doc.marking);
      const key = `${ev.document}|${ev.start}|${ev.end}`;
      let n = this.byKey.get(key);
      if (n === undefined) {
        n = this.list.length + 1;
        this.byKey.set(key, n);
        this.list.push({ n, document: doc.id, title: doc.title ?? doc.id, start: ev.start, end: ev.end, quote: doc.text.slice(ev.start, ev.end) });
      }
      out.add(n);
    }
    return [...out].sort((a, b) => a - b);
  }
  private raise(m: Marking): void {
    if (MARKINGS.indexOf(m) > MARKINGS.indexOf(this.marking)) this.marking = m;
  }
}

export function buildBrief(input: BriefInput): Brief {
  const { graphInput: gi, graph, topic, since, asOf, includeProposed } = input;
  const notes = new Notes(new Map(input.documents.map((d) => [d.id, d])));
  const names = new Map(gi.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id === null ? 'an unknown place' : names.get(id)?.name ?? id);
  const scope = scopeOf(graph, topic);
  const lo = since ? startOf(since) : '0000-01-01';
  const hi = asOf ? endOf(asOf) : '9999-12-31';
  const claimInWindow = (c: ClaimRecord) => (c.valid_from === null || startOf(c.valid_from) <= hi) && (c.valid_to === null || endOf(c.valid_to) >= lo);
  const eventInWindow = (e: EventRecord) => (e.date === null ? !since && !asOf : startOf(e.date) >= lo && startOf(e.date) <= hi);
  const claims = gi.claims.filter((c) => !c.negated && usable(c.status, includeProposed) && claimInWindow(c)
    && (scope.has(c.subject) || scope.has(c.object)));
  const events = gi.events.filter((e) => usable(e.status, includeProposed) && eventInWindow(e)
    && (topic === null || e.participants.some((p) => scope.has(p.entity))));
  // Claims and events this brief speaks about, for filtering changes and disputes to the topic.
  const inScopeIds = new Set([...claims.map((c) => c.id), ...events.map((e) => e.id)]);
  const claimById = new Map(gi.claims.map((c) => [c.id, c]));
  const eventById = new Map(gi.events.map((e) => [e.id, e]));
  const statement = (text: string, cs: string[], es: string[]): Statement | null => {
    const ns = [...cs.flatMap((id) => { const c = claimById.get(id); return c ? notes.cite(c.evidence, c.marking) : []; }),
      ...es.flatMap((id) => { const e = eventById.get(id); return e ? notes.cite(e.evidence, e.marking) : []; })];
    const uniq = [...new Set(ns)].sort((a, b) => a - b);
    return uniq.length === 0 ? null : { text, claims: cs, events: es, notes: uniq };
  };
  const keep = (s: Statement | null): s is Statement => s !== null;

  // Leadership: leader_of intervals, then killings of those leaders.
  const leaderClaims = claims.filter((c) => c.predicate === 'leader_of').sort((a, b) => (a.valid_from ?? '~').localeCompare(b.valid_from ?? '~') || a.id.localeCompare(b.id));
  const leaders = new Set(leaderClaims.map((c) => c.subject));
  const leadership = [
    ...leaderClaims.map((c) => statement(`${name(c.subject)} was leader of ${name(c.object)} (${span(c.valid_from, c.valid_to)}).`, [c.id], [])),
    ...gi.events.filter((e) => e.type === 'killing' && usable(e.status, includeProposed) && eventInWindow(e))
      .flatMap((e) => e.participants.filter((p) => p.role === 'killed_person' && leaders.has(p.entity))
        .map((p) => statement(`${name(p.entity)} was killed${e.place ? ` in ${name(e.place)}` : ''} (${e.date ?? 'undated'}).`, [], [e.id]))),
  ].filter(keep);

  const incidentEvents = events.filter((e) => !['pledge', 'statement', 'designation', 'leadership_change'].includes(e.type));
  const incidents = incidentEvents.map((e) => statement(
    `${e.type.replace(/_/g, ' ')}${e.place ? ` in ${name(e.place)}` : ''} (${e.date ?? 'undated'})${e.killed !== null ? `: ${e.killed} killed` : ''}${e.arrested !== null ? `, ${e.arrested} arrested` : ''}.`,
    [], [e.id])).filter(keep);

  const orgIds = new Set([...claims.flatMap((c) => [c.subject, c.object])].filter((id) => names.get(id)?.type === 'organization'));
  const cellIds = [...orgIds].filter((id) => names.get(id)?.subtype === 'cell');
  const pledges = claims.filter((c) => c.predicate === 'pledged_allegiance_to');
  const figure = (label: string, value: number, cs: readonly ClaimRecord[], es: readonly EventRecord[]): Figure => ({
    label, value, notes: [...new Set([...cs.flatMap((c) => notes.cite(c.evidence, c.marking)), ...es.flatMap((e) => notes.cite(e.evidence, e.marking))])].sort((a, b) => a - b),
  });
  const touching = (ids: Set<string>) => claims.filter((c) => ids.has(c.subject) || ids.has(c.object));
  // One incident reported twice with different numbers counts once, at the lower figure,
  // so disagreeing sources never inflate the totals; the disagreement is listed below.
  const allDisputes = findDisputes(gi.claims, gi.events);
  const sameIncident = new Map<string, string>();
  for (const d of allDisputes) {
    if (d.kind !== 'event_counts' && d.kind !== 'event_dates') continue;
    const rep = d.items.map((s) => sameIncident.get(s.id) ?? s.id).sort()[0]!;
    for (const side of d.items) sameIncident.set(side.id, rep);
  }
  const incidentGroups = new Map<string, EventRecord[]>();
  for (const e of incidentEvents) {
    const k = sameIncident.get(e.id) ?? e.id;
    incidentGroups.set(k, [...(incidentGroups.get(k) ?? []), e]);
  }
  const lowest = (es: EventRecord[], f: 'killed' | 'arrested') => {
    const known = es.map((e) => e[f]).filter((v): v is number => v !== null);
    return known.length === 0 ? 0 : Math.min(...known);
  };
  const sumLowest = (f: 'killed' | 'arrested') => [...incidentGroups.values()].reduce((n, es) => n + lowest(es, f), 0);
  const representatives = [...incidentGroups.values()].map((es) => [...es].sort((a, b) => (a.killed ?? Infinity) - (b.killed ?? Infinity))[0]!);
  const provinces = aggregateEvents(representatives, gi.entities, 'province').map((r) => ({ province: r.key, incidents: r.incidents, killed: r.killed }));
  const figures = [
    figure('Groups', orgIds.size, [], []),
    figure('Pledges of allegiance', pledges.length, pledges, []),
    figure('Cells', cellIds.length, touching(new Set(cellIds)), []),
    figure('Incidents', incidentGroups.size, [], incidentEvents),
    figure('Killed', sumLowest('killed'), [], incidentEvents.filter((e) => e.killed)),
    figure('Arrested', sumLowest('arrested'), [], incidentEvents.filter((e) => e.arrested)),
  ];

  const changeList = since
    ? changes(gi, since, asOf ?? '9999', { includeProposed })
      .filter((c) => topic === null || c.claims.some((id) => inScopeIds.has(id)) || c.events.some((id) => inScopeIds.has(id)))
      .map((c) => statement(`${c.text}.`, c.claims, c.events)).filter(keep)
    : [];

  // Dispute summaries name records by id; show names and relation phrases instead.
  const readable = (text: string) => text.replace(/[\w-]+/g, (w) => names.get(w)?.name
    ?? (Object.hasOwn(ontology.predicates, w) ? phrase(w as Predicate) : w));
  const inScope = (id: string) => inScopeIds.has(id)
    || (claimById.get(id)?.negated === true && (topic === null || scope.has(claimById.get(id)!.subject)));
  const disputes: DisputeItem[] = allDisputes
    .filter((d) => d.items.some((s) => inScope(s.id)))
    .map((d) => ({
      text: readable(d.text),
      sides: d.items.map((s) => {
        const isClaim = claimById.has(s.id);
        return statement(`${s.says}: “${s.evidence[0]?.quote.replace(/\s+/g, ' ') ?? ''}”`, isClaim ? [s.id] : [], isClaim ? [] : [s.id]);
      }).filter(keep),
    }))
    .filter((d) => d.sides.length >= 2);

  const nodes = [...scope].filter((id) => graph.hasNode(id)).sort()
    .map((id) => ({ id, name: graph.getNodeAttribute(id, 'name'), type: graph.getNodeAttribute(id, 'type') ?? 'unknown' }));
  const edges = graph.edges().filter((e) => scope.has(graph.source(e)) && scope.has(graph.target(e))).sort()
    .map((e) => ({ source: graph.source(e), target: graph.target(e), label: phrase(graph.getEdgeAttribute(e, 'predicate')) }));

  return {
    title: topic ? name(topic) : 'Theatre brief', topic, since, asOf, marking: notes.marking,
    figures, network: { nodes, edges }, leadership, provinces, incidents, changes: changeList, disputes, footnotes: notes.list,
  };
}
