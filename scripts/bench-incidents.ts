/**
 * Benchmark of the dataset importer: imports a dataset CSV (default: the full UCDP GED
 * Pakistan file beside the repository) into a scratch SQLite store and writes one
 * tab-separated row to stdout: file, rows, events, problems, entities, seconds, rows/s.
 * The gazetteers are loaded before the clock starts (a one-off cost of about a second per
 * process), so the row rate is the importer's own.
 * Usage: npx tsx scripts/bench-incidents.ts [FILE.csv] [gtd|acled|ucdp]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import { importIncidents } from '../src/app/import-incidents.js';
import type { LayoutName } from '../src/datasets/incident.js';
import { findOrganization, findPlace } from '../src/extraction/gazetteer/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.resolve(repoRoot, '../shared/data/ucdp_ged_pakistan/conflict_data_pak.csv');
const layout = (process.argv[3] ?? null) as LayoutName | null;

const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-bench-incidents-'));
try {
  const store = await openSqliteStore(path.join(dir, 'bench.db'));
  findPlace('Quetta');
  findOrganization('TTP');
  const t = performance.now();
  const report = await importIncidents(store, file, layout, { marking: 'TLP:CLEAR' });
  const seconds = (performance.now() - t) / 1000;
  const stats = await store.stats();
  const entities = Object.values(stats.entities).reduce((a, b) => a + b, 0);
  await store.close();
  process.stdout.write(['file', 'rows', 'events', 'problems', 'entities', 'seconds', 'rows_per_s'].join('\t') + '\n');
  process.stdout.write([path.basename(file), report.rows, report.events, report.problems.length, entities,
    seconds.toFixed(2), Math.round(report.rows / seconds)].join('\t') + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
