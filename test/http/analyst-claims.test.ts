/**
 * POST /api/claims: an analyst states a claim. The quote comes from the stored text,
 * the marking is never looser than the evidence document's, the claim belongs to the
 * analyst's agency and names the analyst as its extractor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer } from '../../src/http/server.js';
import { scratch } from '../cli/helpers.js';
import { AGENCY_A, AGENCY_B, ids, seedAccessStore, type CallerName, type Seeded } from './access-fixture.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let seeded: Seeded;

const post = (who: CallerName, payload: object) =>
  app.inject({ method: 'POST', url: '/api/claims', headers: { authorization: `Bearer ${seeded.tokens[who]}` }, payload });

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'claims.db'));
  seeded = await seedAccessStore(store);
  ({ app } = await buildServer({ store }));
}, 60_000);
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('POST /api/claims', () => {
  it('stores the claim with the quote read from the document, owned by the analyst’s agency', async () => {
    const t = ids('amber');
    const doc = (await store.getDocument(t.document))!;
    const start = doc.text.indexOf('Leader amber person');
    const r = await post('a-analyst', {
      subject: t.person, predicate: 'member_of', object: t.org, valid_from: '2015-03', evidence: { document: t.document, start, end: start + 19 },
    });
    expect(r.statusCode).toBe(200);
    const claim = r.json();
    expect(claim).toMatchObject({
      subject: t.person, predicate: 'member_of', object: t.org, valid_from: '2015-03', status: 'accepted', marking: 'TLP:AMBER',
      agency: AGENCY_A, extractor: 'analyst:a-analyst', evidence: [{ document: t.document, start, end: start + 19, quote: 'Leader amber person' }],
    });
    expect(await store.getClaim(claim.id)).toMatchObject({ agency: AGENCY_A, extractor: 'analyst:a-analyst' });
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, valid_from: '2015-03', evidence: { document: t.document, start, end: start + 19 } })).statusCode).toBe(409);
  });

  it('lets a partner state its own claim on what was shared with it, filed under its own agency', async () => {
    const t = ids('green');
    const r = await post('b-analyst', { subject: t.person, predicate: 'member_of', object: t.org, evidence: { document: t.document, start: 0, end: 6 }, marking: 'TLP:RED' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ agency: AGENCY_B, marking: 'TLP:RED', extractor: 'analyst:b-analyst', evidence: [{ quote: 'Report' }] });
    // A does not see B's RED claim.
    expect((await app.inject({ url: `/api/claims/${r.json().id}`, headers: { authorization: `Bearer ${seeded.tokens['a-viewer']}` } })).statusCode).toBe(404);
  });

  it('refuses a looser marking than the evidence, spans outside the text, types the predicate does not take, and viewers', async () => {
    const t = ids('red');
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, evidence: { document: t.document, start: 0, end: 6 }, marking: 'TLP:AMBER' })).statusCode).toBe(400);
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, evidence: { document: t.document, start: 5, end: 100_000 } })).statusCode).toBe(400);
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, evidence: { document: t.document, start: 6, end: 6 } })).statusCode).toBe(400);
    expect((await post('a-analyst', { subject: t.org, predicate: 'leader_of', object: t.person })).statusCode).toBe(400);
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, valid_from: '2017', valid_to: '2016' })).statusCode).toBe(400);
    expect((await post('a-analyst', { subject: t.person, predicate: 'member_of', object: t.org, evidence: { document: t.document, start: 0, end: 6, quote: 'made up' } })).statusCode).toBe(400);
    expect((await post('a-viewer', { subject: t.person, predicate: 'member_of', object: t.org })).statusCode).toBe(403);
    const without = await post('a-analyst', { subject: t.person, predicate: 'founder_of', object: t.org });
    expect(without.statusCode).toBe(200);
    expect(without.json()).toMatchObject({ marking: 'TLP:AMBER', evidence: [] });
  });
});
