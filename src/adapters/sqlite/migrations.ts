/**
 * Numbered schema migrations. The version lives in `PRAGMA user_version`; each
 * migration runs in its own transaction together with the version bump, so a store
 * is always at exactly one version.
 */
import { SCHEMA_VERSION } from '../../store/store.js';
import { WorkbenchError } from '../../core/errors.js';
import type { Db } from './connection.js';
import { SCHEMA_V1 } from './schema-v1.js';
import { SCHEMA_V2 } from './schema-v2.js';
import { SCHEMA_V3 } from './schema-v3.js';

export interface Migration {
  readonly version: number;
  readonly up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: (db) => db.exec(SCHEMA_V1) },
  { version: 2, up: (db) => db.exec(SCHEMA_V2) },
  { version: 3, up: (db) => db.exec(SCHEMA_V3) },
];

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Brings the store up to SCHEMA_VERSION; returns the migrations applied. */
export function migrate(db: Db): number[] {
  const applied: number[] = [];
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new WorkbenchError('schema_too_new', `store schema version ${current} is newer than this Cellgraph (${SCHEMA_VERSION}); upgrade Cellgraph`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
