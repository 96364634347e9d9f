/**
 * Numbered schema migrations, shared in spirit with the SQLite engine. The version
 * lives in `cellgraph_meta`; migrations run in one transaction under an advisory
 * lock, so several processes opening a fresh database at once apply each migration
 * exactly once. A database written by a newer Cellgraph is refused before anything
 * is created or changed in it.
 */
import type pg from 'pg';
import { WorkbenchError } from '../../core/errors.js';
import { SCHEMA_VERSION } from '../../store/store.js';
import { SCHEMA_V1 } from './schema-v1.js';
import { SCHEMA_V2 } from './schema-v2.js';
import { SCHEMA_V3 } from './schema-v3.js';

export interface Migration {
  readonly version: number;
  readonly up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: SCHEMA_V1 },
  { version: 2, up: SCHEMA_V2 },
  { version: 3, up: SCHEMA_V3 },
];

// Any fixed 64-bit number will do; it only has to be the same in every process.
const MIGRATION_LOCK = 0x63656c6c67726170n; // "cellgrap"

const META_EXISTS = `SELECT to_regclass('cellgraph_meta') IS NOT NULL`;
const READ_VERSION = `SELECT value FROM cellgraph_meta WHERE key = 'schema_version'`;

async function readVersion(client: pg.PoolClient): Promise<number | null> {
  const exists = (await client.query<{ '?column?': boolean }>(META_EXISTS)).rows[0]!['?column?'];
  if (!exists) return null;
  const row = (await client.query<{ value: string }>(READ_VERSION)).rows[0];
  return row ? Number(row.value) : 0;
}

function tooNew(version: number): WorkbenchError {
  return new WorkbenchError('schema_too_new',
    `database has schema version ${version}, newer than this Cellgraph supports (${SCHEMA_VERSION}); upgrade Cellgraph`);
}

/** For a read-only open: the schema must be exactly ours, and nothing is changed. */
export async function requireCurrent(client: pg.PoolClient): Promise<void> {
  const version = await readVersion(client);
  if (version !== null && version > SCHEMA_VERSION) throw tooNew(version);
  if (version === null) throw new WorkbenchError('store_unavailable', 'the database holds no Cellgraph store; open it once with write access');
  if (version < SCHEMA_VERSION) throw new WorkbenchError('store_unavailable', 'the store needs an upgrade; open it once with write access');
}

/** Brings the database up to SCHEMA_VERSION; returns the migrations applied. */
export async function migrate(client: pg.PoolClient): Promise<number[]> {
  // A first look without the lock: a newer or current database is left untouched.
  const seen = await readVersion(client);
  if (seen !== null && seen > SCHEMA_VERSION) throw tooNew(seen);
  if (seen === SCHEMA_VERSION) return [];
  if (seen === null) await refuseForeign(client);
  await requireUtf8(client);

  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(`CREATE TABLE IF NOT EXISTS cellgraph_meta (key text PRIMARY KEY, value text NOT NULL)`);
    // Another process may have migrated while we waited for the lock.
    const current = (await readVersion(client)) ?? 0;
    if (current > SCHEMA_VERSION) throw tooNew(current);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.up);
      applied.push(m.version);
    }
    if (applied.length > 0) {
      await client.query(`INSERT INTO cellgraph_meta (key, value) VALUES ('schema_version', $1)
                          ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(SCHEMA_VERSION)]);
    }
    await client.query('COMMIT');
    return applied;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Document text is Unicode (Urdu, Pashto, accents); search folding needs UTF8 too. */
async function requireUtf8(client: pg.PoolClient): Promise<void> {
  const encoding = (await client.query<{ server_encoding: string }>('SHOW server_encoding')).rows[0]!.server_encoding;
  if (encoding !== 'UTF8') {
    throw new WorkbenchError('store_unavailable', `the database uses encoding ${encoding}; Cellgraph needs a UTF8 database`);
  }
}

/** Tables of ours without a version table: someone else's schema, not ours to change. */
async function refuseForeign(client: pg.PoolClient): Promise<void> {
  const res = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name IN ('documents', 'entities', 'claims')`);
  if ((res.rows[0] as { n: number }).n > 0) {
    throw new WorkbenchError('store_unavailable',
      'the database schema holds documents/entities/claims tables but is not a Cellgraph store');
  }
}
