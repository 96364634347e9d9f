/**
 * Migrations: numbered 1..SCHEMA_VERSION without gaps, applied once each.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../store/store.js';
import { migrate, MIGRATIONS, schemaVersion } from './migrations.js';

describe('migrations', () => {
  it('are numbered 1..SCHEMA_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('apply once, in order, and record the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['claims', 'claim_evidence', 'documents', 'documents_fts', 'entities', 'merges', 'same_as']));
    db.close();
  });

  it('refuse a database newer than this build', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'schema_too_new' }));
    db.close();
  });
});
