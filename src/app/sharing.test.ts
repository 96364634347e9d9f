/**
 * Sharing agreements on a real SQLite store: only the giving agency's admin shares,
 * AMBER+STRICT and RED never leave, and every agreement and revocation is audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCode } from '../store/contract.js';
import { accountsFixture, OPERATOR, type AccountsFixture } from './accounts-fixture.js';
import { listAgreements, revokeAgreement, shareWith } from './sharing.js';
import { isWorkbenchError } from '../core/errors.js';

let fx: AccountsFixture;
beforeEach(async () => { fx = await accountsFixture(); });
afterEach(async () => { await fx.close(); });

async function message(p: Promise<unknown>): Promise<string> {
  try { await p; } catch (e) { if (isWorkbenchError(e)) return `${e.code}: ${e.message}`; throw e; }
  throw new Error('expected a refusal');
}

describe('sharing agreements', () => {
  it('an admin shares its own agency\'s markings, audited as share', async () => {
    const admin = await fx.as('punjab-admin');
    const a = await shareWith(fx.store, admin, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['tlp:green', 'TLP:AMBER', 'TLP:GREEN'] });
    expect(a).toMatchObject({ from_agency: 'ctd-punjab', to_agency: 'ctd-kp', markings: ['TLP:GREEN', 'TLP:AMBER'], created_by: admin.actor, revoked_at: null });
    expect(await fx.store.lastAudit()).toMatchObject({
      action: 'share', actor: admin.actor, agency: 'ctd-punjab', target: a.id, detail: { from: 'ctd-punjab', to: 'ctd-kp', markings: 'TLP:GREEN,TLP:AMBER' },
    });
  });

  it('refuses AMBER+STRICT and RED, citing TLP 2.0, and stores nothing', async () => {
    expect(await message(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN', 'TLP:AMBER+STRICT'] })))
      .toBe('invalid_input: cannot share TLP:AMBER+STRICT: TLP:AMBER+STRICT is limited to the recipient\'s own organisation (TLP 2.0) and never leaves its agency');
    expect(await message(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:RED'] })))
      .toMatch(/^invalid_input: cannot share TLP:RED: .*TLP 2\.0/);
    expect(await errorCode(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:WHITE'] }))).toBe('invalid_input');
    expect(await errorCode(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: [] }))).toBe('invalid_input');
    expect(await fx.store.listAgreements()).toEqual([]);
  });

  it('refuses unknown agencies, sharing with oneself, and other agencies\' admins', async () => {
    expect(await errorCode(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'mars', markings: ['TLP:GREEN'] }))).toBe('not_found');
    expect(await errorCode(shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-punjab', markings: ['TLP:GREEN'] }))).toBe('invalid_input');
    expect(await errorCode(shareWith(fx.store, await fx.as('kp-admin'), { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN'] }))).toBe('forbidden');
    expect(await errorCode(shareWith(fx.store, await fx.as('punjab-analyst'), { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN'] }))).toBe('forbidden');
    expect(await fx.store.listAgreements()).toEqual([]);
    expect((await fx.store.listAudit()).filter((e) => e.action === 'refused').map((e) => e.detail.attempt)).toEqual(['share', 'share']);
  });

  it('lists for an admin the agreements from or to its agency; revoked only by the giver', async () => {
    const a = await shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN'] });
    const b = await shareWith(fx.store, OPERATOR, { from: 'nacta', to: 'ctd-punjab', markings: ['TLP:CLEAR'] });
    const c = await shareWith(fx.store, OPERATOR, { from: 'nacta', to: 'ctd-kp', markings: ['TLP:AMBER'] });
    expect((await listAgreements(fx.store, OPERATOR)).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await listAgreements(fx.store, await fx.as('punjab-admin'))).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await listAgreements(fx.store, await fx.as('kp-admin'))).map((x) => x.id)).toEqual([c.id, a.id]);
    expect(await errorCode(listAgreements(fx.store, await fx.as('kp-analyst')))).toBe('forbidden');

    expect(await errorCode(revokeAgreement(fx.store, await fx.as('kp-admin'), a.id))).toBe('forbidden');
    const revoked = await revokeAgreement(fx.store, await fx.as('punjab-admin'), a.id);
    expect(revoked.revoked_at).not.toBeNull();
    expect((await fx.store.listAgreements({ active: true })).map((x) => x.id)).toEqual([c.id, b.id]);
    expect(await fx.store.lastAudit()).toMatchObject({ action: 'unshare', target: a.id, detail: { from: 'ctd-punjab', to: 'ctd-kp' } });
    expect(await errorCode(revokeAgreement(fx.store, OPERATOR, a.id))).toBe('conflict');
    expect(await errorCode(revokeAgreement(fx.store, OPERATOR, 'agr_nope'))).toBe('not_found');
  });
});
