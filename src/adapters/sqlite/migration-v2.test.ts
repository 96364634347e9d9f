/**
 * Schema v2 on a store written at v1: opening it backfills each claim's day interval
 * from its partial dates (month ends included), and the neighbourhood reads it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './schema-v1.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-v2-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration to schema v2', () => {
  it('backfills valid_start/valid_end of v1 claims', async () => {
    const file = path.join(dir, 'v1.db');
    const raw = new Database(file);
    raw.exec(SCHEMA_V1);
    raw.pragma('user_version = 1');
    const ent = raw.prepare(`INSERT INTO entities (id, canonical, type, name) VALUES (?, ?, 'organization', ?)`);
    for (const id of ['a', 'b', 'c', 'd']) ent.run(id, id, id.toUpperCase());
    const clm = raw.prepare(`INSERT INTO claims (id, subject, predicate, object, valid_from, valid_to, former, negated,
      confidence, status, marking, extractor) VALUES (?, ?, 'allied_with', ?, ?, ?, 0, 0, 0.9, 'accepted', 'TLP:CLEAR', 'x')`);
    clm.run('ab', 'a', 'b', '2014-09', '2016-02');
    clm.run('ac', 'a', 'c', '2014', null);
    clm.run('ad', 'd', 'a', null, '2015-06-03');
    raw.close();

    const store = await openSqliteStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT id, valid_start, valid_end FROM claims ORDER BY id').raw().all()).toEqual([
      ['ab', '2014-09-01', '2016-02-29'],
      ['ac', '2014-01-01', '9999-12-31'],
      ['ad', '0000-01-01', '2015-06-03'],
    ]);
    db.close();

    const again = await openSqliteStore(file);
    const at = await again.neighbourhood('a', { hops: 1, asOf: '2016-02-29' });
    expect(at.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect((await again.neighbourhood('a', { hops: 1, asOf: '2016-03-01' })).nodes.map((n) => n.id)).toEqual(['a', 'c']);
    await again.close();
  });
});
