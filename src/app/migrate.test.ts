/**
 * `migrate` between two SQLite files: a multi-agency store moves whole (accounts,
 * agreements, audit chain, peers, settings, foreign objects, ledger), sessions stay
 * behind, and a source whose audit chain was tampered with is refused before anything
 * reaches the target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { isWorkbenchError } from '../core/errors.js';
import { expectFaithfulCopy, expectUntouched, fillSource, type FilledSource } from './migrate-fixture.js';
import { migrate } from './migrate.js';

let dir: string;
let sourceFile: string;
let filled: FilledSource;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-migrate-'));
  sourceFile = path.join(dir, 'source.db');
  const source = await openSqliteStore(sourceFile);
  try {
    filled = await fillSource(source);
  } finally {
    await source.close();
  }
});
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

async function withStores(files: readonly string[], check: (...stores: Awaited<ReturnType<typeof openSqliteStore>>[]) => Promise<void>): Promise<void> {
  const stores = await Promise.all(files.map((f) => openSqliteStore(f)));
  try {
    await check(...stores);
  } finally {
    for (const s of stores) await s.close();
  }
}

describe('migrate SQLite → SQLite', () => {
  it('copies accounts, agreements, the audit chain, peers, settings and foreign objects with the ledger', async () => {
    const targetFile = path.join(dir, 'target.db');
    const report = await migrate(`sqlite:${sourceFile}`, `sqlite:${targetFile}`);
    expect(report).toMatchObject({
      documents: 2, agencies: 3, users: 3, tokens: 1, agreements: 2, peers: 1, settings: 2, foreignObjects: 1,
      sessionsCopied: false, pushCursorsReset: true, verified: true,
    });
    await withStores([sourceFile, targetFile], async (source, target) => {
      await expectFaithfulCopy(source!, target!, filled);
      expect(report.auditEntries).toBe((await source!.lastAudit())!.seq);
      expect(report.auditHead).toBe((await source!.lastAudit())!.hash);
    });
  });

  it('refuses a target that already holds accounts, even without documents', async () => {
    const targetFile = path.join(dir, 'target.db');
    await migrate(`sqlite:${sourceFile}`, `sqlite:${targetFile}`);
    const other = path.join(dir, 'other.db');
    await withStores([other], async (store) => {
      await store!.transaction((tx) => tx.insertAgency({ id: 'nacta', name: 'NACTA', created_at: '2026-01-01T00:00:00.000Z' }));
    });
    await expect(migrate(`sqlite:${sourceFile}`, `sqlite:${other}`)).rejects.toThrow(/target store is not empty/);
    await expect(migrate(`sqlite:${sourceFile}`, `sqlite:${targetFile}`)).rejects.toThrow(/target store is not empty/);
  });

  it('refuses a source whose audit chain was tampered with, writing nothing to the target', async () => {
    const db = new Database(sourceFile);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET actor = 'someone-else' WHERE seq = 3").run();
    db.close();
    const targetFile = path.join(dir, 'target.db');
    const refused = await migrate(`sqlite:${sourceFile}`, `sqlite:${targetFile}`).catch((e: unknown) => e);
    expect(isWorkbenchError(refused) && refused.code).toBe('corrupt');
    expect((refused as Error).message).toBe(
      'the source audit log is broken at entry 3 (entry 3 was altered (its hash does not match its contents)); migrate will not copy a broken chain');
    await withStores([targetFile], async (target) => { await expectUntouched(target!); });
  });

  it('rolls the whole copy back when a row fails halfway (a token of a user the source lost)', async () => {
    const db = new Database(sourceFile);
    db.pragma('foreign_keys = OFF');
    db.prepare(`INSERT INTO tokens (id, user_id, label, hash, created_at) VALUES ('tok_orphan', 'usr_gone', 'orphan', ?, '2026-01-01T00:00:00.000Z')`)
      .run('f'.repeat(64));
    db.close();
    const targetFile = path.join(dir, 'target.db');
    await expect(migrate(`sqlite:${sourceFile}`, `sqlite:${targetFile}`)).rejects.toThrow('no user usr_gone');
    await withStores([targetFile], async (target) => { await expectUntouched(target!); });
  });
});
