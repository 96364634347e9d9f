/**
 * Runs the storage contract against the SQLite engine, one temporary file per test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { storeContract } from './contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-contract-'));
let n = 0;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async () => {
  const file = path.join(dir, `store-${++n}.db`);
  return {
    store: await openSqliteStore(file),
    reopen: () => openSqliteStore(file),
    async exec(sql) {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
  };
});
