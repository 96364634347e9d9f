/**
 * What only the PostgreSQL engine has to prove: refusing a newer schema untouched,
 * failing fast and in one line when the server is unreachable, migrating once when
 * many processes open at the same time, and concurrent writers (pools in one
 * process, and separate processes) losing no write and creating no duplicate.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../store/contract.js';
import { SCHEMA_VERSION, type Store } from '../../store/store.js';
import { openPostgresStore } from './postgres-store.js';
import { createScratch, type Scratch } from './scratch.js';
import { ACTORS, runWriter } from './test-writer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let scratch: Scratch;

beforeAll(async () => {
  scratch = await createScratch();
});
afterAll(async () => {
  await scratch?.drop();
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

const tableCount = async (url: string): Promise<number> =>
  (await sql<{ n: number }>(url, 'SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()'))[0]!.n;

describe('opening', () => {
  it('refuses a database written by a newer Cellgraph and leaves it untouched', async () => {
    const url = await scratch.freshUrl();
    const store = await openPostgresStore(url);
    await store.close();
    await sql(url, `UPDATE cellgraph_meta SET value = $1 WHERE key = 'schema_version'`, [String(SCHEMA_VERSION + 1)]);
    await sql(url, 'DROP TABLE same_as'); // a "newer" schema that no longer has a table of ours
    const tables = await tableCount(url);
    await expect(openPostgresStore(url)).rejects.toMatchObject({ code: 'schema_too_new' });
    expect(await tableCount(url)).toBe(tables);
    expect((await sql<{ value: string }>(url, 'SELECT value FROM cellgraph_meta'))[0]!.value).toBe(String(SCHEMA_VERSION + 1));

    const bare = await scratch.freshUrl();
    await sql(bare, 'CREATE TABLE cellgraph_meta (key text PRIMARY KEY, value text NOT NULL)');
    await sql(bare, `INSERT INTO cellgraph_meta VALUES ('schema_version', '99')`);
    expect(await errorCode(openPostgresStore(bare))).toBe('schema_too_new');
    expect(await tableCount(bare)).toBe(1);
  });

  it('opens read-only without creating anything, and refuses writes then', async () => {
    const url = await scratch.freshUrl();
    expect(await errorCode(openPostgresStore(url, { readonly: true }))).toBe('store_unavailable');
    expect(await tableCount(url)).toBe(0);
    await (await openPostgresStore(url)).close();
    const reader = await openPostgresStore(url, { readonly: true });
    try {
      expect((await reader.stats()).documents).toBe(0);
      expect(await errorCode(reader.transaction(async () => 1))).toBe('store_unavailable');
    } finally {
      await reader.close();
    }
  });

  it('refuses a schema holding tables of our names that is not a Cellgraph store', async () => {
    const url = await scratch.freshUrl();
    await sql(url, 'CREATE TABLE documents (x int)');
    expect(await errorCode(openPostgresStore(url))).toBe('store_unavailable');
    expect(await tableCount(url)).toBe(1);
  });

  it('says in one line, quickly and without the password, that the server is unreachable', async () => {
    const started = Date.now();
    const err = await openPostgresStore('postgres://postgres:s3cret-pw@127.0.0.1:1/x').then(() => null, (e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(err).toMatchObject({ code: 'store_unavailable', message: 'cannot reach PostgreSQL at 127.0.0.1:1: connection refused' });
  });

  it('names a missing database and a refused login without leaking the password', async () => {
    const missing = new URL(scratch.url);
    missing.pathname = '/cellgraph_no_such_db';
    missing.password = 'hunter2-secret';
    const err = await openPostgresStore(missing.toString()).then(() => null, (e: unknown) => e as Error);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(err!.message).toMatch(/^cannot reach PostgreSQL at [^:]+:\d+: .*cellgraph_no_such_db/);
    expect(err!.message).not.toContain('hunter2');
    expect(err!.message).not.toContain('\n');
  });

  it('migrates once when eight processes open an empty database at the same moment', async () => {
    const url = await scratch.freshUrl();
    const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(url)));
    try {
      expect(stores.every((s) => s.engine === 'postgres')).toBe(true);
      expect(await sql(url, 'SELECT key, value FROM cellgraph_meta')).toEqual([{ key: 'schema_version', value: String(SCHEMA_VERSION) }]);
      expect((await stores[3]!.stats()).documents).toBe(0);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});

describe('types', () => {
  it('keeps coordinates exact and attributes as typed JSON', async () => {
    const store = await openPostgresStore(await scratch.freshUrl());
    try {
      await store.transaction(async (tx) => {
        await tx.insertEntity({
          id: 'ent_a', type: 'place', subtype: null, name: 'A', aliases: ['Á'], lat: 30.1234567891, lon: -66.5, keys: ['a'],
          attributes: { geonames: 1167528, country: 'PK', capital: false, note: null, ratio: 0.25 },
        });
      });
      const a = await store.getEntity('ent_a');
      expect(a).toMatchObject({ lat: 30.1234567891, lon: -66.5, aliases: ['Á'] });
      expect(a!.attributes).toEqual({ geonames: 1167528, country: 'PK', capital: false, note: null, ratio: 0.25 });
      expect(await store.stats()).toEqual({ documents: 0, entities: { place: 1 }, claims: {}, events: {} });
    } finally {
      await store.close();
    }
  });
});

/** Everything the writers must have left: one entity per actor, every document, mention and claim. */
async function checkNoLossNoDuplicate(store: Store, writers: number, count: number, sharedWins: number): Promise<void> {
  expect(sharedWins).toBe(1);
  const docs = writers * count + 1;
  expect((await store.listDocuments()).length).toBe(docs);
  const entities = await store.listEntities();
  expect(entities.map((e) => e.name).sort()).toEqual([...ACTORS].sort());
  for (const e of entities) expect(e.mention_count).toBe(docs);
  for (const name of ACTORS) expect(await store.findEntitiesByKeys([name.toLowerCase()])).toHaveLength(1);
  expect((await store.stats()).claims).toEqual({ operates_in: docs + 1 });
}

describe('concurrent writers', () => {
  it('re-runs the whole work of a transaction that lost a serialization conflict', async () => {
    const url = await scratch.freshUrl();
    const [one, two] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      await one.transaction(async (tx) => {
        for (const id of ['ent_x', 'ent_y']) {
          await tx.insertEntity({ id, type: 'person', subtype: null, name: id, aliases: [], lat: null, lon: null, attributes: {}, keys: [id] });
        }
      });
      // Each reads what the other writes, and neither commits before both have read:
      // a cycle SERIALIZABLE must break by failing one of them.
      let arrived = 0;
      let open!: () => void;
      const bothRead = new Promise<void>((r) => { open = r; });
      const runs = { one: 0, two: 0 };
      const crossed = (store: Store, name: 'one' | 'two', read: string, write: string) => store.transaction(async (tx) => {
        runs[name]++;
        const seen = (await tx.getEntity(read))!.aliases.length;
        if (++arrived === 2) open();
        await Promise.race([bothRead, new Promise((r) => setTimeout(r, 500))]);
        await tx.addAliases(write, [{ alias: `seen ${seen} by ${name}`, key: `seen-${name}` }]);
      });
      await Promise.all([crossed(one, 'one', 'ent_x', 'ent_y'), crossed(two, 'two', 'ent_y', 'ent_x')]);
      expect(runs.one + runs.two).toBe(3);
      const aliases = [...(await one.getEntity('ent_x'))!.aliases, ...(await one.getEntity('ent_y'))!.aliases].sort();
      // The re-run saw the winner's write, as if the two had run one after the other.
      expect(aliases.map((a) => a.replace(/ by \w+/, ''))).toEqual(['seen 0', 'seen 1']);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('eight stores in one process lose no write and create no duplicate', async () => {
    const url = await scratch.freshUrl();
    const writers = 8;
    const count = 4;
    const stores = await Promise.all(Array.from({ length: writers }, () => openPostgresStore(url)));
    try {
      const results = await Promise.all(stores.map((s, w) => runWriter(s, w, count)));
      await checkNoLossNoDuplicate(stores[0]!, writers, count, results.filter((r) => r.shared).length);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 60_000);

  it('separate processes writing at once lose no write and create no duplicate', async () => {
    const url = await scratch.freshUrl();
    const writers = 6;
    const count = 3;
    const script = path.join(here, 'test-writer.ts');
    const results = await Promise.all(Array.from({ length: writers }, (_, w) => new Promise<{ shared: boolean }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, url, String(w), String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve(JSON.parse(out.trim()) as { shared: boolean });
        else reject(new Error(`writer ${w} exited with ${code}: ${err.trim().split('\n').slice(-6).join(' | ')}`));
      });
    })));
    const store = await openPostgresStore(url);
    try {
      await checkNoLossNoDuplicate(store, writers, count, results.filter((r) => r.shared).length);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('documents PostgreSQL finds hard', () => {
  it('stores a document too big for one tsvector, searchable by its beginning', async () => {
    const store = await openPostgresStore(await scratch.freshUrl());
    try {
      // ~2.5 MB of distinct words: its full tsvector would pass PostgreSQL's 1 MB limit.
      const words = Array.from({ length: 250_000 }, (_, i) => `w${i.toString(36)}x`);
      const text = `Opening line about Quetta. ${words.join(' ')} closing`;
      const doc = {
        id: 'doc_big', title: 'Big', source: null, published: '2014-09', sha256: 'b'.repeat(64), marking: 'TLP:CLEAR' as const, agency: 'local',
        media_type: 'text/plain', text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
      };
      await store.transaction((tx) => tx.insertDocument(doc));
      expect((await store.getDocument('doc_big'))!.text).toBe(text);
      expect((await store.searchDocuments('quetta')).map((h) => h.document)).toEqual(['doc_big']);
      expect((await store.getDocument('doc_big'))!.published).toBe('2014-09');
    } finally {
      await store.close();
    }
  }, 30_000);

  it('folds accents on both sides of a search, as the SQLite engine does', async () => {
    const store = await openPostgresStore(await scratch.freshUrl());
    try {
      const text = 'The Ḥaqqānī network met in a café in Zürich.';
      const doc = {
        id: 'doc_acc', title: null, source: null, published: null, sha256: 'd'.repeat(64), marking: 'TLP:CLEAR' as const, agency: 'local',
        media_type: 'text/plain', text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
      };
      await store.transaction((tx) => tx.insertDocument(doc));
      for (const q of ['haqqani', 'Ḥaqqānī', 'Haqq*', 'cafe zurich', 'CAFÉ']) {
        expect((await store.searchDocuments(q)).map((h) => h.document), q).toEqual(['doc_acc']);
      }
      expect(await store.searchDocuments('kabul')).toEqual([]);
      // The snippet marks the match: in the text as stored, or folded when only folding matched.
      expect((await store.searchDocuments('network'))[0]!.snippet).toContain('Ḥaqqānī [network] met');
      expect((await store.searchDocuments('haqqani'))[0]!.snippet).toContain('[Haqqani] network');
    } finally {
      await store.close();
    }
  });

  it('refuses text with NUL characters in one clear line', async () => {
    const store = await openPostgresStore(await scratch.freshUrl());
    try {
      const doc = {
        id: 'doc_nul', title: null, source: null, published: null, sha256: 'c'.repeat(64), marking: 'TLP:CLEAR' as const, agency: 'local',
        media_type: 'text/plain', text: 'a\u0000b', ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
      };
      await expect(store.transaction((tx) => tx.insertDocument(doc))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/NUL/) });
      expect(await store.listDocuments()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
