/**
 * The PostgreSQL engine of the storage port, for teams sharing one ledger. Opening
 * checks the server is reachable (retrying briefly while it starts), refuses a
 * schema newer than ours without touching it, and migrates under an advisory lock.
 *
 * Reads on the store run on the pool and see committed data only; a transaction's
 * reads and writes run on its own client (see transaction.ts).
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { createPool, isConnectionError, isTransientConnectError, makeDb, sleep, unreachable } from './connection.js';
import { makeReader, type Runner } from './ledger.js';
import { migrate, requireCurrent } from './migrations.js';
import { isRetryable, toWorkbenchError } from './pg-errors.js';
import { transactionRunner } from './transaction.js';

const OPEN_ATTEMPTS = 4;
const READ_ATTEMPTS = 3;

/** Failures meaning "this server will not let us in": network, login, unknown database. */
function refusedAtOpen(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return isConnectionError(e) || typeof code !== 'string' || code.startsWith('28') || code === '3D000';
}

export interface PostgresStoreOptions {
  /** Reads only: no migration, and `transaction` is refused (as with SQLite). */
  readonly readonly?: boolean;
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly === true;
  const pool = createPool(url);
  try {
    for (let i = 1; ; i++) {
      try {
        const client = await pool.connect();
        try {
          if (readonly) await requireCurrent(client);
          else await migrate(client);
        } finally {
          client.release();
        }
        break;
      } catch (e) {
        if (e instanceof WorkbenchError) throw e;
        if (isTransientConnectError(e) && i < OPEN_ATTEMPTS) {
          await sleep(50 * 2 ** i);
          continue;
        }
        throw refusedAtOpen(e) ? unreachable(url, e) : toWorkbenchError(e, 'open store');
      }
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }

  let closed = false;
  const checkOpen = (): void => {
    if (closed) throw new WorkbenchError('store_unavailable', 'the store is closed');
  };
  const poolDb = makeDb(pool, null);
  // Reads outside a transaction are single statements on committed data: safe to repeat.
  const read: Runner = async (action, _write, fn) => {
    for (let i = 1; ; i++) {
      try {
        checkOpen();
        return await fn(poolDb);
      } catch (e) {
        if ((isRetryable(e) || isConnectionError(e) || isTransientConnectError(e)) && i < READ_ATTEMPTS) {
          await sleep(50 * 2 ** i);
          continue;
        }
        throw isConnectionError(e) || isTransientConnectError(e) ? unreachable(url, e) : toWorkbenchError(e, action);
      }
    }
  };
  const runner = transactionRunner(pool, url, checkOpen);
  return {
    engine: 'postgres',
    ...makeReader(read),
    transaction(work) {
      if (readonly) return Promise.reject(new WorkbenchError('store_unavailable', 'the store is open read-only'));
      return runner.run(work);
    },
    async close() {
      if (closed) return;
      await runner.idle();
      closed = true;
      await pool.end();
    },
  };
}
