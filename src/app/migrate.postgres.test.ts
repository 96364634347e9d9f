/**
 * `migrate` across engines: a multi-agency SQLite store moves to PostgreSQL whole and
 * back to SQLite unchanged, and a tampered source chain (here on PostgreSQL, edited
 * with the triggers switched off) is refused with nothing written to the target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../adapters/postgres/postgres-store.js';
import { createScratch, type Scratch } from '../adapters/postgres/scratch.js';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { expectFaithfulCopy, expectUntouched, fillSource, type FilledSource } from './migrate-fixture.js';
import { migrate } from './migrate.js';

let scratch: Scratch;
let dir: string;
let sourceFile: string;
let filled: FilledSource;

beforeAll(async () => {
  scratch = await createScratch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-migrate-pg-'));
  sourceFile = path.join(dir, 'source.db');
  const source = await openSqliteStore(sourceFile);
  try {
    filled = await fillSource(source);
  } finally {
    await source.close();
  }
});

afterAll(async () => {
  await scratch?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function both(a: Promise<Store>, b: Promise<Store>, check: (a: Store, b: Store) => Promise<void>): Promise<void> {
  const [x, y] = await Promise.all([a, b]);
  try {
    await check(x, y);
  } finally {
    await x.close();
    await y.close();
  }
}

describe('migrate between SQLite and PostgreSQL', () => {
  it('moves a multi-agency store to PostgreSQL and back without losing a row', async () => {
    const url = await scratch.freshUrl();
    const there = await migrate(`sqlite:${sourceFile}`, url);
    expect(there).toMatchObject({ agencies: 3, users: 3, tokens: 1, agreements: 2, peers: 1, settings: 2, foreignObjects: 1, verified: true });
    const backFile = path.join(dir, 'back.db');
    const back = await migrate(url, `sqlite:${backFile}`);
    expect(back.auditHead).toBe(there.auditHead);
    await both(openSqliteStore(sourceFile), openPostgresStore(url), (source, target) => expectFaithfulCopy(source, target, filled));
    await both(openSqliteStore(sourceFile), openSqliteStore(backFile), (source, target) => expectFaithfulCopy(source, target, filled));
  });

  it('refuses a PostgreSQL source whose audit chain was edited, leaving the target empty', async () => {
    const url = await scratch.freshUrl();
    await migrate(`sqlite:${sourceFile}`, url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("ALTER TABLE audit DISABLE TRIGGER USER; UPDATE audit SET detail = '{}' WHERE seq = 2");
    } finally {
      await client.end();
    }
    const target = await scratch.freshUrl();
    await expect(migrate(url, target)).rejects.toThrow(/^the source audit log is broken at entry 2 .*; migrate will not copy a broken chain$/);
    const store = await openPostgresStore(target);
    try {
      await expectUntouched(store);
    } finally {
      await store.close();
    }
  });

  it('rolls back on PostgreSQL when the copy fails halfway', async () => {
    const broken = path.join(dir, 'broken.db');
    fs.copyFileSync(sourceFile, broken);
    const db = new Database(broken);
    db.pragma('foreign_keys = OFF');
    db.prepare(`INSERT INTO tokens (id, user_id, label, hash, created_at) VALUES ('tok_orphan', 'usr_gone', 'orphan', ?, '2026-01-01T00:00:00.000Z')`)
      .run('e'.repeat(64));
    db.close();
    const target = await scratch.freshUrl();
    await expect(migrate(`sqlite:${broken}`, target)).rejects.toThrow('no user usr_gone');
    const store = await openPostgresStore(target);
    try {
      await expectUntouched(store);
    } finally {
      await store.close();
    }
  });
});
