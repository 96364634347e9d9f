/**
 * The SQLite engine of the storage port: one file, one connection, WAL journal.
 * Opening checks the file read-only first (is it a database, is its schema not
 * newer than ours), then migrates; a file this call created is removed again if
 * it could not be initialised, so a failed open leaves nothing half-made.
 *
 * One connection serves reads and transactions alike: a read made on the store while
 * one of its transactions is running sees that transaction's uncommitted writes.
 * Other processes see only committed data (WAL snapshots).
 */
import { WorkbenchError } from '../../core/errors.js';
import { SCHEMA_VERSION, type Store } from '../../store/store.js';
import { connect, openConnection, probe, removeDatabaseFiles, unavailable, type Db } from './connection.js';
import { makeReader } from './ledger.js';
import { migrate } from './migrations.js';
import { toWorkbenchError } from './sqlite-errors.js';
import { transactionRunner } from './transaction.js';

export interface SqliteStoreOptions {
  /** Open without write access: reads only, no migration; `transaction` is refused. */
  readonly readonly?: boolean;
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly === true;
  const found = probe(path);
  if (found.version > SCHEMA_VERSION) {
    throw new WorkbenchError('schema_too_new',
      `store ${path} has schema version ${found.version}, newer than this Cellgraph supports (${SCHEMA_VERSION}); upgrade Cellgraph`);
  }
  if (found.foreign) throw unavailable(path, 'an SQLite database, but not a Cellgraph store');
  if (readonly && !found.exists) throw unavailable(path, 'the file does not exist');
  if (readonly && found.version < SCHEMA_VERSION) throw unavailable(path, 'the store needs an upgrade; open it once with write access');

  let db: Db | null = null;
  try {
    db = openConnection(path, readonly);
    if (!readonly) migrate(db);
  } catch (e) {
    db?.close();
    if (!found.exists) removeDatabaseFiles(path);
    throw toWorkbenchError(e, `open store ${path}`);
  }
  return sqliteStore(db, readonly);
}

function sqliteStore(db: Db, readonly: boolean): Store {
  const c = connect(db);
  let closed = false;
  const checkOpen = (): void => {
    if (closed) throw new WorkbenchError('store_unavailable', 'the store is closed');
  };
  const runner = transactionRunner(c, checkOpen);
  return {
    engine: 'sqlite',
    ...makeReader(c, checkOpen),
    transaction(work) {
      if (readonly) return Promise.reject(new WorkbenchError('store_unavailable', 'the store is open read-only'));
      return runner.run(work);
    },
    async close() {
      if (closed) return;
      await runner.idle();
      closed = true;
      // Refreshes the planner's statistics where they went stale (cheap; SQLite's advice).
      if (!readonly) {
        try { db.pragma('optimize'); } catch { /* statistics are an optimisation only */ }
      }
      db.close();
    },
  };
}
