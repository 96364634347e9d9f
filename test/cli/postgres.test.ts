/**
 * The CLI on PostgreSQL: DATABASE_URL selects the engine, and `migrate` copies a
 * SQLite store into PostgreSQL and back with identical exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { createScratch, type Scratch } from '../../src/adapters/postgres/scratch.js';
import { cli, cliProcess, scratch } from './helpers.js';
import { fixtureLedger } from './fixture-ledger.js';

const tmp = scratch();
let pg: Scratch;

beforeAll(async () => { pg = await createScratch(); });
afterAll(async () => { await pg?.drop(); tmp.cleanup(); });

describe('PostgreSQL from the command line', () => {
  it('migrates SQLite → PostgreSQL → SQLite losslessly', async () => {
    const file = path.join(tmp.dir, 'ledger.json');
    writeFileSync(file, JSON.stringify(fixtureLedger()));
    const source = path.join(tmp.dir, 'source.db');
    expect((await cli('import', file, '--db', source)).code).toBe(0);
    const url = await pg.freshUrl();
    const there = await cli('migrate', '--from', `sqlite:${source}`, '--to', url);
    expect(there.stderr).toBe('');
    expect(there.code).toBe(0);
    const back = path.join(tmp.dir, 'back.db');
    expect((await cli('migrate', '--from', url, '--to', `sqlite:${back}`)).code).toBe(0);
    expect((await cli('export', '--db', back)).stdout).toBe((await cli('export', '--db', source)).stdout);
    const again = await cli('migrate', '--from', `sqlite:${source}`, '--to', url);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/not empty/);
  });

  it('answers questions on PostgreSQL when DATABASE_URL is set', async () => {
    const url = await pg.freshUrl();
    const file = path.join(tmp.dir, 'ledger2.json');
    writeFileSync(file, JSON.stringify(fixtureLedger()));
    const env = { DATABASE_URL: url };
    expect(cliProcess(['import', file], { env }).code).toBe(0);
    const stats = JSON.parse(cliProcess(['stats', '--json'], { env }).stdout);
    expect(stats.documents).toBe(2);
    const paths = JSON.parse(cliProcess(['path', 'JuA', 'Islamic State', '--json'], { env }).stdout);
    expect(paths.paths[0].nodes).toEqual(['ent_jua', 'ent_ttp', 'ent_hsk', 'ent_iskp', 'ent_is']);
    const bad = cliProcess(['stats'], { env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' } });
    expect(bad.code).toBe(5);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
