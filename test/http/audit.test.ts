/**
 * What the HTTP API writes to the audit log: one `read` entry per request that
 * returned AMBER, AMBER+STRICT or RED records (with their ids), `export` for exports
 * and briefs, the action of every successful write, `refused` for every refusal with
 * the route pattern and the reason — and what an agency's admin may read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { AuditEntry } from '../../src/store/access.js';
import { buildServer } from '../../src/http/server.js';
import { scratch } from '../cli/helpers.js';
import { AGENCY_A, AGENCY_B, ids, seedAccessStore, type CallerName, type Seeded } from './access-fixture.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let seeded: Seeded;

const as = (who: CallerName) => ({ authorization: `Bearer ${seeded.tokens[who]}` });

/** Runs the request and returns the audit entries it wrote. */
async function entriesOf(who: CallerName, url: string, method = 'GET', payload?: object): Promise<{ status: number; entries: AuditEntry[] }> {
  const before = (await store.lastAudit())?.seq ?? 0;
  const r = await app.inject({ method: method as 'GET', url, headers: as(who), ...(payload ? { payload } : {}) });
  return { status: r.statusCode, entries: await store.listAudit({ after: before, limit: 100 }) };
}

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'audit.db'));
  seeded = await seedAccessStore(store);
  ({ app } = await buildServer({ store }));
}, 60_000);
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('audit of reads', () => {
  it('writes one read entry per request, naming the AMBER, AMBER+STRICT and RED records returned', async () => {
    const list = await entriesOf('a-viewer', '/api/claims');
    expect(list.status).toBe(200);
    expect(list.entries).toHaveLength(1);
    const [read] = list.entries;
    expect(read).toMatchObject({ actor: seeded.users['a-viewer'], agency: AGENCY_A, action: 'read' });
    expect(String(read!.detail.ids).split(' ')).toEqual(expect.arrayContaining([ids('amber').claim, ids('strict').claim, ids('red').claim]));
    expect(read!.detail.ids).not.toContain(ids('green').claim);
    expect(read!.detail.route).toBe('GET /api/claims');

    const one = await entriesOf('a-viewer', `/api/claims/${ids('red').claim}`);
    expect(one.entries.map((e) => [e.action, e.target])).toEqual([['read', ids('red').claim]]);

    expect((await entriesOf('a-viewer', `/api/claims/${ids('green').claim}`)).entries).toEqual([]);

    const partner = await entriesOf('b-viewer', '/api/claims');
    expect(partner.entries).toHaveLength(1);
    expect(String(partner.entries[0]!.detail.ids).split(' ').filter((id) => id.startsWith('clm_'))).toEqual([ids('amber').claim]);
  });

  it('records exports and briefs as exports', async () => {
    for (const url of ['/api/export', '/api/export/stix', '/api/brief?format=md']) {
      const { status, entries } = await entriesOf('b-viewer', url);
      expect(status, url).toBe(200);
      expect(entries.map((e) => e.action), url).toContain('export');
    }
  });
});

describe('audit of changes and refusals', () => {
  it('records each successful write with its action and target', async () => {
    const edit = await entriesOf('a-analyst', `/api/claims/${ids('green').claim}`, 'PATCH', { status: 'accepted' });
    expect(edit.entries.find((e) => e.action === 'edit')).toMatchObject({ target: ids('green').claim, agency: AGENCY_A });
    const merge = await entriesOf('a-analyst', '/api/merges', 'POST', { source: ids('clear').dup, target: ids('clear').org, reason: 'same group' });
    expect(merge.status).toBe(200);
    expect(merge.entries.map((e) => e.action)).toContain('merge');
  });

  it('records a refusal with the route pattern and the reason, never the query string', async () => {
    const forbidden = await entriesOf('a-viewer', `/api/claims/${ids('green').claim}?token=secret-looking`, 'PATCH', { status: 'rejected' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.entries).toHaveLength(1);
    expect(forbidden.entries[0]).toMatchObject({ action: 'refused', target: ids('green').claim, detail: { route: 'PATCH /api/claims/{id}', status: 403, reason: 'forbidden' } });
    expect(JSON.stringify(forbidden.entries)).not.toContain('secret-looking');
    const hidden = await entriesOf('b-analyst', `/api/claims/${ids('red').claim}`);
    expect(hidden.entries[0]).toMatchObject({ action: 'refused', agency: AGENCY_B, detail: { status: 404, reason: 'not_found' } });
  });
});

describe('reading the audit log', () => {
  it("shows an agency's admin its own agency's entries, and verifies the chain", async () => {
    const r = await app.inject({ url: '/api/audit?limit=1000', headers: as('b-admin') });
    expect(r.statusCode).toBe(200);
    const items = r.json().items as AuditEntry[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.agency === AGENCY_B)).toBe(true);
    const page = (await app.inject({ url: `/api/audit?after=${items[0]!.seq}&limit=1`, headers: as('b-admin') })).json().items;
    expect(page).toEqual([items[1]]);
    expect((await app.inject({ url: '/api/audit/verify', headers: as('a-admin') })).json()).toMatchObject({ ok: true });
  });
});
