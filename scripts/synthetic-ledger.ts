/**
 * A synthetic ledger for the benchmarks: entities, claims with validity intervals
 * (year, month or day precision), killings that end roles, and short documents the
 * evidence points into. Claim objects follow a skewed (Zipf-like) choice, so a few
 * organisations and places are hubs as in real reporting. Seeded: the same options
 * always give the same ledger.
 */
import { sha256Hex } from '../src/core/ids.js';
import { formatPartialDate } from '../src/core/partial-date.js';
import type { ClaimRecord, DocumentRecord, EventRecord } from '../src/core/records.js';
import type { Predicate } from '../src/model/ontology.js';
import { collapse, seededRandom } from '../src/analysis/collapse.js';
import { MultiDirectedGraph } from 'graphology';
import type { CellGraph, EdgeAttributes, EntityLike, NodeAttributes } from '../src/graph/types.js';

export { collapse, seededRandom };

export interface SyntheticLedger {
  readonly entities: EntityLike[];
  readonly claims: ClaimRecord[];
  readonly events: EventRecord[];
  readonly documents: DocumentRecord[];
}

export interface SyntheticOptions {
  readonly entities: number;
  readonly claims: number;
  readonly seed: number;
  /** Documents the evidence cites; each is ~200 words from a fixed synthetic vocabulary. */
  readonly documents?: number;
}

const QUOTE = 'synthetic';

/** Pseudo-words ("kavo", "tirumen"...) so full-text search has a realistic spread of terms. */
export function vocabulary(r: () => number, size = 3000): string[] {
  const syl = ['ka', 'vo', 'ti', 'ru', 'men', 'sha', 'lo', 'dar', 'gul', 'zai', 'pa', 'ni', 'qa', 'bad', 'ir', 'us'];
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)]!;
    words.add(w);
  }
  return [...words];
}

export function buildLedger(options: SyntheticOptions): SyntheticLedger {
  const { entities: N, claims: M } = options;
  const r = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const skewed = (n: number): number => Math.min(n - 1, Math.floor(n * r() ** 2.5));
  const date = (): string => {
    const y = 2000 + Math.floor(r() * 20);
    const p = r();
    if (p < 0.3) return formatPartialDate(y);
    if (p < 0.8) return formatPartialDate(y, 1 + Math.floor(r() * 12));
    return formatPartialDate(y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
  };

  const words = vocabulary(r);
  const documents: DocumentRecord[] = [];
  const D = options.documents ?? 1000;
  for (let i = 0; i < D; i++) {
    const body: string[] = [];
    for (let w = 0; w < 200; w++) body.push(words[skewed(words.length)]!);
    const text = `${QUOTE} document ${i}: ${body.join(' ')}.`;
    documents.push({
      id: `d${i}`, title: `Synthetic report ${i}`, source: `synthetic/${i}.txt`, published: date(), sha256: sha256Hex(text),
      marking: 'TLP:CLEAR', agency: 'local', media_type: 'text/plain', text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
    });
  }
  const evidence = (i: number): ClaimRecord['evidence'] => [{ document: `d${i % D}`, start: 0, end: QUOTE.length, quote: QUOTE }];

  const entities: EntityLike[] = [];
  const orgs: string[] = [];
  const people: string[] = [];
  const places: string[] = [];
  for (let i = 0; i < N; i++) {
    const p = r();
    const type = p < 0.2 ? 'organization' : p < 0.8 ? 'person' : 'place';
    const id = `e${i}`;
    entities.push({ id, type, subtype: null, name: `Entity ${i}`, aliases: [], lat: null, lon: null });
    (type === 'organization' ? orgs : type === 'person' ? people : places).push(id);
  }
  const orgPreds: Predicate[] = ['allied_with', 'rival_of', 'affiliated_with', 'splinter_of', 'pledged_allegiance_to', 'faction_of'];
  const personPreds: Predicate[] = ['member_of', 'member_of', 'member_of', 'leader_of', 'spokesperson_of', 'founder_of'];
  const claims: ClaimRecord[] = [];
  for (let i = 0; i < M; i++) {
    const p = r();
    let subject: string; let predicate: Predicate; let object: string;
    if (p < 0.5) { subject = pick(people); predicate = pick(personPreds); object = orgs[skewed(orgs.length)]!; }
    else if (p < 0.8) { subject = pick(orgs); predicate = pick(orgPreds); object = orgs[skewed(orgs.length)]!; }
    else { subject = pick(orgs); predicate = r() < 0.7 ? 'operates_in' : 'based_in'; object = places[skewed(places.length)]!; }
    const from = r() < 0.8 ? date() : null;
    let to: string | null = r() < 0.5 ? date() : null;
    if (from && to && to < from) to = null;
    const s = r();
    claims.push({
      id: `c${i}`, subject, predicate, object, valid_from: from, valid_to: to, former: false, negated: r() < 0.01,
      confidence: 0.5 + r() / 2, status: s < 0.8 ? 'accepted' : s < 0.95 ? 'proposed' : 'rejected',
      marking: 'TLP:CLEAR', agency: 'local', credibility: null, extractor: 'bench@1', evidence: evidence(i),
    });
  }
  const events: EventRecord[] = [];
  for (let i = 0; i < N / 50; i++) {
    events.push({
      id: `ev${i}`, type: 'killing', date: date(), place: pick(places), participants: [{ role: 'killed_person', entity: pick(people) }],
      killed: 1, injured: null, arrested: null, amount: null, confidence: 0.8, status: 'accepted', marking: 'TLP:CLEAR', agency: 'local',
      extractor: 'bench@1', evidence: evidence(i),
    });
  }
  return { entities, claims, events, documents };
}

/** The subgraph induced by the k best-connected nodes: the "core" betweenness is run on. */
export function core(graph: CellGraph, k: number): CellGraph {
  const top = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, k);
  const keep = new Set(top);
  const g: CellGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of top) g.addNode(n, graph.getNodeAttributes(n));
  graph.forEachEdge((e, a, s, t) => { if (keep.has(s) && keep.has(t)) g.addDirectedEdgeWithKey(e, s, t, a); });
  return g;
}

export function timeSync<T>(work: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const out = work();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const out = await work();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

/** The q-quantile of an ascending list. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export const fmt = (n: number, d = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
