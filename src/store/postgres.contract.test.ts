/**
 * Runs the storage contract against the PostgreSQL engine: one scratch database per
 * run (dropped at the end) holding one schema, migrated by the first store and
 * emptied of rows before each later one, because creating the tables costs ten times
 * more than a test. CI starts PostgreSQL; without it every test here fails, loudly.
 */
import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresStore } from '../adapters/postgres/postgres-store.js';
import { createScratch, type Scratch } from '../adapters/postgres/scratch.js';
import { storeContract } from './contract.js';

let scratch: Promise<Scratch> | null = null;
const ready = (): Promise<Scratch> => (scratch ??= createScratch());

afterAll(async () => {
  if (scratch) await (await scratch).drop();
});

storeContract('postgres', async () => {
  const url = await (await ready()).emptiedUrl();
  return {
    store: await openPostgresStore(url),
    reopen: () => openPostgresStore(url),
    async exec(sql) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  };
});
