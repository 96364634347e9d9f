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
import { projectGraph } from '../src/graph/project.js';
import { communities } from '../src/analysis/communities.js';
import { neighbours } from '../src/analysis/neighbours.js';
import { scores } from '../src/analysis/rank.js';
import { buildLedger as synthetic, collapse, core, timeSync as time } from './synthetic-ledger.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('entities', '100000'));
const M = Number(arg('claims', '1000000'));
const seed = Number(arg('seed', '3'));
const asOf = arg('as-of', '2015-06');
// The generator lives in synthetic-ledger.ts, shared with bench:graph and bench:store.
const buildLedger = () => synthetic({ entities: N, claims: M, seed });

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
