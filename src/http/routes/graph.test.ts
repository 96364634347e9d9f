import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../adapters/sqlite/sqlite-store.js';
import { ingest } from '../../app/ingest.js';
import type { Store } from '../../store/store.js';
import { buildServer } from '../server.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let dir: string;
let store: Store;
let app: FastifyInstance;
let headers: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-graph-routes-'));
  store = await openSqliteStore(path.join(dir, 'g.db'));
  await ingest(store, [path.join(REPO, 'examples/reports')], { marking: 'TLP:CLEAR' });
  const built = await buildServer({ store });
  app = built.app;
  headers = { authorization: `Bearer ${built.auth.apiToken}` };
});
afterAll(async () => { await app.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('GET /api/graph', () => {
  it('projects accepted claims only unless proposed ones are asked for', async () => {
    const accepted = (await app.inject({ url: '/api/graph', headers })).json();
    const all = (await app.inject({ url: '/api/graph?includeProposed=true', headers })).json();
    const acceptedCount = (await store.listClaims({ status: 'accepted', limit: 100_000 })).length;
    expect(accepted.edges.length).toBeLessThanOrEqual(acceptedCount);
    expect(all.edges.length).toBeGreaterThan(accepted.edges.length);
    for (const e of all.edges) expect(all.nodes.some((n: { id: string }) => n.id === e.source)).toBe(true);
    expect(all.range.min <= all.range.max).toBe(true);
  });

  it('shows fewer relations at the start of the ledger than over all time', async () => {
    const all = (await app.inject({ url: '/api/graph?includeProposed=true', headers })).json();
    const early = (await app.inject({ url: `/api/graph?includeProposed=true&asOf=${all.range.min.slice(0, 7)}`, headers })).json();
    expect(early.asOf).toBe(all.range.min.slice(0, 7));
    expect(early.edges.length).toBeLessThan(all.edges.length);
  });

  it('refuses malformed dates and flags with 400', async () => {
    for (const url of ['/api/graph?asOf=2015-13', '/api/graph?asOf=yesterday', '/api/graph?includeProposed=yes']) {
      const r = await app.inject({ url, headers });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.code).toBe('invalid_input');
    }
  });
});

describe('GET /api/timeline', () => {
  it("lists an entity's relations and events in date order", async () => {
    const [claim] = await store.listClaims({ limit: 1 });
    const r = (await app.inject({ url: `/api/timeline?entity=${claim!.subject}`, headers })).json();
    expect(r.relations.some((x: { claim: string }) => x.claim === claim!.id)).toBe(true);
    const days = r.events.map((e: { day: string | null }) => e.day).filter(Boolean);
    expect(days).toEqual([...days].sort());
  });

  it('answers 404 for an unknown entity and 400 without one', async () => {
    expect((await app.inject({ url: '/api/timeline?entity=ent_nope', headers })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/timeline', headers })).statusCode).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json', headers })).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/graph', '/api/timeline']));
  });
});
