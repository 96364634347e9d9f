/**
 * Transactions on PostgreSQL. Each runs on one pooled client at SERIALIZABLE
 * isolation: two ingests that each look up a name, find nothing and create the
 * entity cannot both commit; one fails with a serialization error and the whole
 * work is run again from the start, when it finds the other's entity. Deadlocks
 * and a server restart are retried the same way, with backoff.
 *
 * Every write runs under a savepoint, so a write that fails (bad evidence, unknown
 * entity) leaves nothing behind even when the work catches the error and commits.
 * Calls on one `tx` run one at a time, in call order. Transactions of one store are
 * queued like the SQLite engine's; separate stores (processes) run concurrently.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { WorkbenchError } from '../../core/errors.js';
import type { Transaction } from '../../store/store.js';
import { isConnectionError, isTransientConnectError, makeDb, sleep, unreachable } from './connection.js';
import { makeReader, makeWriter, type Runner } from './ledger.js';
import { isDriverError, isRetryable, toWorkbenchError } from './pg-errors.js';

const MAX_ATTEMPTS = 12;
/** After this many failed attempts a transaction runs alone (see WRITE_LOCK). */
const ESCALATE_AFTER = 3;
/**
 * Every write transaction holds this advisory lock shared; one that keeps losing
 * serialization conflicts takes it exclusively before it begins, so it runs with
 * no concurrent writer and cannot lose again. Busy writers therefore make progress
 * instead of retrying each other out.
 */
const WRITE_LOCK = '7166109466604888421';
const backoff = (attempt: number): number => Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random());

export interface TransactionRunner {
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Resolves when no transaction is running or queued. */
  idle(): Promise<void>;
}

/** Thrown inside one attempt to say "roll back and run the work again". */
class Retry {
  constructor(readonly cause: unknown) {}
}

interface Attempt {
  live: boolean;
  /** Set when the server refused a statement for a reason a fresh run may not meet. */
  doomed: unknown;
  chain: Promise<unknown>;
}

export function transactionRunner(pool: pg.Pool, url: string, checkOpen: () => void): TransactionRunner {
  const inside = new AsyncLocalStorage<boolean>();
  let tail: Promise<void> = Promise.resolve();

  function txRunner(client: pg.PoolClient, state: Attempt): Runner {
    const db = makeDb(client, new Map());
    return <T>(action: string, write: boolean, fn: (d: typeof db) => Promise<T>): Promise<T> => {
      const step = async (): Promise<T> => {
        if (!state.live) throw new WorkbenchError('internal', 'transaction already finished: use the store, or start a new transaction');
        if (write) await client.query('SAVEPOINT w');
        try {
          const out = await fn(db);
          if (write) await client.query('RELEASE SAVEPOINT w');
          return out;
        } catch (e) {
          if (isRetryable(e) || isConnectionError(e)) state.doomed = e;
          if (write && !isConnectionError(e)) {
            try {
              await client.query('ROLLBACK TO SAVEPOINT w');
              await client.query('RELEASE SAVEPOINT w');
            } catch (undo) {
              state.doomed ??= undo;
            }
          }
          throw toWorkbenchError(e, action);
        }
      };
      const result = state.chain.then(step, step);
      state.chain = result.catch(() => undefined);
      return result;
    };
  }

  async function attempt<T>(work: (tx: Transaction) => Promise<T>, alone: boolean): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw isConnectionError(e) || isTransientConnectError(e) ? new Retry(e) : unreachable(url, e);
    }
    let broken: Error | undefined;
    const state: Attempt = { live: true, doomed: null, chain: Promise.resolve() };
    let locked = false;
    try {
      if (alone) {
        // Taken before BEGIN, so the snapshot is taken after every other writer is done.
        await client.query(`SELECT pg_advisory_lock(${WRITE_LOCK})`);
        locked = true;
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      } else {
        await client.query(`BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT pg_advisory_xact_lock_shared(${WRITE_LOCK})`);
      }
      const run = txRunner(client, state);
      const tx: Transaction = { ...makeReader(run), ...makeWriter(run) };
      let result: T | undefined;
      let failure: unknown = null;
      try {
        result = await inside.run(true, () => work(tx));
      } catch (e) {
        failure = e ?? new Error('transaction work failed');
      }
      await state.chain; // a call the work forgot to await still finishes before COMMIT
      state.live = false;
      if (state.doomed !== null || failure !== null) {
        await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
        if (state.doomed !== null) throw new Retry(state.doomed);
        throw failure;
      }
      try {
        await client.query('COMMIT');
      } catch (e) {
        // Only a refusal is safe to re-run; a connection lost during COMMIT leaves
        // its outcome unknown, so it is reported, never retried.
        const code = (e as { code?: unknown }).code;
        if (code === '40001' || code === '40P01') throw new Retry(e);
        if (isConnectionError(e)) broken = e as Error;
        throw toWorkbenchError(e, 'commit');
      }
      return result as T;
    } catch (e) {
      state.live = false;
      if (e instanceof Retry) throw e;
      if (isDriverError(e)) {
        if (isConnectionError(e)) broken = e as Error;
        else await client.query('ROLLBACK').catch((err: Error) => { broken = err; });
        if (isRetryable(e)) throw new Retry(e);
        throw toWorkbenchError(e, 'transaction');
      }
      throw e; // the work's own error, untouched
    } finally {
      if (locked && !broken) await client.query(`SELECT pg_advisory_unlock(${WRITE_LOCK})`).catch((e: Error) => { broken = e; });
      client.release(broken);
    }
  }

  async function runOne<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      checkOpen();
      try {
        return await attempt(work, i > ESCALATE_AFTER);
      } catch (e) {
        if (!(e instanceof Retry)) throw e;
        if (i >= MAX_ATTEMPTS) {
          throw isConnectionError(e.cause) || isTransientConnectError(e.cause)
            ? unreachable(url, e.cause) : toWorkbenchError(e.cause, 'transaction');
        }
        await sleep(backoff(i));
      }
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
