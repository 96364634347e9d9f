/**
 * An anonymous flood of refused requests cannot grow the audit log without bound:
 * per address the first 20 refusals a minute are audited one by one, the rest leave as
 * one `refused_burst` entry when the window closes, and past 600 the address is
 * answered 429 without the store being touched. A logged-in user's refusals are
 * never coalesced. The chain verifies throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { AuditEntry } from '../../src/store/access.js';
import { buildServer } from '../../src/http/server.js';
import { verifyAudit } from '../../src/app/audit.js';
import { scratch } from '../cli/helpers.js';
import { seedAccessStore, type Seeded } from './access-fixture.js';

const tmp = scratch();
const START = Date.parse('2026-03-01T00:00:00.000Z');
let t = START;
let store: Store;
let counted: Store;
let storeCalls = 0;
let app: FastifyInstance;
let seeded: Seeded;

/** The store as the server sees it, counting every method call, so a test can show a request never reached it. */
function counting(inner: Store): Store {
  return new Proxy(inner, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => { storeCalls += 1; return (value as (...a: unknown[]) => unknown).apply(target, args); };
    },
  });
}

const lastSeq = async (): Promise<number> => (await store.lastAudit())?.seq ?? 0;
const since = async (seq: number): Promise<AuditEntry[]> => store.listAudit({ after: seq, limit: 2000 });
const anonymous = (ip: string, url = '/api/claims') => app.inject({ url, remoteAddress: ip });

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'flood.db'));
  seeded = await seedAccessStore(store);
  counted = counting(store);
  ({ app } = await buildServer({ store: counted, now: () => t }));
}, 60_000);
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('anonymous refusals', () => {
  it('audits 20 of 25 one by one and the other 5 as one burst once the window has closed', async () => {
    const before = await lastSeq();
    for (let i = 0; i < 25; i++) expect((await anonymous('203.0.113.7')).statusCode).toBe(401);
    const individual = await since(before);
    expect(individual).toHaveLength(20);
    for (const e of individual) {
      expect(e).toMatchObject({ actor: 'anonymous', action: 'refused', detail: { route: 'GET /api/claims', status: 401, reason: 'unauthorized', ip: '203.0.113.7' } });
    }

    t += 60_000;
    const mark = await lastSeq();
    expect((await anonymous('198.51.100.1', '/api/events')).statusCode).toBe(401);
    const after = await since(mark);
    expect(after.map((e) => [e.action, e.detail.ip])).toEqual([['refused_burst', '203.0.113.7'], ['refused', '198.51.100.1']]);
    expect(after[0]).toMatchObject({
      actor: 'anonymous', agency: null, target: null,
      detail: {
        ip: '203.0.113.7', count: 5, from: new Date(START).toISOString(), to: new Date(START + 60_000).toISOString(),
        route: 'GET /api/claims', reason: 'unauthorized', reasons: 'unauthorized:5',
      },
    });
    expect(await since(before)).toHaveLength(22);
    expect(await verifyAudit(store)).toMatchObject({ ok: true });
  });

  it('answers 429 with retry-after past 600 refusals a minute, without touching the store, and counts those answers in the burst', async () => {
    t += 120_000;
    const before = await lastSeq();
    for (let i = 0; i < 600; i++) expect((await anonymous('192.0.2.9')).statusCode).toBe(401);
    expect(await since(before)).toHaveLength(20);

    t += 10_000;
    const calls = storeCalls;
    for (const headers of [{}, { authorization: 'Bearer forged-token-that-would-need-a-lookup' }]) {
      const r = await app.inject({ url: '/api/claims', remoteAddress: '192.0.2.9', headers });
      expect(r.statusCode).toBe(429);
      expect(r.headers['retry-after']).toBe('50');
      expect(r.json().error.code).toBe('rate_limited');
    }
    expect(storeCalls).toBe(calls);
    expect(await since(before)).toHaveLength(20);
    expect((await anonymous('192.0.2.10')).statusCode).toBe(401);

    t += 50_000;
    const mark = await lastSeq();
    expect((await anonymous('192.0.2.9')).statusCode).toBe(401);
    const [burst, fresh] = await since(mark);
    expect(burst).toMatchObject({ action: 'refused_burst', detail: { ip: '192.0.2.9', count: 582, reason: 'unauthorized', reasons: 'unauthorized:580 rate_limited:2' } });
    expect(fresh).toMatchObject({ action: 'refused', detail: { ip: '192.0.2.9' } });
    expect(await verifyAudit(store)).toMatchObject({ ok: true });
  });

  it('writes the windows still open when the server shuts down', async () => {
    let clock = START;
    const server = (await buildServer({ store, now: () => clock, refusalLimits: { auditedPerReason: 1, blockAfter: 100, windowMs: 60_000, maxAddresses: 10 } })).app;
    const before = await lastSeq();
    for (let i = 0; i < 3; i++) expect((await server.inject({ url: '/api/claims', remoteAddress: '203.0.113.50' })).statusCode).toBe(401);
    clock += 1_000;
    expect(await since(before)).toHaveLength(1);
    await server.close();
    const entries = await since(before);
    expect(entries.map((e) => [e.action, e.detail.count ?? null])).toEqual([['refused', null], ['refused_burst', 2]]);
    expect(await verifyAudit(store)).toMatchObject({ ok: true });
  });
});

describe('refusals of a logged-in user', () => {
  it('audits every one of an analyst’s 30 refused admin calls on its own, even from a flooding address', async () => {
    t += 600_000;
    for (let i = 0; i < 30; i++) expect((await anonymous('203.0.113.99')).statusCode).toBe(401);
    const before = await lastSeq();
    for (let i = 0; i < 30; i++) {
      const r = await app.inject({ url: '/api/admin/users', remoteAddress: '203.0.113.99', headers: { authorization: `Bearer ${seeded.tokens['a-analyst']}` } });
      expect(r.statusCode).toBe(403);
    }
    const entries = await since(before);
    expect(entries).toHaveLength(30);
    for (const e of entries) {
      expect(e).toMatchObject({ actor: seeded.users['a-analyst'], action: 'refused', detail: { route: 'GET /api/admin/users', status: 403, ip: '203.0.113.99' } });
    }
    expect(await verifyAudit(store)).toMatchObject({ ok: true });
  });
});
