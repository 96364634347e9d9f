/**
 * Accounts on a real SQLite store: who may manage whom, tokens and sessions that
 * keep only hashes, logins audited without passwords, and every change audited.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorCode } from '../store/contract.js';
import { accountsFixture, OPERATOR, PASSWORD, type AccountsFixture } from './accounts-fixture.js';
import {
  createAgency, createSession, createUser, disableUser, enableUser, endSession, issueToken, listAgencies, listTokens,
  listUsers, login, revokeToken, sessionUser, setUserPassword, setUserRole, tokenUser, viewerForUser,
} from './accounts.js';
import { shareWith } from './sharing.js';
import { verifyAudit } from './audit.js';
import * as passwords from '../access/passwords.js';
import { secretHash } from '../access/passwords.js';

vi.mock('../access/passwords.js', async (original) => {
  const real = await original<typeof import('../access/passwords.js')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let fx: AccountsFixture;
beforeEach(async () => { fx = await accountsFixture(); });
afterEach(async () => { await fx.close(); });

const actions = async () => (await fx.store.listAudit()).map((e) => e.action);
const lastEntry = async () => (await fx.store.lastAudit())!;

describe('agencies', () => {
  it('are created by the operator only, with a well-formed, unused id', async () => {
    expect(await errorCode(createAgency(fx.store, OPERATOR, { id: 'Bad Id', name: 'x' }))).toBe('invalid_input');
    expect(await errorCode(createAgency(fx.store, OPERATOR, { id: 'ctd-kp', name: 'again' }))).toBe('conflict');
    expect(await errorCode(createAgency(fx.store, OPERATOR, { id: 'fia', name: '  ' }))).toBe('invalid_input');
    expect(await errorCode(createAgency(fx.store, await fx.as('punjab-admin'), { id: 'fia', name: 'FIA' }))).toBe('forbidden');
    expect(await lastEntry()).toMatchObject({ action: 'refused', detail: { attempt: 'agency_add' } });
    await createAgency(fx.store, OPERATOR, { id: 'fia', name: 'Federal Investigation Agency' });
    expect(await lastEntry()).toMatchObject({ action: 'agency_add', actor: 'cli:tester', target: 'fia', detail: { name: 'Federal Investigation Agency' } });
    expect((await listAgencies(fx.store, OPERATOR)).map((a) => a.id)).toEqual(['local', 'ctd-punjab', 'ctd-kp', 'nacta', 'fia']);
    expect((await listAgencies(fx.store, await fx.as('kp-analyst'))).map((a) => a.id)).toEqual(['ctd-kp']);
  });
});

describe('users', () => {
  it('an agency admin manages its own agency\'s users and no one else\'s', async () => {
    const admin = await fx.as('punjab-admin');
    const u = await createUser(fx.store, admin, { name: 'aisha', agency: 'ctd-punjab', role: 'analyst', password: PASSWORD });
    expect(u).toMatchObject({ name: 'aisha', agency: 'ctd-punjab', role: 'analyst', has_password: true });
    expect(u).not.toHaveProperty('password_hash');
    expect(await lastEntry()).toMatchObject({ action: 'user_add', actor: admin.actor, agency: 'ctd-punjab', target: u.id });

    expect(await errorCode(createUser(fx.store, admin, { name: 'bilal', agency: 'ctd-kp', role: 'viewer' }))).toBe('forbidden');
    expect(await lastEntry()).toMatchObject({ action: 'refused', actor: admin.actor, detail: { attempt: 'user_add', why: 'an admin of ctd-punjab cannot manage agency ctd-kp' } });
    expect(await errorCode(setUserRole(fx.store, admin, { user: 'kp-analyst', role: 'viewer' }))).toBe('forbidden');
    expect(await errorCode(disableUser(fx.store, admin, { user: 'kp-analyst' }))).toBe('forbidden');
    expect(await errorCode(listUsers(fx.store, admin, 'ctd-kp'))).toBe('forbidden');
    expect((await listUsers(fx.store, admin)).map((x) => x.name)).toEqual(['punjab-admin', 'punjab-analyst', 'punjab-viewer', 'aisha']);
    expect((await listUsers(fx.store, OPERATOR)).length).toBe(6);
  });

  it('a non-admin cannot manage users, even in its own agency', async () => {
    const analyst = await fx.as('punjab-analyst');
    expect(await errorCode(createUser(fx.store, analyst, { name: 'x1', agency: 'ctd-punjab', role: 'viewer' }))).toBe('forbidden');
    expect(await errorCode(setUserRole(fx.store, analyst, { user: 'punjab-analyst', role: 'admin' }))).toBe('forbidden');
    expect(await errorCode(listUsers(fx.store, analyst))).toBe('forbidden');
    expect((await fx.store.findUserByName('punjab-analyst'))!.role).toBe('analyst');
    expect((await fx.store.listAudit()).filter((e) => e.action === 'refused')).toHaveLength(3);
  });

  it('checks names, roles, passwords and agencies before storing anything', async () => {
    const before = await fx.store.listUsers();
    expect(await errorCode(createUser(fx.store, OPERATOR, { name: 'has space', agency: 'ctd-kp', role: 'viewer' }))).toBe('invalid_input');
    expect(await errorCode(createUser(fx.store, OPERATOR, { name: 'zara', agency: 'ctd-kp', role: 'superuser' }))).toBe('invalid_input');
    expect(await errorCode(createUser(fx.store, OPERATOR, { name: 'zara', agency: 'ctd-kp', role: 'viewer', password: 'short' }))).toBe('invalid_input');
    expect(await errorCode(createUser(fx.store, OPERATOR, { name: 'zara', agency: 'nowhere', role: 'viewer' }))).toBe('not_found');
    expect(await errorCode(createUser(fx.store, OPERATOR, { name: 'kp-admin', agency: 'ctd-kp', role: 'viewer' }))).toBe('conflict');
    expect(await fx.store.listUsers()).toEqual(before);
  });

  it('changes roles, disables and enables, each audited', async () => {
    const admin = await fx.as('kp-admin');
    expect(await setUserRole(fx.store, admin, { user: 'kp-analyst', role: 'viewer' })).toMatchObject({ role: 'viewer' });
    expect(await lastEntry()).toMatchObject({ action: 'user_role', detail: { from: 'analyst', to: 'viewer' } });
    const disabled = await disableUser(fx.store, admin, { user: 'kp-analyst' });
    expect(disabled.disabled_at).not.toBeNull();
    expect(await errorCode(disableUser(fx.store, admin, { user: 'kp-analyst' }))).toBe('conflict');
    await enableUser(fx.store, admin, { user: disabled.id });
    expect((await fx.store.getUser(disabled.id))!).toMatchObject({ role: 'viewer', disabled_at: null });
    expect(await errorCode(setUserRole(fx.store, admin, { user: 'nobody', role: 'viewer' }))).toBe('not_found');
    expect((await actions()).slice(-3)).toEqual(['user_role', 'user_disable', 'user_enable']);
  });

  it('lets a user change their own password only with the current one', async () => {
    const u = await createUser(fx.store, OPERATOR, { name: 'omar', agency: 'ctd-kp', role: 'viewer', password: PASSWORD });
    const self = await viewerForUser(fx.store, (await fx.store.getUser(u.id))!);
    expect(await errorCode(setUserPassword(fx.store, self, { user: 'omar', password: 'a new long password', current: 'wrong password!' }))).toBe('forbidden');
    await setUserPassword(fx.store, self, { user: 'omar', password: 'a new long password', current: PASSWORD });
    expect(await login(fx.store, 'omar', PASSWORD, { ip: '127.0.0.1' })).toBeNull();
    expect(await login(fx.store, 'omar', 'a new long password', { ip: '127.0.0.1' })).toMatchObject({ id: u.id });
    expect(await errorCode(setUserPassword(fx.store, self, { user: 'kp-analyst', password: 'a new long password' }))).toBe('forbidden');
    // An admin of the agency needs no current password.
    await setUserPassword(fx.store, await fx.as('kp-admin'), { user: 'omar', password: 'set by the admin' });
    expect(await login(fx.store, 'omar', 'set by the admin', { ip: '127.0.0.1' })).not.toBeNull();
    expect((await fx.store.listAudit()).filter((e) => e.action === 'password_set')).toHaveLength(2);
  });
});

describe('logins', () => {
  beforeEach(async () => {
    await createUser(fx.store, OPERATOR, { name: 'sana', agency: 'ctd-punjab', role: 'analyst', password: PASSWORD });
    vi.mocked(passwords.verifyPassword).mockClear();
  });

  it('accept the right password and audit the login with the name and address', async () => {
    const user = await login(fx.store, 'sana', PASSWORD, { ip: '10.0.0.7' });
    expect(user).toMatchObject({ name: 'sana', agency: 'ctd-punjab' });
    expect(await lastEntry()).toMatchObject({ action: 'login', actor: user!.id, agency: 'ctd-punjab', detail: { name: 'sana', ip: '10.0.0.7' } });
  });

  it('refuse wrong passwords, unknown, disabled and machine users alike, audited without the password', async () => {
    await disableUser(fx.store, OPERATOR, { user: 'punjab-viewer' });
    expect(await login(fx.store, 'sana', 'not the password', { ip: '10.0.0.7' })).toBeNull();
    expect(await login(fx.store, 'ghost', 'not the password', { ip: '10.0.0.8' })).toBeNull();
    expect(await login(fx.store, 'punjab-viewer', 'not the password', { ip: '10.0.0.9' })).toBeNull();
    expect(await login(fx.store, 'kp-analyst', 'not the password', { ip: '10.0.0.9' })).toBeNull();
    const failed = (await fx.store.listAudit()).filter((e) => e.action === 'login_failed');
    expect(failed.map((e) => [e.actor, e.detail.name, e.detail.reason])).toEqual([
      ['anonymous', 'sana', 'wrong password'], ['anonymous', 'ghost', 'unknown user'],
      ['anonymous', 'punjab-viewer', 'disabled'], ['anonymous', 'kp-analyst', 'no password'],
    ]);
    expect(JSON.stringify(await fx.store.listAudit())).not.toContain('not the password');
  });

  it('check an unknown or disabled user against a dummy hash, so timing does not reveal who exists', async () => {
    await login(fx.store, 'ghost', 'whatever it is', { ip: '10.0.0.8' });
    await login(fx.store, 'kp-analyst', 'whatever it is', { ip: '10.0.0.8' });
    const calls = vi.mocked(passwords.verifyPassword).mock.calls;
    expect(calls).toHaveLength(2);
    const dummy = await passwords.dummyPasswordHash();
    expect(calls.map(([hash]) => hash)).toEqual([dummy, dummy]);
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('API tokens', () => {
  it('return the secret once and store only its hash', async () => {
    const { secret, token } = await issueToken(fx.store, await fx.as('kp-admin'), { user: 'kp-analyst', label: 'nightly import' });
    expect(token.hash).toBe(secretHash(secret));
    const stored = await fx.store.listTokens();
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(await fx.store.listAudit())).not.toContain(secret);
    expect(await lastEntry()).toMatchObject({ action: 'token_issue', target: token.id, detail: { label: 'nightly import', expires_at: null } });
    expect((await tokenUser(fx.store, secret))!.name).toBe('kp-analyst');
    expect(await tokenUser(fx.store, `${secret}x`)).toBeNull();
    expect(await listTokens(fx.store, OPERATOR)).toEqual([expect.not.objectContaining({ hash: expect.anything() })]);
  });

  it('stop working when revoked, expired, or the user is disabled', async () => {
    const admin = await fx.as('kp-admin');
    const a = await issueToken(fx.store, admin, { user: 'kp-analyst', label: 'a' });
    await revokeToken(fx.store, admin, a.token.id);
    expect(await tokenUser(fx.store, a.secret)).toBeNull();
    expect(await errorCode(revokeToken(fx.store, admin, a.token.id))).toBe('conflict');

    const b = await issueToken(fx.store, admin, { user: 'kp-analyst', label: 'b', expiresAt: '2999-01-01' });
    expect(b.token.expires_at).toBe('2999-01-01T00:00:00.000Z');
    expect(await tokenUser(fx.store, b.secret)).not.toBeNull();
    await disableUser(fx.store, admin, { user: 'kp-analyst' });
    expect(await tokenUser(fx.store, b.secret)).toBeNull();

    const user = (await fx.store.findUserByName('kp-admin'))!;
    await fx.store.transaction((tx) => tx.insertToken({
      id: 'tok_old', user: user.id, label: 'old', hash: secretHash('old-secret'), created_at: '2020-01-01T00:00:00.000Z',
      expires_at: '2020-02-01T00:00:00.000Z', revoked_at: null,
    }));
    expect(await tokenUser(fx.store, 'old-secret')).toBeNull();
  });

  it('refuse past or unreadable expiry dates and other agencies\' users', async () => {
    const admin = await fx.as('kp-admin');
    expect(await errorCode(issueToken(fx.store, admin, { user: 'kp-analyst', label: 'x', expiresAt: '2001-01-01' }))).toBe('invalid_input');
    expect(await errorCode(issueToken(fx.store, admin, { user: 'kp-analyst', label: 'x', expiresAt: 'next tuesday' }))).toBe('invalid_input');
    expect(await errorCode(issueToken(fx.store, admin, { user: 'punjab-analyst', label: 'x' }))).toBe('forbidden');
    // A user may hold tokens of their own.
    const self = await fx.as('punjab-viewer');
    const own = await issueToken(fx.store, self, { user: 'punjab-viewer', label: 'mine' });
    expect((await listTokens(fx.store, self)).map((t) => t.id)).toEqual([own.token.id]);
    expect(await listTokens(fx.store, admin)).toEqual([]);
  });
});

describe('sessions', () => {
  it('keep only the cookie\'s hash, bind a CSRF token and end on logout', async () => {
    const user = (await fx.store.findUserByName('punjab-analyst'))!;
    const s = await createSession(fx.store, user, 60_000);
    expect(s.cookie).not.toBe(s.csrf);
    expect(await fx.store.getSession(s.cookie)).toBeNull();
    const found = await sessionUser(fx.store, s.cookie);
    expect(found).toMatchObject({ user: { id: user.id }, session: { csrf: s.csrf, hash: secretHash(s.cookie), expires_at: s.expiresAt } });
    await endSession(fx.store, s.cookie);
    expect(await sessionUser(fx.store, s.cookie)).toBeNull();
    expect(await lastEntry()).toMatchObject({ action: 'logout', actor: user.id, agency: 'ctd-punjab' });
    await endSession(fx.store, s.cookie);
  });

  it('expire, and end for a disabled user', async () => {
    const user = (await fx.store.findUserByName('punjab-analyst'))!;
    const short = await createSession(fx.store, user, 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await sessionUser(fx.store, short.cookie)).toBeNull();
    const long = await createSession(fx.store, user, 60_000);
    await disableUser(fx.store, OPERATOR, { user: user.name });
    expect(await sessionUser(fx.store, long.cookie)).toBeNull();
    expect(await errorCode(createSession(fx.store, user, 0))).toBe('invalid_input');
  });
});

describe('viewerForUser', () => {
  it('carries the markings active agreements share with the user\'s agency', async () => {
    const user = (await fx.store.findUserByName('kp-analyst'))!;
    expect((await viewerForUser(fx.store, user)).received.size).toBe(0);
    const agreement = await shareWith(fx.store, OPERATOR, { from: 'ctd-punjab', to: 'ctd-kp', markings: ['TLP:GREEN'] });
    await shareWith(fx.store, OPERATOR, { from: 'nacta', to: 'ctd-punjab', markings: ['TLP:AMBER'] });
    const viewer = await viewerForUser(fx.store, user);
    expect(viewer).toMatchObject({ actor: user.id, agency: 'ctd-kp', role: 'analyst', operator: false });
    expect([...viewer.received.entries()].map(([a, m]) => [a, [...m]])).toEqual([['ctd-punjab', ['TLP:GREEN']]]);
    await fx.store.transaction((tx) => tx.revokeAgreement(agreement.id, new Date().toISOString()));
    expect((await viewerForUser(fx.store, user)).received.size).toBe(0);
  });
});

describe('the audit trail of account changes', () => {
  it('forms an intact chain covering every change', async () => {
    const admin = await fx.as('punjab-admin');
    await createUser(fx.store, admin, { name: 'hamza', agency: 'ctd-punjab', role: 'viewer' });
    await setUserRole(fx.store, admin, { user: 'hamza', role: 'analyst' });
    const { token } = await issueToken(fx.store, admin, { user: 'hamza', label: 't' });
    await revokeToken(fx.store, admin, token.id);
    await disableUser(fx.store, admin, { user: 'hamza' });
    const result = await verifyAudit(fx.store);
    expect(result).toMatchObject({ ok: true, count: (await fx.store.listAudit()).length });
    expect((await actions()).slice(-5)).toEqual(['user_add', 'user_role', 'token_issue', 'token_revoke', 'user_disable']);
  });
});
