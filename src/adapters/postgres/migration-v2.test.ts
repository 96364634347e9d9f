/**
 * Schema v2 on a database written at v1: opening it backfills each claim's day
 * interval from its partial dates (month ends included), and the neighbourhood reads it.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres-store.js';
import { createScratch, type Scratch } from './scratch.js';
import { SCHEMA_V1 } from './schema-v1.js';

let scratch: Scratch | null = null;
afterAll(async () => { await scratch?.drop(); });

describe('migration to schema v2 (postgres)', () => {
  it('backfills valid_start/valid_end of v1 claims', async () => {
    scratch = await createScratch();
    const url = await scratch.freshUrl();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(SCHEMA_V1);
      await client.query(`CREATE TABLE cellgraph_meta (key text PRIMARY KEY, value text NOT NULL)`);
      await client.query(`INSERT INTO cellgraph_meta VALUES ('schema_version', '1')`);
      for (const id of ['a', 'b', 'c', 'd']) {
        await client.query(`INSERT INTO entities (id, canonical, type, name) VALUES ($1, $1, 'organization', $1)`, [id]);
      }
      const rows: Array<[string, string, string, string | null, string | null]> = [
        ['ab', 'a', 'b', '2014-09', '2016-02'], ['ac', 'a', 'c', '2014', null], ['ad', 'd', 'a', null, '2015-06-03'],
      ];
      for (const r of rows) {
        await client.query(`INSERT INTO claims (id, subject, predicate, object, valid_from, valid_to, former, negated,
          confidence, status, marking, extractor) VALUES ($1, $2, 'allied_with', $3, $4, $5, false, false, 0.9, 'accepted', 'TLP:CLEAR', 'x')`, r);
      }
    } finally {
      await client.end();
    }

    const store = await openPostgresStore(url);
    try {
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const got = await check.query({ text: 'SELECT id, valid_start, valid_end FROM claims ORDER BY id', rowMode: 'array' });
      await check.end();
      expect(got.rows).toEqual([
        ['ab', '2014-09-01', '2016-02-29'],
        ['ac', '2014-01-01', '9999-12-31'],
        ['ad', '0000-01-01', '2015-06-03'],
      ]);
      const at = await store.neighbourhood('a', { hops: 1, asOf: '2016-02-29' });
      expect(at.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
      expect((await store.neighbourhood('a', { hops: 1, asOf: '2016-03-01' })).nodes.map((n) => n.id)).toEqual(['a', 'c']);
    } finally {
      await store.close();
    }
  });
});
