/**
 * A multi-agency store for the migrate tests, filled through the same use cases a
 * server runs (so the audit log is the one they write): three agencies, users (one
 * with a password, one disabled), a token, two agreements (one revoked), a peer whose
 * cursors have moved, the server key pair, a foreign STIX object, a live session and
 * the contract ledger. Test code only.
 */
import { expect } from 'vitest';
import { operatorViewer } from '../access/policy.js';
import { LOCAL_AGENCY } from '../model/access.js';
import { generateServerKeys } from '../share/federation/index.js';
import { seed } from '../store/contract-fixtures.js';
import type { AgencyRecord } from '../store/access.js';
import type { Store } from '../store/store.js';
import { createAgency, createSession, createUser, disableUser, issueToken, login, sessionUser, tokenUser } from './accounts.js';
import { verifyAudit } from './audit.js';
import { exportLedger, exportStix } from './exchange.js';
import { serverPublicKey } from './federation-keys.js';
import { addPeer } from './federation.js';
import { revokeAgreement, shareWith } from './sharing.js';

export const MIGRATE_PASSWORD = 'a long passphrase for the migration test';

const OPERATOR = operatorViewer('cli:migrator', LOCAL_AGENCY);

export interface FilledSource {
  /** The token's secret: it must still authenticate on the target. */
  readonly tokenSecret: string;
  /** A session cookie: it must not work on the target. */
  readonly sessionCookie: string;
  readonly peerId: string;
}

export async function fillSource(store: Store): Promise<FilledSource> {
  await createAgency(store, OPERATOR, { id: 'ctd-punjab', name: 'CTD Punjab' });
  await createAgency(store, OPERATOR, { id: 'ctd-kp', name: 'CTD Khyber Pakhtunkhwa' });
  const admin = await createUser(store, OPERATOR, { name: 'punjab-admin', agency: 'ctd-punjab', role: 'admin', password: MIGRATE_PASSWORD });
  const bot = await createUser(store, OPERATOR, { name: 'kp-bot', agency: 'ctd-kp', role: 'analyst', password: null });
  const gone = await createUser(store, OPERATOR, { name: 'kp-former', agency: 'ctd-kp', role: 'viewer', password: null });
  await disableUser(store, OPERATOR, { user: gone.id });
  const { secret } = await issueToken(store, OPERATOR, { user: bot.id, label: 'nightly import' });
  await shareWith(store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN'] });
  const withdrawn = await shareWith(store, OPERATOR, { from: 'ctd-kp', to: 'ctd-punjab', markings: ['TLP:GREEN', 'TLP:AMBER'] });
  await revokeAgreement(store, OPERATOR, withdrawn.id);
  // addPeer makes this server's key pair on first use: that is the settings row copied.
  const peer = await addPeer(store, OPERATOR, {
    name: 'partner', agency: 'ctd-kp', url: 'http://127.0.0.1:8090', publicKey: generateServerKeys().publicKey, token: 'issued-by-partner',
  });
  await store.transaction(async (tx) => {
    await seed(tx);
    await tx.putForeignObject({
      id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', type: 'malware',
      json: JSON.stringify({ type: 'malware', spec_version: '2.1', id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', name: 'Sample loader', is_family: false }),
      agency: 'ctd-punjab', marking: 'TLP:GREEN',
    });
    await tx.updatePeer(peer.id, { pulled_seq: 7, pushed_seq: 3 });
  });
  const adminRecord = (await store.getUser(admin.id))!;
  const session = await createSession(store, adminRecord, 60_000);
  return { tokenSecret: secret, sessionCookie: session.cookie, peerId: peer.id };
}

/** Everything the move must carry, checked table by table on the opened stores. */
export async function expectFaithfulCopy(source: Store, target: Store, filled: FilledSource): Promise<void> {
  const withoutLocalTime = (agencies: AgencyRecord[]) => agencies.map((a) => (a.id === LOCAL_AGENCY ? { ...a, created_at: '' } : a));
  expect(withoutLocalTime(await target.listAgencies())).toEqual(withoutLocalTime(await source.listAgencies()));
  expect((await target.listAgencies()).map((a) => a.id)).toEqual([LOCAL_AGENCY, 'ctd-punjab', 'ctd-kp']);
  expect(await target.listUsers()).toEqual(await source.listUsers());
  expect((await target.findUserByName('punjab-admin'))!.password_hash).toMatch(/^\$argon2id\$/);
  expect((await target.findUserByName('kp-former'))!.disabled_at).not.toBeNull();
  expect(await target.listTokens()).toEqual(await source.listTokens());
  const agreements = await target.listAgreements();
  expect(agreements).toEqual(await source.listAgreements());
  // Newest first: the revoked one was made second.
  expect(agreements.map((a) => a.revoked_at === null)).toEqual([false, true]);
  expect(await target.listAudit()).toEqual(await source.listAudit());
  const chain = await verifyAudit(target);
  expect(chain).toEqual(await verifyAudit(source));
  expect(chain.ok && chain.count).toBeGreaterThan(8);
  const [peer] = await target.listPeers();
  expect(peer).toEqual({ ...(await source.getPeer(filled.peerId))!, pushed_seq: 0 });
  expect(peer!.pulled_seq).toBe(7);
  expect(await serverPublicKey(target)).toEqual(await serverPublicKey(source));
  expect(await target.listForeignObjects()).toEqual(await source.listForeignObjects());
  expect(await sessionUser(source, filled.sessionCookie)).not.toBeNull();
  expect(await sessionUser(target, filled.sessionCookie)).toBeNull();
  expect(await exportLedger(target)).toEqual(await exportLedger(source));
  expect(await exportStix(target)).toEqual(await exportStix(source));
  // Last: a login is audited, so the logs differ from here on.
  expect((await tokenUser(target, filled.tokenSecret))?.name).toBe('kp-bot');
  expect((await login(target, 'punjab-admin', MIGRATE_PASSWORD, { ip: '127.0.0.1' }))?.name).toBe('punjab-admin');
}

/** A target the refused migration must have left as it was created. */
export async function expectUntouched(target: Store): Promise<void> {
  expect((await target.stats()).documents).toBe(0);
  expect((await target.listAgencies()).map((a) => a.id)).toEqual([LOCAL_AGENCY]);
  expect(await target.listUsers()).toEqual([]);
  expect(await target.listTokens()).toEqual([]);
  expect(await target.listAgreements()).toEqual([]);
  expect(await target.lastAudit()).toBeNull();
  expect(await target.listPeers()).toEqual([]);
  expect(await target.listForeignObjects()).toEqual([]);
  expect(await target.lastChange()).toBe(0);
}
