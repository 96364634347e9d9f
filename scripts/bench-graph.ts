/**
 * Graph benchmark through the store: a synthetic ledger (100k entities, 1M claims
 * with validity intervals) bulk-loaded into a temporary SQLite store through the
 * port, then the projection as of a date (loadGraphInput + projectGraph), the 2-hop
 * as-of neighbourhood via `store.neighbourhood` beside its floor (the same frontier
 * query on a bare edge table with covering indexes), and graphology on the
 * in-memory graph. Each step reports the process's peak RSS so far.
 *
 *   npm run bench:graph -- [--entities 100000] [--claims 1000000] [--seed 3] [--as-of 2015-06] [--no-write]
 *
 * Writes its table into docs/benchmarks.md (bench:graph markers) unless --no-write.
 * Takes a few minutes and a few GB; not part of the test suite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import { loadGraphInput } from '../src/app/graph-input.js';
import { communities } from '../src/analysis/communities.js';
import { neighbours } from '../src/analysis/neighbours.js';
import { scores } from '../src/analysis/rank.js';
import { endOf, startOf } from '../src/core/partial-date.js';
import { projectGraph } from '../src/graph/project.js';
import { walk } from '../src/store/neighbourhood-walk.js';
import { validEnd, validStart } from '../src/store/valid-bounds.js';
import { latency, loadLedger, machine, starts, writeSection, type Latency } from './bench-common.js';
import { buildLedger, collapse, core, fmt, peakRssMb, seededRandom, timeAsync, timeSync } from './synthetic-ledger.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('entities', '100000'));
const M = Number(arg('claims', '1000000'));
const seed = Number(arg('seed', '3'));
const asOf = arg('as-of', '2015-06');
const write = !process.argv.includes('--no-write');

const rows: Array<[string, string, string]> = [];
const row = (step: string, size: string, time: string): void => {
  rows.push([step, size, time]);
  console.error(`${step}: ${size}; ${time}; peak RSS ${fmt(peakRssMb(), 0)} MB`);
  rssAt.push(peakRssMb());
};
const rssAt: number[] = [];
const ms = (l: Latency): string => `p50 ${fmt(l.p50)} ms, p99 ${fmt(l.p99)} ms`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-bench-graph-'));
try {
  const [ledger, genS] = timeSync(() => buildLedger({ entities: N, claims: M, seed }));
  row('generate ledger (in memory)', `${fmt(N, 0)} entities, ${fmt(M, 0)} claims, ${fmt(ledger.events.length, 0)} killings`, `${fmt(genS)} s`);

  const store = await openSqliteStore(path.join(dir, 'store.db'));
  const load = await loadLedger(store, ledger);
  row('bulk load into SQLite through the port', `${fmt(M, 0)} claims in transactions of 50k`,
    `${fmt(load.claims + load.other)} s (${fmt(M / load.claims, 0)} claims/s)`);

  const [input, readS] = await timeAsync(() => loadGraphInput(store));
  const [graph, projS] = timeSync(() => projectGraph(input, { asOf }));
  row(`projection as of ${asOf} through the store`, `${fmt(graph.order, 0)} nodes, ${fmt(graph.size, 0)} edges`,
    `${fmt(readS + projS)} s (read ${fmt(readS)} s + project ${fmt(projS)} s)`);

  const picks = starts(ledger, 200, seededRandom(seed + 1));
  const viaStore = await latency(picks, async (id) => (await store.neighbourhood(id, { hops: 2, asOf })).nodes.length);
  row(`2-hop neighbourhood as of ${asOf}, store.neighbourhood (200 starts)`, `mean ${fmt(viaStore.meanNodes, 0)} nodes`, ms(viaStore));

  // The floor: the same frontier query on a bare edge table holding the walked edges.
  const bare = new Database(path.join(dir, 'floor.db'));
  bare.pragma('journal_mode = WAL');
  bare.exec(`CREATE TABLE edges (src TEXT NOT NULL, dst TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL);`);
  const put = bare.prepare('INSERT INTO edges VALUES (?, ?, ?, ?)');
  bare.transaction(() => {
    for (const c of ledger.claims) {
      if (c.negated || (c.status !== 'accepted' && c.status !== 'disputed')) continue;
      put.run(c.subject, c.object, validStart(c.valid_from), validEnd(c.valid_to));
    }
  })();
  bare.exec(`CREATE INDEX edges_src ON edges(src, valid_from, valid_to, dst);
             CREATE INDEX edges_dst ON edges(dst, valid_from, valid_to, src); ANALYZE;`);
  const step = bare.prepare(`WITH f(id) AS (SELECT value FROM json_each(@frontier))
    SELECT e.rowid, e.dst FROM f JOIN edges e ON e.src = f.id WHERE e.valid_from <= @end AND e.valid_to >= @start
    UNION ALL
    SELECT e.rowid, e.src FROM f JOIN edges e ON e.dst = f.id WHERE e.valid_from <= @end AND e.valid_to >= @start`).raw();
  const bounds = { start: startOf(asOf), end: endOf(asOf) };
  const floor = await latency(picks, async (id) => (await walk(id, 2, async (frontier) =>
    (step.all({ frontier: JSON.stringify(frontier), ...bounds }) as Array<[number, string]>).map(([r, o]) => [String(r), o] as const))).nodes.length);
  bare.close();
  row('same query on a bare (src, dst, valid_from, valid_to) table, covering indexes', `mean ${fmt(floor.meanNodes, 0)} nodes`,
    `${ms(floor)} (store/floor p50 ${fmt(viaStore.p50 / floor.p50, 1)}×)`);
  await store.close();

  const inGraph = await latency(picks.filter((id) => graph.hasNode(id)), (id) => neighbours(graph, id, { hops: 2 }).nodes.length);
  row('2-hop neighbourhood, graphology on the projected graph', `mean ${fmt(inGraph.meanNodes, 0)} nodes`, ms(inGraph));

  const coreGraph = core(graph, 10_000);
  const [, betS] = timeSync(() => scores(coreGraph, 'betweenness'));
  row('betweenness, 10k-node core', `${fmt(coreGraph.order, 0)} nodes, ${fmt(collapse(coreGraph).size, 0)} undirected ties`, `${fmt(betS)} s`);
  const [, prS] = timeSync(() => scores(graph, 'pagerank'));
  row('PageRank, full graph (collapsed, weighted)', `${fmt(graph.order, 0)} nodes`, `${fmt(prS)} s`);
  const [comm, louS] = timeSync(() => communities(graph));
  row('Louvain, full graph (seeded)', `${fmt(comm.communities.length, 0)} communities, modularity ${fmt(comm.modularity, 3)}`, `${fmt(louS)} s`);

  const lines = [
    '## Graph through the store',
    '',
    `Measured on ${machine()}. Reproduce with \`npm run bench:graph\` (seed ${seed}). Synthetic ledger`
      + ' (scripts/synthetic-ledger.ts): skewed choice of organisations and places; 80% accepted, 15% proposed, 5% rejected;'
      + ' 1% negated; validity dates of year, month or day precision. Loaded into a temporary SQLite store through the port.'
      + ' Peak RSS is the process maximum reached by the end of each step.',
    '',
    '| step | size | time | peak RSS |',
    '|---|---|---:|---:|',
    ...rows.map(([a, b, c], i) => `| ${a} | ${b} | ${c} | ${fmt(rssAt[i]!, 0)} MB |`),
    '',
    `The store's neighbourhood resolves merged ids on both ends of every claim and filters status and negation;`
      + ` the floor holds only the edges that pass those filters, with canonical ids. Target: store p50 within 3× of the floor`
      + ` (measured ${fmt(viaStore.p50 / floor.p50, 1)}×). graphology's neighbourhood runs on the projection (which also ends roles`
      + ' at killings) and skips starts absent from the as-of graph, hence a slightly different mean.'
      + ' The in-memory-only variant (no store) remains as `npx tsx scripts/bench-graph-core.ts`.',
  ];
  console.log(lines.join('\n'));
  if (write) writeSection(path.resolve(import.meta.dirname, '../docs/benchmarks.md'), 'graph', lines.join('\n'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
