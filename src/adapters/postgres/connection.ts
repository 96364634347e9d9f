/**
 * Reaching PostgreSQL: the pool, the query helpers every table module uses, and
 * one-line messages for connection failures. Messages name the server as
 * host:port only, so a password in the URL never reaches a log or a terminal.
 */
import pg from 'pg';
import { WorkbenchError } from '../../core/errors.js';

/**
 * Where queries go: the pool (reads outside a transaction) or the one client of a
 * transaction. `texts` caches document texts for evidence checks; it lives only as
 * long as one transaction, so a rolled-back document is never remembered.
 */
export interface Db {
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** The first column of every row. */
  column<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** The first column of the first row, or undefined. */
  value<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it touched. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  readonly texts: Map<string, string> | null;
}

type Queryable = pg.Pool | pg.PoolClient;

// Named statements are prepared once per connection and reused, which halves the
// cost of the small repeated queries a bulk load makes.
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `cg${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return name;
}

export function makeDb(q: Queryable, texts: Map<string, string> | null): Db {
  const exec = <R extends pg.QueryResultRow>(sql: string, params: readonly unknown[] | undefined, array: boolean) =>
    q.query<R>({ name: statementName(sql + (array ? '\u0000a' : '')), text: sql, values: params as unknown[] | undefined,
      ...(array ? { rowMode: 'array' as const } : {}) } as pg.QueryConfig);
  return {
    async rows<T>(sql: string, params?: readonly unknown[]) {
      return (await exec(sql, params, false)).rows as T[];
    },
    async column<T>(sql: string, params?: readonly unknown[]) {
      return ((await exec(sql, params, true)).rows as unknown as unknown[][]).map((r) => r[0] as T);
    },
    async value<T>(sql: string, params?: readonly unknown[]) {
      const first = ((await exec(sql, params, true)).rows as unknown as unknown[][])[0];
      return first === undefined ? undefined : (first[0] as T);
    },
    async run(sql: string, params?: readonly unknown[]) {
      return (await exec(sql, params, false)).rowCount ?? 0;
    },
    texts,
  };
}

// bigint columns (identity keys, count(*)) come back as numbers: every count and key
// we store fits easily in 2^53, and the port speaks numbers.
const INT8_OID = 20;
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: 8,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 10_000,
    application_name: 'cellgraph',
  });
  // An idle client losing its connection (server restart) must not crash the process;
  // the next query on a fresh client reports the problem instead.
  pool.on('error', () => undefined);
  return pool;
}

/** `host:port` of a connection URL, for messages (never the user or password). */
export function serverOf(url: string): string {
  try {
    const u = new URL(url);
    const socketHost = u.searchParams.get('host');
    const host = u.hostname || socketHost || 'localhost';
    return `${host.replace(/^\[|\]$/g, '')}:${u.port || '5432'}`;
  } catch {
    return 'the configured server';
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
};

/**
 * Failures to connect worth retrying: the server may be starting (refused, 57P03
 * "cannot connect now") or at its connection limit (53300) for a moment.
 */
export function isTransientConnectError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P03' || code === '53300';
}

/** True for errors meaning the server could not be reached or dropped us. */
export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code in NETWORK_REASONS || code.startsWith('08') || code === '57P03' || code === '57P01')) return true;
  const msg = e instanceof Error ? e.message : '';
  return /timeout exceeded when trying to connect|Connection terminated/i.test(msg);
}

export function describeConnectError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NETWORK_REASONS[code]) return NETWORK_REASONS[code]!;
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  if (/timeout exceeded when trying to connect/i.test(msg)) return 'connection timed out';
  // Server-side refusals (bad password, unknown database) carry no secret in their text.
  return msg || 'unknown error';
}

export function unreachable(url: string, e: unknown): WorkbenchError {
  return new WorkbenchError('store_unavailable', `cannot reach PostgreSQL at ${serverOf(url)}: ${describeConnectError(e)}`);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
