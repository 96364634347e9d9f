/**
 * SQLite-only behaviour: refusing files it must not touch, pragmas, migrations and
 * read-only use. The engine-independent behaviour is in store/contract.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../store/contract.js';
import { DOC_1, seed } from '../../store/contract-fixtures.js';
import { SCHEMA_VERSION } from '../../store/store.js';
import { openSqliteStore } from './sqlite-store.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-sqlite-'));
let n = 0;
const tempDir = (): string => fs.mkdtempSync(path.join(root, `t${++n}-`));

/** The error an open failed with (fails the test if it opened). */
async function openError(file: string): Promise<Error & { code: string }> {
  const store = await openSqliteStore(file).catch((e: unknown) => e as Error & { code: string });
  if (!(store instanceof Error)) {
    await store.close();
    throw new Error(`expected ${file} to be refused`);
  }
  return store;
}
afterAll(() => {
  fs.chmodSync(root, 0o755);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('opening an SQLite store', () => {
  it('creates a migrated WAL store with foreign keys on', async () => {
    const file = path.join(tempDir(), 'new.db');
    const store = await openSqliteStore(file);
    expect(store.engine).toBe('sqlite');
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const fks = db.prepare("SELECT count(*) FROM pragma_foreign_key_list('claims')").pluck().get();
    expect(fks).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a path whose directory does not exist, creating nothing', async () => {
    const dir = path.join(tempDir(), 'missing');
    expect(await errorCode(openSqliteStore(path.join(dir, 'x.db')))).toBe('store_unavailable');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses a directory it cannot write to, creating nothing', async () => {
    // root ignores permission bits, so as root use a directory no one can create files in.
    const isRoot = process.getuid?.() === 0;
    const dir = isRoot ? '/proc' : tempDir();
    if (!isRoot) fs.chmodSync(dir, 0o555);
    const file = path.join(dir, `cellgraph-${process.pid}.db`);
    expect(await errorCode(openSqliteStore(file))).toBe('store_unavailable');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a directory given as the store path', async () => {
    expect(await errorCode(openSqliteStore(tempDir()))).toBe('store_unavailable');
  });

  it('refuses a file that is not an SQLite database and leaves it as it was', async () => {
    const file = path.join(tempDir(), 'notes.db');
    const content = 'these are notes, not a database\n'.repeat(200);
    fs.writeFileSync(file, content);
    const err = await openError(file);
    expect(err.code).toBe('store_unavailable');
    expect(err.message).not.toContain('\n');
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it("refuses someone else's SQLite database without changing it", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE songs (title TEXT)');
    other.close();
    const bytes = fs.readFileSync(file);
    expect(await errorCode(openSqliteStore(file))).toBe('store_unavailable');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['other.db']);
  });

  it('refuses a store written by a newer Cellgraph and leaves it byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'newer.db');
    const store = await openSqliteStore(file);
    await store.transaction(seed);
    await store.close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE'); // fold the WAL in, so the main file is all there is
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const bytes = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    const err = await openError(file);
    expect(err.code).toBe('schema_too_new');
    expect(err.message).toContain(String(SCHEMA_VERSION + 1));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(dir)).toEqual(['newer.db']);
  });

  it('opens an existing store again without migrating it twice', async () => {
    const file = path.join(tempDir(), 'again.db');
    await (await openSqliteStore(file)).close();
    const store = await openSqliteStore(file);
    expect(await store.listDocuments()).toEqual([]);
    await store.close();
  });

  it('opens a scratch store in memory', async () => {
    const store = await openSqliteStore(':memory:');
    await store.transaction(seed);
    expect((await store.stats()).documents).toBe(2);
    await store.close();
  });

  it('accepts an empty file as a new store', async () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    const store = await openSqliteStore(file);
    await store.transaction((tx) => tx.insertDocument(DOC_1));
    expect(await store.getDocument(DOC_1.id)).toEqual(DOC_1);
    await store.close();
  });
});

describe('read-only use and closing', () => {
  it('reads a store opened read-only and refuses to write to it', async () => {
    const file = path.join(tempDir(), 'ro.db');
    const writable = await openSqliteStore(file);
    await writable.transaction(seed);
    await writable.close();
    const store = await openSqliteStore(file, { readonly: true });
    expect((await store.stats()).documents).toBe(2);
    expect(await store.searchDocuments('Quetta')).toHaveLength(2);
    expect(await errorCode(store.transaction((tx) => tx.setDocumentReliability(DOC_1.id, 'A')))).toBe('store_unavailable');
    await store.close();
    expect(await errorCode(openSqliteStore(path.join(tempDir(), 'none.db'), { readonly: true }))).toBe('store_unavailable');
  });

  it('refuses work after close, and closing twice is harmless', async () => {
    const store = await openSqliteStore(path.join(tempDir(), 'closed.db'));
    await store.close();
    await store.close();
    expect(await errorCode(store.listDocuments())).toBe('store_unavailable');
    expect(await errorCode(store.transaction(async () => 1))).toBe('store_unavailable');
  });

  it('waits for a running transaction before closing', async () => {
    const file = path.join(tempDir(), 'busy.db');
    const store = await openSqliteStore(file);
    const running = store.transaction(async (tx) => {
      await new Promise((r) => setTimeout(r, 20));
      await tx.insertDocument(DOC_1);
    });
    await store.close();
    await running;
    const again = await openSqliteStore(file);
    expect(await again.getDocument(DOC_1.id)).not.toBeNull();
    await again.close();
  });
});
