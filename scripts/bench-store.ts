/**
 * Store benchmark, SQLite and PostgreSQL side by side in one run: bulk load rate
 * through the port, as-of 2-hop neighbourhood p50/p99, full-text search p50 over
 * 1,000 synthetic documents, graph projection through the store, and the Node
 * process's peak RSS, at 100k and 1M claims. PostgreSQL runs in a scratch database
 * (CELLGRAPH_TEST_PG, default postgres://postgres@127.0.0.1:5432/test) dropped at the end.
 *
 *   npm run bench:store -- [--sizes 100000,1000000] [--seed 5] [--as-of 2015-06] [--pg-budget 900] [--no-write]
 *
 * PostgreSQL skips a size whose claim load, extrapolated from the previous size,
 * would exceed --pg-budget seconds (the table says so). Not part of the test suite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../src/adapters/postgres/postgres-store.js';
import { createScratch } from '../src/adapters/postgres/scratch.js';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import { loadGraphInput } from '../src/app/graph-input.js';
import { projectGraph } from '../src/graph/project.js';
import type { Store } from '../src/store/store.js';
import { latency, loadLedger, machine, starts, writeSection, type Latency } from './bench-common.js';
import { buildLedger, fmt, peakRssMb, seededRandom, timeAsync, timeSync, type SyntheticLedger } from './synthetic-ledger.js';
import { SCALING_NOTES } from './bench-store-notes.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const seed = Number(arg('seed', '5'));
const asOf = arg('as-of', '2015-06');
const pgBudget = Number(arg('pg-budget', '900'));
const write = !process.argv.includes('--no-write');

interface Result {
  readonly engine: string;
  readonly claims: number;
  readonly loadRate: number;
  readonly loadS: number;
  readonly hop: Latency;
  readonly search: Latency;
  readonly projectS: number;
  readonly projected: string;
  readonly rss: number;
}

async function measure(engine: string, store: Store, ledger: SyntheticLedger, prepare: () => Promise<void>): Promise<Result> {
  const load = await loadLedger(store, ledger);
  await prepare();
  console.error(`${engine} ${ledger.claims.length}: loaded, ${fmt(ledger.claims.length / load.claims, 0)} claims/s`);
  const picks = starts(ledger, 200, seededRandom(seed + 1));
  const hop = await latency(picks, async (id) => (await store.neighbourhood(id, { hops: 2, asOf })).nodes.length);
  const r = seededRandom(seed + 2);
  const words = Array.from({ length: 200 }, () => {
    const text = ledger.documents[Math.floor(r() * ledger.documents.length)]!.text.split(/[\s:.]+/);
    return text[3 + Math.floor(r() * (text.length - 4))]!;
  });
  const search = await latency(words, async (w) => (await store.searchDocuments(w, 20)).length);
  const [graph, projectS] = await timeAsync(async () => projectGraph(await loadGraphInput(store), { asOf }));
  const res: Result = {
    engine, claims: ledger.claims.length, loadRate: ledger.claims.length / load.claims, loadS: load.claims + load.other,
    hop, search, projectS, projected: `${fmt(graph.order, 0)} nodes, ${fmt(graph.size, 0)} edges`, rss: peakRssMb(),
  };
  console.error(JSON.stringify(res));
  return res;
}

/** Index-only scans need a fresh visibility map; statistics for the planner too. */
async function vacuum(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query('VACUUM ANALYZE'); } finally { await client.end(); }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-bench-store-'));
const scratch = await createScratch();
const pgVersion = await serverVersion();
const results: Result[] = [];
const skipped: string[] = [];
try {
  let pgRate: number | null = null;
  for (const claims of sizes) {
    const [ledger] = timeSync(() => buildLedger({ entities: Math.round(claims / 10), claims, seed, documents: 1000 }));
    const lite = await openSqliteStore(path.join(dir, `store-${claims}.db`));
    results.push(await measure('SQLite', lite, ledger, async () => undefined));
    await lite.close();
    if (pgRate !== null && claims / pgRate > pgBudget) {
      skipped.push(`PostgreSQL at ${fmt(claims, 0)} claims skipped: at ${fmt(pgRate, 0)} claims/s the load alone would take `
        + `about ${fmt(claims / pgRate / 60, 0)} minutes, over this run's budget of ${fmt(pgBudget / 60, 0)}.`);
      continue;
    }
    const url = await scratch.freshUrl();
    const pgStore = await openPostgresStore(url);
    const res = await measure('PostgreSQL', pgStore, ledger, () => vacuum(url));
    await pgStore.close();
    pgRate = res.loadRate;
    results.push(res);
  }
} finally {
  await scratch.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}

const ms = (n: number): string => `${fmt(n)} ms`;
const lines = [
  '## Storage engines side by side',
  '',
  `Measured on ${machine()}; PostgreSQL ${pgVersion} on the same machine (default settings, TCP on localhost).`
    + ` Reproduce with \`npm run bench:store\` (seed ${seed}). Synthetic ledgers of the bench:graph kind with one entity per`
    + ` ten claims and 1,000 documents of ~200 pseudo-words; everything goes through the storage port, claims in transactions of 50k.`
    + ` Neighbourhoods: 2 hops as of ${asOf}, 200 random starts. Search: 200 one-word queries, top 20. Projection: loadGraphInput +`
    + ` projectGraph as of ${asOf}. Peak RSS is the Node process's maximum so far (it only grows through the run).`,
  '',
  '| engine | claims | bulk load | 2-hop as of (p50 / p99) | search p50 | projection | peak RSS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.engine} | ${fmt(r.claims, 0)} | ${fmt(r.loadRate, 0)} claims/s (${fmt(r.loadS, 1)} s in all) `
    + `| ${ms(r.hop.p50)} / ${ms(r.hop.p99)} (${fmt(r.hop.meanNodes, 0)} nodes) | ${ms(r.search.p50)} | ${fmt(r.projectS, 1)} s (${r.projected}) `
    + `| ${fmt(r.rss, 0)} MB |`),
  '',
  ...skipped,
  ...(skipped.length ? [''] : []),
  '### How cost grows',
  '',
  ...growth(),
  '',
  SCALING_NOTES,
];
console.log(lines.join('\n'));
if (write) writeSection(path.resolve(import.meta.dirname, '../docs/benchmarks.md'), 'store', lines.join('\n'));

function growth(): string[] {
  const out: string[] = [];
  for (const engine of ['SQLite', 'PostgreSQL']) {
    const rs = results.filter((r) => r.engine === engine).sort((a, b) => a.claims - b.claims);
    if (rs.length < 2) continue;
    const [a, b] = [rs[0]!, rs[rs.length - 1]!];
    const k = b.claims / a.claims;
    out.push(`- ${engine}, ${fmt(a.claims, 0)} → ${fmt(b.claims, 0)} claims (${fmt(k, 0)}×): load rate ${fmt(b.loadRate / a.loadRate, 2)}×,`
      + ` 2-hop p50 ${fmt(b.hop.p50 / a.hop.p50, 1)}× (neighbourhoods grow from ${fmt(a.hop.meanNodes, 0)} to ${fmt(b.hop.meanNodes, 0)} nodes),`
      + ` search p50 ${fmt(b.search.p50 / a.search.p50, 1)}× (same 1,000 documents), projection ${fmt(b.projectS / a.projectS, 1)}×.`);
  }
  out.push('- Loading stays near-linear. SQLite loses some rate at 1M as its indexes outgrow the page cache; PostgreSQL is'
    + ' bounded by round trips (the port writes claim by claim, each under a savepoint, with an existence check and the'
    + ' evidence rows: several round trips per claim), so its rate barely moves; a COPY-based import path would lift it.'
    + ' The neighbourhood costs what it returns: with one entity per ten claims at both sizes, degrees stay alike,'
    + ' so its time follows the neighbourhood size, not the ledger size. The projection reads every claim and builds'
    + ' an in-memory graph, so it grows linearly in time and memory: the part to avoid on a very large ledger.');
  return out;
}

async function serverVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    await client.connect();
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } catch {
    return '(version unknown)';
  } finally {
    await client.end().catch(() => undefined);
  }
}
