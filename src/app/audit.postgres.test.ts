/**
 * The audit log on PostgreSQL: concurrent writers still produce one gap-free chain,
 * the database refuses edits, and an edit made with the triggers switched off (a
 * superuser on the server) is found by verification.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../adapters/postgres/postgres-store.js';
import { createScratch, type Scratch } from '../adapters/postgres/scratch.js';
import type { Store } from '../store/store.js';
import { recordAudit, verifyAudit } from './audit.js';

let scratch: Scratch;
let url: string;
let store: Store;

beforeAll(async () => {
  scratch = await createScratch();
  url = await scratch.freshUrl();
  store = await openPostgresStore(url);
});

afterAll(async () => {
  await store?.close();
  await scratch?.drop();
});

async function exec(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('audit log on PostgreSQL', () => {
  it('keeps one gap-free chain under concurrent writers', async () => {
    const entries = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      recordAudit(store, { actor: `usr_${i}`, agency: 'ctd-kp', action: 'read', target: `doc_${i}`, detail: { i, half: i / 2, flag: i % 2 === 0, none: null } })));
    expect(entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const last = (await store.lastAudit())!;
    expect(await verifyAudit(store)).toEqual({ ok: true, count: 12, last: last.hash });
  });

  it('refuses edits, and verification finds one made with the triggers disabled', async () => {
    await expect(exec("UPDATE audit SET actor = 'someone-else' WHERE seq = 5")).rejects.toThrow(/append-only/);
    await exec("ALTER TABLE audit DISABLE TRIGGER USER; UPDATE audit SET actor = 'someone-else' WHERE seq = 5");
    expect(await verifyAudit(store)).toEqual({ ok: false, seq: 5, reason: 'entry 5 was altered (its hash does not match its contents)' });
  });
});
