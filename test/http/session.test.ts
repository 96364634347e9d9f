/**
 * Logging in over HTTP: the session and CSRF cookies and their flags, who-am-I,
 * CSRF on changes, logout, the one-time operator URL, and rate limiting of failed
 * logins — each outcome in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { AuditEntry } from '../../src/store/access.js';
import { buildServer } from '../../src/http/server.js';
import type { AuthState } from '../../src/http/auth.js';
import { scratch } from '../cli/helpers.js';
import { AGENCY_A, PASSWORD, ids, seedAccessStore, type Seeded } from './access-fixture.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let auth: AuthState;
let seeded: Seeded;

const setCookies = (headers: Record<string, unknown>): string[] => {
  const raw = headers['set-cookie'];
  return Array.isArray(raw) ? raw.map(String) : raw ? [String(raw)] : [];
};
const cookiePair = (cookies: string[], name: string): string => cookies.find((c) => c.startsWith(`${name}=`))!.split(';')[0]!;

async function auditSince(seq: number): Promise<AuditEntry[]> {
  return store.listAudit({ after: seq, limit: 10_000 });
}
const lastSeq = async (): Promise<number> => (await store.lastAudit())?.seq ?? 0;

async function login(name: string, password: string, ip = '127.0.0.1') {
  return app.inject({ method: 'POST', url: '/api/login', payload: { name, password }, remoteAddress: ip });
}

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'session.db'));
  seeded = await seedAccessStore(store);
  ({ app, auth } = await buildServer({ store }));
}, 60_000);
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('login with a name and password', () => {
  it('sets an HttpOnly, Secure, SameSite=Strict session cookie and a readable CSRF cookie, and answers the user', async () => {
    const before = await lastSeq();
    const r = await login('a-analyst', PASSWORD);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.user).toEqual({ id: seeded.users['a-analyst'], name: 'a-analyst', agency: AGENCY_A, role: 'analyst' });
    expect(body.csrf).toMatch(/^[\w-]{32,}$/);
    const cookies = setCookies(r.headers);
    const session = cookies.find((c) => c.startsWith('cellgraph_session='))!;
    const csrf = cookies.find((c) => c.startsWith('cellgraph_csrf='))!;
    for (const flag of ['HttpOnly', 'SameSite=Strict', 'Secure', 'Path=/']) expect(session).toContain(flag);
    for (const flag of ['SameSite=Strict', 'Secure', 'Path=/']) expect(csrf).toContain(flag);
    expect(csrf).not.toContain('HttpOnly');
    expect(cookiePair(cookies, 'cellgraph_csrf')).toBe(`cellgraph_csrf=${body.csrf}`);
    expect((await auditSince(before)).map((e) => e.action)).toContain('login');
  });

  it('answers /api/me for the session, needs the CSRF header for changes, and ends the session on logout', async () => {
    const r = await login('a-analyst', PASSWORD);
    const cookie = cookiePair(setCookies(r.headers), 'cellgraph_session');
    const csrf = r.json().csrf as string;
    const me = await app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ user: r.json().user, csrf });

    const patch = { method: 'PATCH' as const, url: `/api/claims/${ids('green').claim}`, payload: { status: 'accepted' } };
    const before = await lastSeq();
    const missing = await app.inject({ ...patch, headers: { cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf');
    const wrong = await app.inject({ ...patch, headers: { cookie, 'x-csrf-token': `${csrf.slice(0, -1)}x` } });
    expect(wrong.statusCode).toBe(403);
    const refusals = (await auditSince(before)).filter((e) => e.action === 'refused');
    expect(refusals.map((e) => e.detail.reason)).toEqual(['csrf', 'csrf']);
    expect((await store.getClaim(ids('green').claim))?.status).toBe('proposed');
    const right = await app.inject({ ...patch, headers: { cookie, 'x-csrf-token': csrf } });
    expect(right.statusCode).toBe(200);
    expect((await store.getClaim(ids('green').claim))?.status).toBe('accepted');

    const out = await app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(200);
    expect(setCookies(out.headers).every((c) => c.includes('Max-Age=0'))).toBe(true);
    expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a wrong password with 401, and after five failures a minute answers 429 even for the right one', async () => {
    const ip = '10.0.0.7';
    const before = await lastSeq();
    for (let i = 0; i < 5; i++) {
      const r = await login('b-viewer', 'not the password at all', ip);
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('unauthorized');
    }
    const limited = await login('b-viewer', PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The limit is per address and name: another address still logs in.
    expect((await login('b-viewer', PASSWORD, '10.0.0.8')).statusCode).toBe(200);
    const entries = await auditSince(before);
    expect(entries.filter((e) => e.action === 'login_failed')).toHaveLength(5);
    expect(entries.filter((e) => e.action === 'refused' && e.detail.reason === 'rate_limited')).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('not the password');
  });

  it('refuses malformed login bodies with 400', async () => {
    for (const payload of [{ name: 'a-viewer' }, { name: '', password: 'x' }, { name: 'a-viewer', password: PASSWORD, role: 'admin' }]) {
      expect((await app.inject({ method: 'POST', url: '/api/login', payload })).statusCode).toBe(400);
    }
  });
});

describe('the operator', () => {
  it('gets an operator session from the one-time URL, once, and answers /api/me as the local admin', async () => {
    const token = auth.loginToken!;
    const r = await app.inject({ url: `/documents?token=${token}` });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/documents');
    const cookies = setCookies(r.headers);
    const cookie = cookiePair(cookies, 'cellgraph_session');
    expect(cookies.find((c) => c.startsWith('cellgraph_session='))).toContain('HttpOnly');
    const me = (await app.inject({ url: '/api/me', headers: { cookie } })).json();
    expect(me.user).toMatchObject({ role: 'admin', agency: 'local', operator: true });
    expect(cookiePair(cookies, 'cellgraph_csrf')).toBe(`cellgraph_csrf=${me.csrf}`);
    expect((await app.inject({ url: `/api/stats?token=${token}` })).statusCode).toBe(401);
    // The operator sees every agency's records, and changes them with the session's CSRF token only.
    expect((await app.inject({ url: `/api/claims/${ids('red').claim}`, headers: { cookie } })).statusCode).toBe(200);
    const patch = { method: 'PATCH' as const, url: `/api/claims/${ids('red').claim}`, payload: { status: 'disputed' } };
    expect((await app.inject({ ...patch, headers: { cookie } })).json().error.code).toBe('csrf');
    expect((await app.inject({ ...patch, headers: { cookie, 'x-csrf-token': me.csrf } })).json().status).toBe('disputed');
  });

  it('serves the web app to anyone (it holds no data) and nothing under /api/ without credentials', async () => {
    expect([200, 503]).toContain((await app.inject({ url: '/' })).statusCode);
    for (const url of ['/api/stats', '/api/openapi.json', '/api/me']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(401);
      expect(r.json().error.code).toBe('unauthorized');
    }
  });
});
