/**
 * `cellgraph migrate` on a multi-agency store: the summary says what moved, that
 * sessions did not, and that peers will be pushed everything again; a tampered audit
 * chain is refused in one line with a non-zero exit.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { fillSource } from '../../src/app/migrate-fixture.js';
import { cli, scratch } from './helpers.js';

const tmp = scratch();
const source = path.join(tmp.dir, 'source.db');

beforeAll(async () => {
  const store = await openSqliteStore(source);
  try {
    await fillSource(store);
  } finally {
    await store.close();
  }
});
afterAll(() => { tmp.cleanup(); });

describe('cellgraph migrate', () => {
  it('reports the access tables, the audit head, dropped sessions and reset push cursors', async () => {
    const run = await cli('migrate', '--from', `sqlite:${source}`, '--to', `sqlite:${path.join(tmp.dir, 'a.db')}`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^copied 2 documents, .*; 3 agencies, 3 users, 1 tokens, 2 agreements, 1 peers, 2 settings, 1 foreign objects; the exports and access tables are identical$/);
    expect(lines[1]).toMatch(/^audit log: \d+ entries copied verbatim, chain verified, last hash [0-9a-f]{64}$/);
    expect(lines.slice(2)).toEqual([
      'sessions were not copied: users log in again',
      'peer push cursors were reset to 0: the next push to each peer re-sends everything (peers skip what they already hold)',
    ]);
    const asJson = await cli('migrate', '--from', `sqlite:${source}`, '--to', `sqlite:${path.join(tmp.dir, 'b.db')}`, '--json');
    expect(JSON.parse(asJson.stdout)).toMatchObject({ users: 3, sessionsCopied: false, pushCursorsReset: true, verified: true });
  });

  it('refuses a tampered audit chain in one line', async () => {
    const tampered = path.join(tmp.dir, 'tampered.db');
    expect((await cli('migrate', '--from', `sqlite:${source}`, '--to', `sqlite:${tampered}`)).code).toBe(0);
    const db = new Database(tampered);
    db.exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4");
    db.close();
    const run = await cli('migrate', '--from', `sqlite:${tampered}`, '--to', `sqlite:${path.join(tmp.dir, 'c.db')}`);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/source audit log is broken at entry 4 .*migrate will not copy a broken chain/);
  });
});
