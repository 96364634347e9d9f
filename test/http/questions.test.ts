/**
 * Graph questions and curation over HTTP, on the hand-built fixture ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer } from '../../src/http/server.js';
import { importLedger } from '../../src/app/exchange.js';
import { scratch } from '../cli/helpers.js';
import { fixtureLedger } from '../cli/fixture-ledger.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let headers: Record<string, string>;
const get = async (url: string) => app.inject({ url, headers });

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'q.db'));
  await importLedger(store, fixtureLedger());
  const built = await buildServer({ store });
  app = built.app;
  headers = { authorization: `Bearer ${built.auth.apiToken}` };
});
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('questions', () => {
  it('answers path, neighbours, rank, communities, changes and disputes with evidence', async () => {
    const p = (await get('/api/path?a=ent_jua&b=ent_is&asOf=2015-06')).json();
    expect(p.paths[0].nodes).toEqual(['ent_jua', 'ent_ttp', 'ent_hsk', 'ent_iskp', 'ent_is']);
    expect(p.claims.every((c: { evidence: unknown[] }) => c.evidence.length > 0)).toBe(true);
    expect((await get('/api/path?a=ent_jua&b=ent_is&asOf=2014-01')).json().paths).toEqual([]);
    const n = (await get('/api/neighbours?entity=ent_iskp&hops=1')).json();
    expect(n.nodes.map((x: { node: string }) => x.node).sort()).toEqual(['ent_hsk', 'ent_is', 'ent_iskp']);
    expect((await get('/api/rank?metric=pagerank&top=3')).json()).toHaveLength(3);
    expect((await get('/api/communities')).json().communities.length).toBeGreaterThan(0);
    const ch = (await get('/api/changes?from=2016-01&to=2016-12')).json();
    expect(ch.map((c: { kind: string }) => c.kind)).toContain('leader_killed');
    const d = (await get('/api/disputes')).json();
    expect(d.map((x: { kind: string }) => x.kind).sort()).toEqual(['denial', 'event_counts']);
  });

  it('rejects bad questions', async () => {
    expect((await get('/api/path?a=ent_jua')).statusCode).toBe(400);
    expect((await get('/api/path?a=ent_jua&b=ent_nope')).statusCode).toBe(404);
    expect((await get('/api/rank?metric=fame')).statusCode).toBe(400);
    expect((await get('/api/changes?from=2017&to=2016')).statusCode).toBe(400);
    expect((await get('/api/neighbours?entity=ent_jua&asOf=yesterday')).statusCode).toBe(400);
  });
});

describe('curation', () => {
  it('merges, lists, undoes, splits, renames and decides', async () => {
    const merge = await app.inject({ method: 'POST', url: '/api/merges', headers, payload: { source: 'ent_iskp', target: 'ent_is', reason: 'test' } });
    expect(merge.statusCode).toBe(200);
    expect((await get('/api/entities/ent_iskp')).json().entity.id).toBe('ent_is');
    expect((await get('/api/merges')).json()[0]).toMatchObject({ source: 'ent_iskp', actor: 'operator' });
    expect((await app.inject({ method: 'DELETE', url: `/api/merges/${merge.json().id}`, headers })).statusCode).toBe(200);
    expect((await get('/api/entities/ent_iskp')).json().entity.id).toBe('ent_iskp');
    expect((await app.inject({ method: 'DELETE', url: `/api/merges/${merge.json().id}`, headers })).statusCode).toBe(409);
    const mixed = await app.inject({ method: 'POST', url: '/api/merges', headers, payload: { source: 'ent_quetta', target: 'ent_is', reason: 'x' } });
    expect(mixed.statusCode).toBe(400);
    const split = await app.inject({ method: 'POST', url: '/api/entities/ent_hsk/split', headers, payload: { documents: ['doc_fixture2'] } });
    expect(split.statusCode).toBe(200);
    expect(split.json()).toMatchObject({ mentions: 1 });
    const renamed = await app.inject({ method: 'PATCH', url: '/api/entities/ent_jua', headers, payload: { name: 'Jamaat ul Ahrar' } });
    expect(renamed.json().name).toBe('Jamaat ul Ahrar');
    const decided = await app.inject({ method: 'POST', url: '/api/same-as', headers, payload: { a: 'ent_ttp', b: 'ent_jua', decision: 'different' } });
    expect(decided.statusCode).toBe(200);
    expect((await get('/api/same-as')).json().find((c: { a: string; b: string }) => [c.a, c.b].sort().join() === 'ent_jua,ent_ttp').decision).toBe('different');
    expect((await app.inject({ method: 'POST', url: '/api/same-as', headers, payload: { a: 'ent_ttp', b: 'ent_jua', decision: 'maybe' } })).statusCode).toBe(400);
  });
});

describe('publishing', () => {
  it('serves a sourced brief, aggregates and exports in every format', async () => {
    const html = await get('/api/brief?format=html&asOf=2016-12');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('TLP:CLEAR');
    const md = await get('/api/brief?format=md&topic=ent_iskp');
    expect(md.body).toMatch(/\[\d+\]/);
    expect((await get('/api/brief?topic=ent_nope')).statusCode).toBe(404);
    expect((await get('/api/brief?since=2017&asOf=2016')).statusCode).toBe(400);
    const rows = (await get('/api/aggregates?by=province')).json();
    expect(Array.isArray(rows)).toBe(true);
    expect((await get('/api/aggregates?by=province&format=csv')).headers['content-type']).toMatch(/text\/csv/);
    expect((await get('/api/aggregates?by=colour')).statusCode).toBe(400);
    expect((await get('/api/export/stix')).json().type).toBe('bundle');
    expect((await get('/api/export/gtd')).body.split('\n')[0]).toMatch(/^eventid,/);
    expect((await get('/api/export/xlsx')).statusCode).toBe(400);
  });
});
