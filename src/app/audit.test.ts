/**
 * The audit log on a real SQLite store: entries commit with the change they record,
 * the chain verifies page by page, and an entry edited behind the trigger's back
 * (someone with the file) is found.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { accountsFixture, type AccountsFixture } from './accounts-fixture.js';
import { appendAudit, recordAudit, verifyAudit } from './audit.js';

let fx: AccountsFixture;
beforeEach(async () => { fx = await accountsFixture({ seedUsers: false }); });
afterEach(async () => { await fx.close(); });

describe('audit log', () => {
  it('appends inside the caller\'s transaction, so a failed change leaves no entry', async () => {
    const before = (await fx.store.lastAudit())!.seq;
    await expect(fx.store.transaction(async (tx) => {
      await appendAudit(tx, { actor: 'usr_1', action: 'edit', target: 'clm_1' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect((await fx.store.lastAudit())!.seq).toBe(before);
    const entry = await recordAudit(fx.store, { actor: 'usr_1', agency: 'ctd-kp', action: 'read', target: 'doc_1', detail: { marking: 'TLP:AMBER' } });
    expect(entry).toMatchObject({ seq: before + 1, agency: 'ctd-kp', detail: { marking: 'TLP:AMBER' } });
    expect(Date.parse(entry.at)).not.toBeNaN();
    expect(await fx.store.lastAudit()).toEqual(entry);
  });

  it('verifies a log longer than one page', async () => {
    await fx.store.transaction(async (tx) => {
      for (let i = 0; i < 2100; i += 1) await appendAudit(tx, { actor: `usr_${i % 7}`, action: 'read', target: `doc_${i}`, detail: { i } });
    });
    const last = (await fx.store.lastAudit())!;
    expect(await verifyAudit(fx.store)).toEqual({ ok: true, count: last.seq, last: last.hash });
  });

  it('finds an entry edited directly in the file, after the append-only trigger was dropped', async () => {
    for (let i = 0; i < 5; i += 1) await recordAudit(fx.store, { actor: 'usr_1', action: 'export', detail: { n: i } });
    const target = (await fx.store.lastAudit())!.seq - 2;
    await fx.store.close();
    const db = new Database(fx.file);
    expect(() => db.prepare("UPDATE audit SET actor = 'someone-else' WHERE seq = ?").run(target)).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET actor = 'someone-else' WHERE seq = ?").run(target);
    db.close();
    const reopened = await openSqliteStore(fx.file);
    try {
      expect(await verifyAudit(reopened)).toEqual({ ok: false, seq: target, reason: `entry ${target} was altered (its hash does not match its contents)` });
    } finally {
      await reopened.close();
    }
  });
});
