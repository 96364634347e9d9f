/**
 * Issue 6's acceptance for federation: two real Cellgraph servers on loopback, real
 * HTTP between them. Server A (agency ctd-a) shares GREEN and AMBER with ctd-b, never
 * RED; B pulls and sees exactly that, owned by ctd-a; pulling again changes nothing;
 * B's analyst states a claim and B shares it back; A revokes and the flow stops; a
 * tampered or unsigned envelope is refused, audited and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer } from '../../src/http/server.js';
import { operatorViewer } from '../../src/access/policy.js';
import { createAgency, createUser, issueToken } from '../../src/app/accounts.js';
import { shareWith } from '../../src/app/sharing.js';
import { exportLedger, importLedger } from '../../src/app/exchange.js';
import { addPeer } from '../../src/app/federation.js';
import { pullFromPeer, pushToPeer } from '../../src/app/federation-sync.js';
import { agencyLedger } from '../../src/app/federation-fixture.js';
import { scratch } from '../cli/helpers.js';

const tmp = scratch();
const operator = operatorViewer('cli:test', 'local');
const fixture = agencyLedger('ctd-a', 'a');

interface Server {
  store: Store;
  app: FastifyInstance;
  url: string;
}
let A: Server;
let B: Server;
/** Bearer secrets: A's admin, B's analyst, and the machine users each server made for the other. */
const tokens: Record<'adminA' | 'analystB' | 'bOnA' | 'aOnB', string> = { adminA: '', analystB: '', bOnA: '', aOnB: '' };

async function start(file: string): Promise<Server> {
  const store = await openSqliteStore(path.join(tmp.dir, file));
  const { app } = await buildServer({ store });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { store, app, url: address };
}

async function user(store: Store, name: string, agency: string, role: 'viewer' | 'analyst' | 'admin'): Promise<string> {
  await createUser(store, operator, { name, agency, role, password: null });
  return (await issueToken(store, operator, { user: name, label: `${name} for the federation test` })).secret;
}

async function api(server: Server, token: string, route: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${route}`, {
    ...init, headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  A = await start('a.db');
  B = await start('b.db');
  for (const s of [A, B]) {
    await createAgency(s.store, operator, { id: 'ctd-a', name: 'Counter-Terrorism Department A' });
    await createAgency(s.store, operator, { id: 'ctd-b', name: 'Counter-Terrorism Department B' });
  }
  await importLedger(A.store, fixture.data);
  tokens.adminA = await user(A.store, 'admin-a', 'ctd-a', 'admin');
  tokens.analystB = await user(B.store, 'bina', 'ctd-b', 'analyst');
  // Each server gives the other a machine user in the other's agency; the secrets travel out of band.
  tokens.bOnA = await user(A.store, 'server-b', 'ctd-b', 'analyst');
  tokens.aOnB = await user(B.store, 'server-a', 'ctd-a', 'analyst');
  const keyA = (await api(A, tokens.bOnA, '/api/federation/key')).body;
  const keyB = (await api(B, tokens.aOnB, '/api/federation/key')).body;
  expect(keyA.fingerprint).toMatch(/^ed25519:[0-9a-f]{64}$/);
  await addPeer(A.store, operator, { name: 'b', url: B.url, publicKey: keyB.key, agency: 'ctd-b', token: tokens.aOnB });
  await addPeer(B.store, operator, { name: 'a', url: A.url, publicKey: keyA.key, agency: 'ctd-a', token: tokens.bOnA });
  // Each server's own agreements decide who there sees what a partner sent: B lets its ctd-b users see ctd-a's records.
  await shareWith(B.store, operator, { from: 'ctd-a', to: 'ctd-b', markings: ['TLP:GREEN', 'TLP:AMBER'] });
  await shareWith(A.store, operator, { from: 'ctd-b', to: 'ctd-a', markings: ['TLP:GREEN', 'TLP:AMBER'] });
}, 60_000);

afterAll(async () => {
  for (const s of [A, B]) { await s?.app.close(); await s?.store.close(); }
  tmp.cleanup();
});

let agreement = '';

describe('two Cellgraph servers on loopback', () => {
  it("A's admin shares GREEN and AMBER with ctd-b (RED cannot be shared at all)", async () => {
    const red = await api(A, tokens.adminA, '/api/admin/agreements', { method: 'POST', body: JSON.stringify({ to: 'ctd-b', markings: ['TLP:RED'] }) });
    expect(red.status).toBe(400);
    const made = await api(A, tokens.adminA, '/api/admin/agreements', { method: 'POST', body: JSON.stringify({ to: 'ctd-b', markings: ['TLP:GREEN', 'TLP:AMBER'] }) });
    expect(made.status).toBe(200);
    agreement = made.body.id;
  });

  it('B pulls and sees exactly the GREEN and AMBER records, owned by ctd-a; RED is absent from export, search and stats', async () => {
    const report = await pullFromPeer(B.store, operator, 'a');
    expect(report.received!.length).toBeGreaterThan(0);
    const { green, amber, red } = fixture.ids;
    const seen = (await api(B, tokens.analystB, '/api/export')).body;
    expect(seen.documents.map((d: { id: string }) => d.id).sort()).toEqual([amber.document, green.document].sort());
    expect(seen.claims.map((c: { id: string }) => c.id).sort()).toEqual([amber.claim, green.claim].sort());
    expect(seen.events.map((e: { id: string }) => e.id).sort()).toEqual([amber.event, green.event].sort());
    for (const r of [...seen.documents, ...seen.claims, ...seen.events]) expect(r.agency).toBe('ctd-a');
    // Not hidden from B's users: not on server B at all.
    const everything = JSON.stringify(await exportLedger(B.store));
    for (const needle of [red.document, red.claim, red.event, ...red.names, 'informant']) expect(everything).not.toContain(needle);
    expect((await api(B, tokens.analystB, '/api/search?q=informant')).body.documents).toEqual([]);
    expect((await api(B, tokens.analystB, '/api/search?q=Karachi')).body.documents.map((h: { document: string }) => h.document)).toEqual([amber.document]);
    const stats = (await api(B, tokens.analystB, '/api/stats')).body;
    expect(stats.documents).toBe(2);
    expect(Object.values(stats.claims as Record<string, number>).reduce((n, x) => n + x, 0)).toBe(2);
  });

  it('pulling again changes nothing', async () => {
    const before = { ledger: JSON.stringify(await exportLedger(B.store)), journal: await B.store.lastChange() };
    await pullFromPeer(B.store, operator, 'a');
    await pullFromPeer(B.store, operator, 'a', { full: true });
    expect(JSON.stringify(await exportLedger(B.store))).toBe(before.ledger);
    expect(await B.store.lastChange()).toBe(before.journal);
  });

  it("B's analyst adds a claim and B shares it back: A receives it owned by ctd-b", async () => {
    const { green } = fixture.ids;
    const doc = (await api(B, tokens.analystB, `/api/documents/${green.document}`)).body;
    const text: string = doc.text ?? doc.document?.text;
    const sentence = 'Jamaat-ul-Ahrar split from Tehreek-e-Taliban Pakistan in August 2014.';
    const start = text.indexOf(sentence);
    const posted = await api(B, tokens.analystB, '/api/claims', {
      method: 'POST',
      body: JSON.stringify({ subject: 'ent_a_jamaat_ul_ahrar', predicate: 'rival_of', object: 'ent_a_tehreek_e_taliban_pakistan', evidence: { document: green.document, start, end: start + sentence.length } }),
    });
    expect(posted.status).toBe(200);
    const claimId: string = posted.body.id;
    expect(posted.body).toMatchObject({ agency: 'ctd-b', marking: 'TLP:GREEN' });
    const share = await shareWith(B.store, operator, { from: 'ctd-b', to: 'ctd-a', markings: ['TLP:GREEN'] });
    expect(share.from_agency).toBe('ctd-b');
    const journalA = await A.store.lastChange();
    const pushed = await pushToPeer(B.store, operator, 'a');
    expect(pushed.sent).toMatchObject({ claims: 1, documents: 0, events: 0 });
    const onA = await api(A, tokens.adminA, `/api/claims/${claimId}`);
    expect(onA.status).toBe(200);
    expect(onA.body.claim ?? onA.body).toMatchObject({ id: claimId, agency: 'ctd-b', predicate: 'rival_of', extractor: 'analyst:bina' });
    // Nothing of ctd-a's own came back with it.
    expect((await A.store.listChanges(journalA)).map((c) => `${c.kind}:${c.id}`)).toEqual([`claim:${claimId}`]);
    const received = (await A.store.listAudit({ after: 0 })).filter((e) => e.action === 'federation_receive');
    expect(received.at(-1)!.detail).toMatchObject({ peer_agency: 'ctd-b', claims_added: 1 });
  });

  it('a tampered or unsigned envelope is refused, audited and changes nothing', async () => {
    // What A would send B, fetched the way B fetches it, then posted to B's inbox by the holder of A's token for B.
    const page = (await api(A, tokens.bOnA, '/api/federation/outbox?since=0')).body;
    const genuine = JSON.stringify(page.envelope);
    const at = genuine.indexOf('split from');
    expect(at).toBeGreaterThan(0);
    const tampered = `${genuine.slice(0, at)}split frem${genuine.slice(at + 'split from'.length)}`;
    const unsigned = JSON.stringify({ bundle: page.envelope.bundle, signer: page.envelope.signer });
    const journal = await B.store.lastChange();
    for (const [body, why] of [[tampered, /valid signature/], [unsigned, /not signed/]] as const) {
      const seq = (await B.store.lastAudit())!.seq;
      const refused = await api(B, tokens.aOnB, '/api/federation/inbox', { method: 'POST', body });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(why);
      const entries = await B.store.listAudit({ after: seq });
      expect(entries.map((e) => e.action)).toEqual(['refused']);
      expect(entries[0]!.detail).toMatchObject({ attempt: 'federation_receive' });
    }
    // A genuine envelope signed by A, but carried by B's own analyst: the signer is not the caller's server.
    const misattributed = await api(B, tokens.analystB, '/api/federation/inbox', { method: 'POST', body: genuine });
    expect(misattributed.status).toBe(403);
    // The genuine one from the right caller is accepted, and — already held — changes nothing.
    const ok = await api(B, tokens.aOnB, '/api/federation/inbox', { method: 'POST', body: genuine });
    expect(ok.status).toBe(200);
    expect(await B.store.lastChange()).toBe(journal);
  });

  it('A revokes the agreement: the next pull brings nothing, and a new AMBER record never arrives', async () => {
    expect((await api(A, tokens.adminA, `/api/admin/agreements/${agreement}`, { method: 'DELETE' })).status).toBe(200);
    const late = agencyLedger('ctd-a', 'late');
    const keep = late.ids.amber.document;
    await importLedger(A.store, {
      ...late.data,
      documents: late.data.documents.filter((d) => d.id === keep),
      entities: late.data.entities.filter((e) => e.mentions.some((m) => m.document === keep)),
      claims: late.data.claims.filter((c) => c.id === late.ids.amber.claim),
      events: late.data.events.filter((e) => e.id === late.ids.amber.event),
    });
    const journal = await B.store.lastChange();
    const outbox = (await api(A, tokens.bOnA, '/api/federation/outbox?since=0')).body;
    expect(outbox.counts).toMatchObject({ documents: 0, entities: 0, claims: 0, events: 0 });
    await pullFromPeer(B.store, operator, 'a');
    await pullFromPeer(B.store, operator, 'a', { full: true });
    expect(await B.store.getClaim(late.ids.amber.claim)).toBeNull();
    expect(await B.store.getDocument(keep)).toBeNull();
    expect(await B.store.lastChange()).toBe(journal);
  });
});
