/**
 * Graph core benchmark: a synthetic ledger of 100k entities and 1M claims with
 * validity intervals (built in memory, no store), then timings for the projection as
 * of a date, 2-hop neighbourhoods (p50/p99 over 200 starts), betweenness on a 10k-node
 * core, PageRank and Louvain on the full projected graph, with peak RSS.
 *
 *   npx tsx scripts/bench-graph-core.ts [--entities 100000] [--claims 1000000] [--seed 3] [--as-of 2015-06]
 *
 * Claim objects follow a skewed (Zipf-like) choice of organisations, so a few groups
 * are hubs as in real reporting. Prints a markdown table for docs/benchmarks.md.
 * Takes a few minutes and about 3 GB; not part of the test suite.
 */
import os from 'node:os';
import { formatPartialDate } from '../src/core/partial-date.js';
import type { ClaimRecord, EventRecord } from '../src/core/records.js';
import type { Predicate } from '../src/model/ontology.js';
import { projectGraph } from '../src/graph/project.js';
import type { CellGraph, EntityLike } from '../src/graph/types.js';
import { collapse, seededRandom } from '../src/analysis/collapse.js';
import { communities } from '../src/analysis/communities.js';
import { neighbours } from '../src/analysis/neighbours.js';
import { scores } from '../src/analysis/rank.js';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../src/graph/types.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('entities', '100000'));
const M = Number(arg('claims', '1000000'));
const seed = Number(arg('seed', '3'));
const asOf = arg('as-of', '2015-06');
const r = seededRandom(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Index in [0, n) with a Zipf-like skew: low indexes are chosen far more often. */
const skewed = (n: number): number => Math.min(n - 1, Math.floor(n * r() ** 2.5));

function date(): string {
  const y = 2000 + Math.floor(r() * 20);
  const p = r();
  if (p < 0.3) return formatPartialDate(y);
  if (p < 0.8) return formatPartialDate(y, 1 + Math.floor(r() * 12));
  return formatPartialDate(y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
}

function buildLedger(): { entities: EntityLike[]; claims: ClaimRecord[]; events: EventRecord[] } {
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
      marking: 'TLP:CLEAR', credibility: null, extractor: 'bench@1',
      evidence: [{ document: `d${i % 5000}`, start: 0, end: 10, quote: 'synthetic' }],
    });
  }
  const events: EventRecord[] = [];
  for (let i = 0; i < N / 50; i++) {
    events.push({
      id: `ev${i}`, type: 'killing', date: date(), place: pick(places), participants: [{ role: 'killed_person', entity: pick(people) }],
      killed: 1, injured: null, arrested: null, amount: null, confidence: 0.8, status: 'accepted', marking: 'TLP:CLEAR',
      extractor: 'bench@1', evidence: [{ document: `d${i}`, start: 0, end: 10, quote: 'synthetic' }],
    });
  }
  return { entities, claims, events };
}

function time<T>(work: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const out = work();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

/** The subgraph induced by the k best-connected nodes: the "core" betweenness is run on. */
function core(graph: CellGraph, k: number): CellGraph {
  const top = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, k);
  const keep = new Set(top);
  const g: CellGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of top) g.addNode(n, graph.getNodeAttributes(n));
  graph.forEachEdge((e, a, s, t) => { if (keep.has(s) && keep.has(t)) g.addDirectedEdgeWithKey(e, s, t, a); });
  return g;
}

const fmt = (n: number, d = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows: Array<[string, string, string]> = [];

const [input, buildS] = time(buildLedger);
rows.push(['generate ledger (in memory)', `${fmt(N, 0)} entities, ${fmt(M, 0)} claims, ${fmt(input.events.length, 0)} killings`, `${fmt(buildS)} s`]);

const [graph, projS] = time(() => projectGraph(input, { asOf }));
rows.push([`project as of ${asOf}`, `${fmt(graph.order, 0)} nodes, ${fmt(graph.size, 0)} edges`, `${fmt(projS)} s`]);

const [all, allS] = time(() => projectGraph(input, { includeProposed: true }));
rows.push(['project all time, with proposed', `${fmt(all.order, 0)} nodes, ${fmt(all.size, 0)} edges`, `${fmt(allS)} s`]);

const starts = graph.nodes().filter((_, i) => i % Math.max(1, Math.floor(graph.order / 200)) === 0).slice(0, 200);
const hopTimes: number[] = [];
let reached = 0;
for (const s of starts) {
  const [n, t] = time(() => neighbours(graph, s, { hops: 2 }));
  hopTimes.push(t * 1000);
  reached += n.nodes.length;
}
hopTimes.sort((a, b) => a - b);
const q = (p: number): number => hopTimes[Math.min(hopTimes.length - 1, Math.floor(p * hopTimes.length))]!;
rows.push(['2-hop neighbourhood (200 starts)', `mean ${fmt(reached / starts.length, 0)} nodes reached`, `p50 ${fmt(q(0.5))} ms, p99 ${fmt(q(0.99))} ms`]);

const coreGraph = core(graph, 10_000);
const [, betS] = time(() => scores(coreGraph, 'betweenness'));
rows.push(['betweenness, 10k-node core', `${fmt(coreGraph.order, 0)} nodes, ${fmt(collapse(coreGraph).size, 0)} undirected ties`, `${fmt(betS)} s`]);

const [, prS] = time(() => scores(graph, 'pagerank'));
rows.push(['PageRank, full graph (collapsed, weighted)', `${fmt(graph.order, 0)} nodes`, `${fmt(prS)} s`]);

const [comm, louS] = time(() => communities(graph));
rows.push(['Louvain, full graph (seeded)', `${fmt(comm.communities.length, 0)} communities, modularity ${fmt(comm.modularity, 3)}`, `${fmt(louS)} s`]);

const lines = [
  '## Graph core',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}. `
    + `Reproduce with \`npx tsx scripts/bench-graph-core.ts\` (seed ${seed}). Synthetic ledger: skewed choice of organisations; 80% accepted, 15% proposed, 5% rejected; 1% negated.`,
  '',
  '| step | size | time |',
  '|---|---|---:|',
  ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  '',
  `Peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB.`,
];
console.log(lines.join('\n'));
