/**
 * The HTTP API in process (fastify inject): authentication, every route, and bad
 * input — wrong types, oversized bodies, unknown ids, malformed multipart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer, ROUTES } from '../../src/http/server.js';
import type { AuthState } from '../../src/http/auth.js';
import { ingest } from '../../src/app/ingest.js';
import { REPO, scratch } from '../cli/helpers.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let auth: AuthState;
let bearer: Record<string, string>;

function multipart(parts: Array<{ name: string; filename?: string; content: string }>): { payload: string; headers: Record<string, string> } {
  return withBearer(rawMultipart(parts));
}

function withBearer(r: { payload: string; headers: Record<string, string> }) {
  return { payload: r.payload, headers: { ...r.headers, authorization: `Bearer ${auth.apiToken}` } };
}

function rawMultipart(parts: Array<{ name: string; filename?: string; content: string }>): { payload: string; headers: Record<string, string> } {
  const boundary = '----cellgraphtest';
  const body = parts.map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n`
    + `${p.filename ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n${p.content}\r\n`).join('') + `--${boundary}--\r\n`;
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'api.db'));
  await ingest(store, [path.join(REPO, 'examples/reports')], { marking: 'TLP:CLEAR' });
  ({ app, auth } = await buildServer({ store }));
  bearer = { authorization: `Bearer ${auth.apiToken}` };
});
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('authentication', () => {
  it('refuses API requests without a session or token (the web app itself holds no data and loads for the login form)', async () => {
    expect((await app.inject({ url: '/' })).statusCode).not.toBe(401);
    for (const url of ['/api/stats', '/api/openapi.json', '/api/entities']) {
      const r = await app.inject({ url });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('unauthorized');
    }
    expect((await app.inject({ url: '/api/stats', headers: { authorization: 'Bearer forged' } })).statusCode).toBe(401);
  });

  it('exchanges the one-time login token for a session cookie, once', async () => {
    const token = auth.loginToken!;
    const login = await app.inject({ url: `/?token=${token}` });
    expect(login.statusCode).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toMatch(/^cellgraph_session=/);
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect((await app.inject({ url: '/api/stats', headers: { cookie } })).statusCode).toBe(200);
    const again = await app.inject({ url: `/api/stats?token=${token}` });
    expect(again.statusCode).toBe(401);
  });
});

describe('routes', () => {
  it('describes every served route in the OpenAPI document', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json', headers: bearer })).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const r of ROUTES) expect(spec.paths[r.url]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
  });

  it('lists and reads entities, claims, events and documents', async () => {
    const stats = (await app.inject({ url: '/api/stats', headers: bearer })).json();
    expect(stats.documents).toBeGreaterThan(0);
    const entities = (await app.inject({ url: '/api/entities?type=organization&limit=5', headers: bearer })).json();
    expect(entities.items.length).toBeGreaterThan(0);
    expect(entities.items.length).toBeLessThanOrEqual(5);
    const one = (await app.inject({ url: `/api/entities/${entities.items[0].id}`, headers: bearer })).json();
    expect(one.entity.id).toBe(entities.items[0].id);
    const byAlias = (await app.inject({ url: `/api/entities?q=${encodeURIComponent(one.entity.name)}`, headers: bearer })).json();
    expect(byAlias.items.map((e: { id: string }) => e.id)).toContain(one.entity.id);
    const claims = (await app.inject({ url: '/api/claims?status=proposed&limit=3', headers: bearer })).json();
    expect(claims.items.length).toBeGreaterThan(0);
    const claim = (await app.inject({ url: `/api/claims/${claims.items[0].id}`, headers: bearer })).json();
    expect(claim.id).toBe(claims.items[0].id);
    const events = (await app.inject({ url: '/api/events', headers: bearer })).json();
    expect(events.items.length).toBeGreaterThan(0);
    expect((await app.inject({ url: `/api/events/${events.items[0].id}`, headers: bearer })).json().id).toBe(events.items[0].id);
    const docs = (await app.inject({ url: '/api/documents', headers: bearer })).json();
    const doc = (await app.inject({ url: `/api/documents/${docs.items[0].id}`, headers: bearer })).json();
    for (const m of doc.mentions) expect(doc.document.text.slice(m.start, m.end)).toBe(m.text);
    const search = (await app.inject({ url: '/api/search?q=Taliban', headers: bearer })).json();
    expect(search.documents.length).toBeGreaterThan(0);
    const exported = (await app.inject({ url: '/api/export', headers: bearer })).json();
    expect(exported.format).toBe('cellgraph/1');
  });

  it('reviews a claim and keeps the decision', async () => {
    const claims = (await app.inject({ url: '/api/claims?status=proposed&limit=1', headers: bearer })).json();
    const id = claims.items[0].id;
    const r = await app.inject({ method: 'PATCH', url: `/api/claims/${id}`, headers: bearer, payload: { status: 'accepted', credibility: 2, valid_from: '2015-01' } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'accepted', credibility: 2, valid_from: '2015-01' });
    expect((await store.getClaim(id))?.status).toBe('accepted');
  });

  it('uploads and ingests a report', async () => {
    const text = 'Arrests in Quetta\n\nPublished: 2016-05-02\n\nPolice in Quetta arrested four members of Lashkar-e-Jhangvi on 1 May 2016, the Counter Terrorism Department said.';
    const r = await app.inject({ method: 'POST', url: '/api/documents', headers: bearer, ...multipart([{ name: 'marking', content: 'TLP:GREEN' }, { name: 'file', filename: '../../etc/evil.txt', content: text }]) });
    expect(r.statusCode).toBe(200);
    expect(r.json().ingested).toHaveLength(1);
    const doc = await store.getDocument(r.json().ingested[0].document);
    expect(doc?.marking).toBe('TLP:GREEN');
    expect(doc?.source).not.toContain('..');
  });
});

describe('bad input', () => {
  it('rejects wrong types and unknown values with 400 and a one-line error', async () => {
    for (const url of ['/api/entities?limit=abc', '/api/entities?type=robot', '/api/claims?predicate=likes', '/api/search', '/api/events?limit=-1']) {
      const r = await app.inject({ url, headers: bearer });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.code).toBe('invalid_input');
      expect(r.json().error.message).not.toContain('\n');
    }
    const claims = (await app.inject({ url: '/api/claims?limit=1', headers: bearer })).json();
    const bad = await app.inject({ method: 'PATCH', url: `/api/claims/${claims.items[0].id}`, headers: bearer, payload: { status: 'maybe' } });
    expect(bad.statusCode).toBe(400);
    const extra = await app.inject({ method: 'PATCH', url: `/api/claims/${claims.items[0].id}`, headers: bearer, payload: { subject: 'x' } });
    expect(extra.statusCode).toBe(400);
    const date = await app.inject({ method: 'PATCH', url: `/api/claims/${claims.items[0].id}`, headers: bearer, payload: { valid_from: 'last spring' } });
    expect(date.statusCode).toBe(400);
  });

  it('answers unknown ids and routes with 404', async () => {
    for (const url of ['/api/entities/ent_nope', '/api/claims/clm_nope', '/api/events/evt_nope', '/api/documents/doc_nope', '/api/nothing']) {
      const r = await app.inject({ url, headers: bearer });
      expect(r.statusCode, url).toBe(404);
      expect(r.json().error.code).toBe('not_found');
    }
    const patch = await app.inject({ method: 'PATCH', url: '/api/claims/clm_nope', headers: bearer, payload: { status: 'accepted' } });
    expect(patch.statusCode).toBe(404);
  });

  it('refuses oversized bodies with 413', async () => {
    const r = await app.inject({ method: 'PATCH', url: '/api/claims/x', headers: { ...bearer, 'content-type': 'application/json' }, payload: `{"status":"accepted","pad":"${'x'.repeat(2 * 1024 * 1024)}"}` });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('too_large');
  });

  it('refuses malformed multipart and unsupported uploads', async () => {
    const broken = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...bearer, 'content-type': 'multipart/form-data; boundary=zzz' }, payload: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated' });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    const notMultipart = await app.inject({ method: 'POST', url: '/api/documents', headers: bearer, payload: { file: 'x' } });
    expect(notMultipart.statusCode).toBe(400);
    const exe = await app.inject({ method: 'POST', url: '/api/documents', headers: bearer, ...multipart([{ name: 'file', filename: 'tool.exe', content: 'MZ' }]) });
    expect(exe.statusCode).toBe(415);
    const empty = await app.inject({ method: 'POST', url: '/api/documents', headers: bearer, ...multipart([{ name: 'marking', content: 'TLP:CLEAR' }]) });
    expect(empty.statusCode).toBe(400);
    const before = (await store.stats()).documents;
    const corrupt = await app.inject({ method: 'POST', url: '/api/documents', headers: bearer, ...multipart([{ name: 'file', filename: 'x.pdf', content: 'not a pdf' }]) });
    expect(corrupt.statusCode).toBe(422);
    expect((await store.stats()).documents).toBe(before);
  });
});
