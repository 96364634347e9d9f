/**
 * Picks the storage engine for a configuration: a PostgreSQL URL when one is given,
 * otherwise the embedded SQLite file.
 */
import { WorkbenchError } from '../core/errors.js';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export interface OpenStoreConfig {
  /** Path of the SQLite file. */
  readonly db?: string;
  /** `postgres://…`; when set it wins over `db`. */
  readonly databaseUrl?: string | null;
  /** Open for reading only (SQLite: no migration, no transactions). */
  readonly readonly?: boolean;
}

export async function openStore(config: OpenStoreConfig): Promise<Store> {
  if (config.databaseUrl) {
    // Loaded lazily so SQLite-only use never loads the PostgreSQL driver.
    const { openPostgresStore } = await import('../adapters/postgres/postgres-store.js');
    return openPostgresStore(config.databaseUrl, { readonly: config.readonly === true });
  }
  if (!config.db) throw new WorkbenchError('invalid_input', 'no store given: pass --db FILE or set DATABASE_URL');
  return openSqliteStore(config.db, { readonly: config.readonly === true });
}
