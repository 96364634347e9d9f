/**
 * Opening an SQLite file safely and the per-connection statement cache.
 *
 * A store is opened in two steps: first read-only, to learn whether the file is a
 * database at all and which schema version it carries (so a newer or foreign file is
 * refused without a single byte changing), then read-write for migration and use.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkbenchError } from '../../core/errors.js';

export type Db = Database.Database;
export type Statement = Database.Statement;

/**
 * A connection with its prepared statements, cached by SQL text. A statement's
 * result mode (rows as objects, first column only, rows as arrays) is part of the
 * cache key, because better-sqlite3 keeps the mode on the statement itself.
 */
export interface Conn {
  readonly db: Db;
  /** Rows as objects. */
  sql(text: string): Statement;
  /** The first column only (`get` gives the value, `all` the list of values). */
  value(text: string): Statement;
  /** Rows as arrays, for big listings. */
  tuples(text: string): Statement;
}

export function connect(db: Db): Conn {
  const cache = new Map<string, Statement>();
  const cached = (mode: 'o' | 'v' | 't', text: string): Statement => {
    const key = mode + text;
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = db.prepare(text);
      if (mode === 'v') stmt.pluck(true);
      if (mode === 't') stmt.raw(true);
      cache.set(key, stmt);
    }
    return stmt;
  };
  return {
    db,
    sql: (text) => cached('o', text),
    value: (text) => cached('v', text),
    tuples: (text) => cached('t', text),
  };
}

/** What the read-only probe learned about a file. */
export interface Probe {
  readonly exists: boolean;
  readonly version: number;
  /** Whether the file holds tables even though it carries no version (someone else's database). */
  readonly foreign: boolean;
}

const IN_MEMORY = ':memory:';

/** Checks that the store at `file` can be opened, without creating or changing anything. */
export function probe(file: string): Probe {
  if (file === IN_MEMORY) return { exists: false, version: 0, foreign: false };
  const stat = statOrNull(file);
  if (stat === null) {
    checkDirectory(path.dirname(path.resolve(file)), file);
    return { exists: false, version: 0, foreign: false };
  }
  if (!stat.isFile()) throw unavailable(file, 'not a file');
  if (stat.size === 0) return { exists: true, version: 0, foreign: false };
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    const tables = Number(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get());
    return { exists: true, version, foreign: version === 0 && tables > 0 };
  } catch (e) {
    throw unavailable(file, describe(e));
  } finally {
    db?.close();
  }
}

/** Opens the connection proper and sets the pragmas every store relies on. */
export function openConnection(file: string, readonly: boolean): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (e) {
    throw unavailable(file, describe(e));
  }
  try {
    if (!readonly && file !== IN_MEMORY) db.pragma('journal_mode = WAL');
    // NORMAL is durable against a process crash in WAL mode, which is what we promise.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A bigger page cache and in-memory statement journals make bulk loads several times faster.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (e) {
    db.close();
    throw unavailable(file, describe(e));
  }
}

/** Removes a database file and its WAL companions (used when a fresh file failed to initialise). */
export function removeDatabaseFiles(file: string): void {
  if (file === IN_MEMORY) return;
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try { fs.rmSync(f, { force: true }); } catch { /* best effort: the original error matters more */ }
  }
}

export function unavailable(file: string, why: string): WorkbenchError {
  return new WorkbenchError('store_unavailable', `cannot open store ${file}: ${why}`);
}

function checkDirectory(dir: string, file: string): void {
  const stat = statOrNull(dir);
  if (stat === null || !stat.isDirectory()) throw unavailable(file, `directory ${dir} does not exist`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw unavailable(file, `directory ${dir} is not writable`);
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return 'not an SQLite database';
  if (code === 'SQLITE_CANTOPEN') return 'the file cannot be opened (check the path and permissions)';
  if (code === 'SQLITE_READONLY') return 'the file is read-only';
  if (code === 'SQLITE_CORRUPT') return 'the database file is corrupt';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!;
}
