/**
 * Federation use cases on two SQLite stores, with the HTTP hop replaced by a direct
 * call into the other server's federation port (the two-server test over real HTTP
 * is test/e2e/federation.test.ts). Server A holds agency ctd-a's GREEN, AMBER and RED
 * records; B stands for ctd-b.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { operatorViewer, viewerFor, type Viewer } from '../access/policy.js';
import { visibleLedger } from '../access/visible-ledger.js';
import { isWorkbenchError } from '../core/errors.js';
import { signBundle, generateServerKeys } from '../share/federation/index.js';
import type { Store } from '../store/store.js';
import { createAgency } from './accounts.js';
import { exportLedger, importLedger } from './exchange.js';
import { addPeer, federationPort, findPeer, listPeers, removePeer, serverKeys, serverPublicKey } from './federation.js';
import { agencyLedger } from './federation-fixture.js';
import { buildOutbox } from './federation-outbox.js';
import { pullFromPeer, pushToPeer } from './federation-sync.js';
import { revokeAgreement, shareWith } from './sharing.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-federation-'));
const operator = operatorViewer('cli:test', 'local');
let a: Store;
let b: Store;
const fixture = agencyLedger('ctd-a', 'a');

/** A machine user of `agency` calling `store`'s federation routes, as the server would build it. */
async function callerOn(store: Store, agency: string, role: Viewer['role'] = 'analyst'): Promise<Viewer> {
  return viewerFor({ actor: `usr_${agency}_machine`, agency, role }, await store.listAgreements({ to: agency, active: true }));
}

/** A fetch that answers the way the other server's federation routes do, without a socket. */
function wire(servers: Record<string, { store: Store; callerAgency: string }>): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const server = servers[url.origin];
    if (!server) throw new Error(`no server at ${url.origin}`);
    const caller = await callerOn(server.store, server.callerAgency);
    const port = federationPort(server.store, caller);
    try {
      const body = url.pathname === '/api/federation/outbox'
        ? await port.outbox(visibleLedger(server.store, caller), Number(url.searchParams.get('since') ?? 0))
        : await port.receive(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify(body), { status: 200 });
    } catch (e) {
      if (!isWorkbenchError(e)) throw e;
      return new Response(JSON.stringify({ error: { code: e.code, message: e.message } }), { status: e.code === 'forbidden' ? 403 : 400 });
    }
  }) as typeof fetch;
}

const A_URL = 'http://a.test';
const B_URL = 'http://b.test';
let fetchForB: typeof fetch;
let fetchForA: typeof fetch;
let agreementAtoB: string;

const allText = async (store: Store): Promise<string> => JSON.stringify(await exportLedger(store));
const lastAudit = async (store: Store) => (await store.lastAudit())!;

beforeAll(async () => {
  a = await openSqliteStore(path.join(dir, 'a.db'));
  b = await openSqliteStore(path.join(dir, 'b.db'));
  for (const store of [a, b]) {
    await createAgency(store, operator, { id: 'ctd-a', name: 'CTD A' });
    await createAgency(store, operator, { id: 'ctd-b', name: 'CTD B' });
  }
  await importLedger(a, fixture.data);
  await addPeer(a, operator, { name: 'b', url: B_URL, publicKey: (await serverPublicKey(b)).key, agency: 'ctd-b', token: 'token-from-b' });
  await addPeer(b, operator, { name: 'a', url: A_URL, publicKey: (await serverPublicKey(a)).key, agency: 'ctd-a', token: 'token-from-a' });
  agreementAtoB = (await shareWith(a, operator, { from: 'ctd-a', to: 'ctd-b', markings: ['TLP:GREEN', 'TLP:AMBER'] })).id;
  // B calls A as ctd-b's machine user; A calls B as ctd-a's.
  fetchForB = wire({ [A_URL]: { store: a, callerAgency: 'ctd-b' } });
  fetchForA = wire({ [B_URL]: { store: b, callerAgency: 'ctd-a' } });
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('federation between two stores', () => {
  it('keeps one key pair per server and refuses a peer with our own key or an unknown agency', async () => {
    expect((await serverKeys(a)).publicKey).toBe((await serverPublicKey(a)).key);
    expect((await serverPublicKey(a)).fingerprint).not.toBe((await serverPublicKey(b)).fingerprint);
    await expect(addPeer(a, operator, { name: 'self', url: A_URL, publicKey: (await serverPublicKey(a)).key, agency: 'ctd-b' })).rejects.toThrow(/own key/);
    await expect(addPeer(a, operator, { name: 'x', url: B_URL, publicKey: generateServerKeys().publicKey, agency: 'ctd-z' })).rejects.toThrow(/no agency "ctd-z"/);
    await expect(addPeer(a, operator, { name: 'x', url: 'ftp://b', publicKey: generateServerKeys().publicKey, agency: 'ctd-b' })).rejects.toThrow(/http or https/);
    const analyst = await callerOn(a, 'ctd-a');
    await expect(listPeers(a, analyst)).rejects.toThrow(/admin role/);
    expect((await lastAudit(a)).action).toBe('refused');
    expect((await listPeers(a, operator)).map((p) => [p.name, p.agency, p.has_token])).toEqual([['b', 'ctd-b', true]]);
  });

  it('B pulls exactly what the agreement gives ctd-b, owned by ctd-a; RED never leaves', async () => {
    const report = await pullFromPeer(b, operator, 'a', { fetch: fetchForB });
    expect(report.cursor).toBe(await a.lastChange());
    const held = await exportLedger(b);
    const { green, amber, red } = fixture.ids;
    expect(held.documents.map((d) => d.id).sort()).toEqual([amber.document, green.document].sort());
    expect(held.claims.map((c) => c.id).sort()).toEqual([amber.claim, green.claim].sort());
    expect(held.events.map((e) => e.id).sort()).toEqual([amber.event, green.event].sort());
    expect([...held.documents, ...held.claims, ...held.events].every((r) => r.agency === 'ctd-a')).toBe(true);
    expect(held.claims.find((c) => c.id === amber.claim)!.marking).toBe('TLP:AMBER');
    const text = await allText(b);
    for (const needle of [red.document, red.claim, red.event, ...red.names]) expect(text).not.toContain(needle);
    for (const name of [...green.names, ...amber.names]) expect(text).toContain(name);
    // As in the source: what B holds is what A holds of those records.
    const origin = await exportLedger(a);
    for (const c of held.claims) expect(c).toEqual(origin.claims.find((x) => x.id === c.id));
    const audit = await lastAudit(b);
    expect(audit).toMatchObject({ action: 'share', target: (await findPeer(b, 'a')).id });
    expect(audit.detail).toMatchObject({ direction: 'pull' });
  });

  it('pulling again changes nothing; a full re-pull changes nothing either', async () => {
    const before = { text: await allText(b), journal: await b.lastChange() };
    const again = await pullFromPeer(b, operator, 'a', { fetch: fetchForB });
    expect(again.received!.every((r) => r.claims.added + r.claims.updated + r.documents.added === 0)).toBe(true);
    const full = await pullFromPeer(b, operator, 'a', { fetch: fetchForB, full: true });
    expect(full.received!.reduce((n, r) => n + r.claims.unchanged, 0)).toBe(2);
    expect(await allText(b)).toBe(before.text);
    expect(await b.lastChange()).toBe(before.journal);
  });

  it('a claim accepted on the origin is updated on the receiver', async () => {
    await a.transaction((tx) => tx.updateClaim(fixture.ids.green.claim, { status: 'accepted', credibility: 2 }));
    const report = await pullFromPeer(b, operator, 'a', { fetch: fetchForB });
    expect(report.received!.reduce((n, r) => n + r.claims.updated, 0)).toBe(1);
    expect(await b.getClaim(fixture.ids.green.claim)).toMatchObject({ status: 'accepted', credibility: 2, agency: 'ctd-a' });
  });

  it('B adds a claim and shares it back; A receives it owned by ctd-b and nothing of its own comes back', async () => {
    const { green } = fixture.ids;
    const held = await b.getClaim(green.claim);
    await b.transaction((tx) => tx.insertClaim({
      ...held!, id: 'clm_b_own', predicate: 'affiliated_with', status: 'accepted', agency: 'ctd-b', marking: 'TLP:GREEN', extractor: 'analyst:bina',
    }));
    await shareWith(b, operator, { from: 'ctd-b', to: 'ctd-a', markings: ['TLP:GREEN'] });
    const journalA = await a.lastChange();
    const pushed = await pushToPeer(b, operator, 'a', { fetch: fetchForB });
    expect(pushed.sent).toMatchObject({ claims: 1, documents: 0 });
    const got = await a.getClaim('clm_b_own');
    expect(got).toMatchObject({ agency: 'ctd-b', predicate: 'affiliated_with', marking: 'TLP:GREEN' });
    // Only the new claim was written on A: ctd-a's own records were not echoed back.
    expect((await a.listChanges(journalA)).map((c) => `${c.kind}:${c.id}`)).toEqual(['claim:clm_b_own']);
    const audit = (await a.listAudit({ after: 0 })).filter((e) => e.action === 'federation_receive');
    expect(audit.at(-1)!.detail).toMatchObject({ peer_agency: 'ctd-b', claims_added: 1 });
    // A pulls from B: the same claim again, nothing new.
    const pulled = await pullFromPeer(a, operator, 'b', { fetch: fetchForA });
    expect(pulled.received!.reduce((n, r) => n + r.claims.added, 0)).toBe(0);
  });

  it('a revoked agreement stops the flow: a new AMBER record never arrives', async () => {
    await revokeAgreement(a, operator, agreementAtoB);
    const later = agencyLedger('ctd-a', 'late');
    await importLedger(a, { ...later.data, documents: later.data.documents.filter((d) => d.marking === 'TLP:AMBER'),
      entities: later.data.entities.filter((e) => e.mentions.some((m) => m.document === later.ids.amber.document)),
      claims: later.data.claims.filter((c) => c.marking === 'TLP:AMBER'), events: later.data.events.filter((e) => e.marking === 'TLP:AMBER') });
    const before = await b.lastChange();
    const empty = await buildOutbox(a, visibleLedger(a, await callerOn(a, 'ctd-b')), await callerOn(a, 'ctd-b'), 0);
    expect(empty.counts).toMatchObject({ documents: 0, claims: 0, events: 0, kept: 0 });
    await pullFromPeer(b, operator, 'a', { fetch: fetchForB });
    expect(await b.getClaim(later.ids.amber.claim)).toBeNull();
    expect(await b.lastChange()).toBe(before);
  });

  it('refuses and audits a tampered, an unsigned, an unknown and a misattributed envelope, writing nothing', async () => {
    const fromB = await buildOutbox(b, visibleLedger(b, await callerOn(b, 'ctd-a')), await callerOn(b, 'ctd-a'), 0);
    expect(fromB.counts.claims).toBe(1);
    const asB = await callerOn(a, 'ctd-b');
    await a.transaction((tx) => tx.updateClaim('clm_b_own', { status: 'disputed' }));
    const journal = await a.lastChange();
    const tampered = JSON.parse(JSON.stringify(fromB.envelope).replace('affiliated', 'affiliatee'));
    const unsigned = { bundle: fromB.envelope.bundle, signer: fromB.envelope.signer };
    const unknown = signBundle(fromB.envelope.bundle, generateServerKeys());
    const cases: Array<[unknown, Viewer, RegExp]> = [
      [tampered, asB, /valid signature/],
      [unsigned, asB, /not signed/],
      [unknown, asB, /no peer/],
      // Signed by B, but the token is ctd-a's own: a peer may only speak for itself.
      [fromB.envelope, await callerOn(a, 'ctd-a'), /not by the server of agency ctd-a/],
    ];
    for (const [body, caller, why] of cases) {
      const seq = (await lastAudit(a)).seq;
      await expect(federationPort(a, caller).receive(body)).rejects.toThrow(why);
      const entry = await lastAudit(a);
      expect(entry.seq).toBe(seq + 1);
      expect(entry.action).toBe('refused');
    }
    expect(await a.lastChange()).toBe(journal);
    expect((await a.getClaim('clm_b_own'))!.status).toBe('disputed');
    // The genuine envelope is accepted, and updates B's claim back to what B holds.
    const ok = await federationPort(a, asB).receive(fromB.envelope);
    expect(ok.claims.updated).toBe(1);
    expect((await a.getClaim('clm_b_own'))!.status).toBe('accepted');
  });

  it('a peer can be removed; what it sent stays', async () => {
    await removePeer(b, operator, 'a');
    expect(await listPeers(b, operator)).toEqual([]);
    expect(await b.getClaim(fixture.ids.green.claim)).not.toBeNull();
  });
});
