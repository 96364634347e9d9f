/**
 * The two engines must agree on real data, not just on the contract's fixtures:
 * ingesting the shared corpus into SQLite and into PostgreSQL gives the same
 * documents, entities, claims, events and counts. Search ranks may differ (bm25 is
 * not ts_rank), so search is compared as sets.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../app/ingest.js';
import type { Store } from '../../store/store.js';
import { openSqliteStore } from '../sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres-store.js';
import { createScratch, type Scratch } from './scratch.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-parity-'));
let scratch: Scratch;
let lite: Store;
let pg: Store;

beforeAll(async () => {
  scratch = await createScratch();
  lite = await openSqliteStore(path.join(dir, 'parity.db'));
  pg = await openPostgresStore(await scratch.freshUrl());
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f));
  const options = { marking: 'TLP:CLEAR' as const, now: () => '2026-01-01T00:00:00.000Z' };
  await ingest(lite, files, options);
  await ingest(pg, files, options);
}, 60_000);

afterAll(async () => {
  await lite?.close();
  await pg?.close();
  await scratch?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite and PostgreSQL on the shared corpus', () => {
  it('hold the same ledger after the same ingest', async () => {
    const stats = await lite.stats();
    expect(stats.documents).toBeGreaterThan(0);
    expect(await pg.stats()).toEqual(stats);
    expect(await pg.listDocuments()).toEqual(await lite.listDocuments());
    expect(await pg.listEntities()).toEqual(await lite.listEntities());
    expect(await pg.listClaims()).toEqual(await lite.listClaims());
    expect(await pg.listEvents()).toEqual(await lite.listEvents());
    expect(await pg.listSameAs()).toEqual(await lite.listSameAs());
    expect(await pg.mentionDocuments()).toEqual(await lite.mentionDocuments());
    // The journals are built differently (one row per record here, a log there) but read the same.
    const changes = await lite.listChanges(0);
    expect(changes.length).toBeGreaterThan(stats.documents);
    expect(await pg.listChanges(0)).toEqual(changes);
    const [first] = await lite.listEntities({ limit: 1 });
    expect(await pg.getEntity(first!.id)).toEqual(await lite.getEntity(first!.id));
  });

  it('find the same documents for the same words', async () => {
    const ids = async (s: Store, q: string) => (await s.searchDocuments(q)).map((h) => h.document).sort();
    for (const q of ['Lashkar', 'Khorasan province', 'Quet*', 'Peshawar attack', '"', 'nothing-like-this-word']) {
      expect(await ids(pg, q), q).toEqual(await ids(lite, q));
    }
  });
});
