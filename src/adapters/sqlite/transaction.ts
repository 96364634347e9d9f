/**
 * Async transactions over a synchronous driver. better-sqlite3's own
 * `db.transaction` cannot span awaits, so the work runs between explicit
 * `BEGIN IMMEDIATE` and `COMMIT` (taking the write lock up front, so a second
 * process waits at the start instead of failing at commit). Concurrent calls on one
 * store are queued; a call from inside a transaction's own work is a bug and throws.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { WorkbenchError } from '../../core/errors.js';
import type { Transaction } from '../../store/store.js';
import type { Conn } from './connection.js';
import { forgetDocumentTexts } from './evidence.js';
import { makeReader, makeWriter } from './ledger.js';
import { toWorkbenchError } from './sqlite-errors.js';

function isDriverError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

export interface TransactionRunner {
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Resolves when no transaction is running or queued. */
  idle(): Promise<void>;
}

export function transactionRunner(c: Conn, checkOpen: () => void): TransactionRunner {
  const inside = new AsyncLocalStorage<boolean>();
  let tail: Promise<void> = Promise.resolve();

  async function runOne<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    checkOpen();
    let live = true;
    const guard = (): void => {
      if (!live) throw new WorkbenchError('internal', 'transaction already finished: use the store, or start a new transaction');
    };
    const tx: Transaction = { ...makeReader(c, guard), ...makeWriter(c, guard) };
    try {
      c.sql('BEGIN IMMEDIATE').run();
    } catch (e) {
      throw toWorkbenchError(e, 'begin transaction');
    }
    try {
      const result = await inside.run(true, () => work(tx));
      live = false;
      c.sql('COMMIT').run();
      return result;
    } catch (e) {
      live = false;
      try {
        if (c.db.inTransaction) c.sql('ROLLBACK').run();
      } catch {
        // SQLite already rolled back (e.g. after an I/O error); the original error matters.
      }
      forgetDocumentTexts(c);
      // The work's own errors pass through untouched; only driver errors are translated.
      throw isDriverError(e) ? toWorkbenchError(e, 'transaction') : e;
    }
  }

  return {
    run(work) {
      if (inside.getStore()) {
        return Promise.reject(new WorkbenchError('internal', 'nested transaction: use the tx given to the outer transaction'));
      }
      const result = tail.then(() => runOne(work));
      tail = result.then(() => undefined, () => undefined);
      return result;
    },
    idle: () => tail,
  };
}
