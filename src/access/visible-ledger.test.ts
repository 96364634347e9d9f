/**
 * The visible ledger on a real SQLite store: agency ctd-a owns records under every
 * marking and shares GREEN and AMBER with ctd-b (two-agency-fixture.ts). What ctd-b
 * may not see must be absent from every answer, not refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { makeBrief } from '../app/brief.js';
import { mergeEntities, splitEntity } from '../app/curation.js';
import { exportLedger } from '../app/exchange.js';
import { loadGraphInput } from '../app/graph-input.js';
import { ingest } from '../app/ingest.js';
import { patchClaims } from '../app/review.js';
import { isWorkbenchError, type ErrorCode } from '../core/errors.js';
import type { UserRole } from '../model/access.js';
import type { Ledger, Store } from '../store/store.js';
import { operatorViewer, viewerFor, type Viewer } from './policy.js';
import {
  A, ALIAS_GREEN, B, GREEN_MENTION, GREEN_QUOTE, HIDDEN_FROM_B, HUB, LEVELS, RED_SHADOW, claimOf, ids, seedTwoAgencies, type Level,
} from './two-agency-fixture.js';
import { visibleLedger, type ReadItem } from './visible-ledger.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-visible-'));
let n = 0;
const operator = operatorViewer('cli:test', 'local');

async function seeded(): Promise<Store> {
  const store = await openSqliteStore(path.join(dir, `s${++n}.db`));
  await store.transaction((tx) => seedTwoAgencies(tx));
  return store;
}

async function viewerOf(store: Store, agency: string, role: UserRole = 'analyst'): Promise<Viewer> {
  return viewerFor({ actor: `usr_${agency}_${role}`, agency, role }, await store.listAgreements({ to: agency, active: true }));
}

async function refusal(work: Promise<unknown>): Promise<ErrorCode> {
  try {
    await work;
  } catch (e) {
    if (isWorkbenchError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

const shown: Level[] = ['green', 'amber'];
const hidden: Level[] = ['clear', 'strict', 'red'];
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

let store: Store;
let asB: Ledger;

beforeAll(async () => {
  store = await seeded();
  asB = visibleLedger(store, await viewerOf(store, B));
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('what a partner agency sees', () => {
  it('gets exactly the GREEN and AMBER documents, claims and events; the rest reads as absent', async () => {
    expect(sorted((await asB.listDocuments()).map((d) => d.id))).toEqual(sorted(shown.map((l) => ids(l).document)));
    expect(sorted((await asB.listClaims()).map((c) => c.id))).toEqual(sorted(shown.map((l) => ids(l).claim)));
    expect(sorted((await asB.listEvents()).map((e) => e.id))).toEqual(sorted(shown.map((l) => ids(l).event)));
    for (const level of shown) {
      expect((await asB.getDocument(ids(level).document))?.id).toBe(ids(level).document);
      expect((await asB.getClaim(ids(level).claim))?.id).toBe(ids(level).claim);
      expect((await asB.getEvent(ids(level).event))?.id).toBe(ids(level).event);
    }
    for (const level of hidden) {
      const doc = await store.getDocument(ids(level).document);
      expect(doc).not.toBeNull();
      expect(await asB.getDocument(ids(level).document)).toBeNull();
      expect(await asB.findDocumentBySha(doc!.sha256)).toBeNull();
      expect(await asB.getClaim(ids(level).claim)).toBeNull();
      expect(await asB.getEvent(ids(level).event)).toBeNull();
      expect(await asB.listClaims({ document: ids(level).document })).toEqual([]);
      expect(await asB.listEntities({ document: ids(level).document })).toEqual([]);
    }
    expect(await asB.getClaim('clm_red_shadow')).toBeNull();
  });

  it('sees an entity only through a visible claim, event or mention, and only its visible mentions', async () => {
    const visible = sorted((await asB.listEntities()).map((e) => e.id));
    expect(visible).toEqual(sorted([HUB, GREEN_MENTION, ids('green').brigade, ids('amber').brigade]));
    expect(await asB.getEntity(RED_SHADOW)).toBeNull();
    expect(await asB.getEntity(ids('red').brigade)).toBeNull();
    expect(await asB.getEntity(ids('clear').brigade)).toBeNull();
    expect((await asB.getEntity(GREEN_MENTION))?.name).toBe('Green Mention Cell');
    const hub = (await asB.getEntity(HUB))!;
    expect(sorted(new Set(hub.mentions.map((m) => m.document)))).toEqual(sorted(shown.map((l) => ids(l).document)));
    expect((await store.getEntity(HUB))!.mentions).toHaveLength(5);
    expect((await asB.listEntities()).find((e) => e.id === HUB)?.mention_count).toBe(2);
    expect(await asB.findEntitiesByKeys(['red brigade', 'red shadow cell'])).toEqual([]);
    expect((await asB.findEntitiesByKeys(['hub front', 'red brigade'])).map((e) => [e.id, e.mention_count])).toEqual([[HUB, 2]]);
    expect(await asB.canonicalId(ALIAS_GREEN)).toBe(ids('amber').brigade);
    expect(await asB.canonicalId('ent_alias_red')).toBe('ent_alias_red');
  });

  it('counts only what it sees', async () => {
    expect(await store.stats()).toMatchObject({ documents: 5, claims: { allied_with: 6 }, events: { attack: 5 } });
    expect(await asB.stats()).toEqual({ documents: 2, entities: { organization: 4 }, claims: { allied_with: 2 }, events: { attack: 2 } });
  });

  it('keeps a search page full of visible hits when invisible documents rank first', async () => {
    const raw = await store.searchDocuments('bulletin', 2);
    expect(raw.every((h) => hidden.map((l) => ids(l).document).includes(h.document))).toBe(true);
    expect(sorted((await asB.searchDocuments('bulletin', 2)).map((h) => h.document))).toEqual(sorted(shown.map((l) => ids(l).document)));
    expect((await asB.searchDocuments('bulletin', 1))).toHaveLength(1);
    expect(await asB.searchDocuments('eyes only')).toEqual([]);
  });

  it('walks the neighbourhood over visible claims only', async () => {
    const whole = await store.neighbourhood(ids('green').brigade, { hops: 2 });
    expect(whole.nodes.map((x) => x.id)).toContain(RED_SHADOW);
    const seen = await asB.neighbourhood(ids('green').brigade, { hops: 2 });
    expect(seen).toEqual({
      nodes: [{ id: ids('green').brigade, hops: 0 }, { id: HUB, hops: 1 }, { id: ids('amber').brigade, hops: 2 }],
      claims: sorted([ids('green').claim, ids('amber').claim]),
    });
    expect(await refusal(asB.neighbourhood(RED_SHADOW, { hops: 1 }))).toBe('not_found');
  });

  it('lists same-as suggestions and merges only when both sides are visible', async () => {
    expect((await store.listSameAs()).length).toBe(3);
    expect((await asB.listSameAs()).map((s) => sorted([s.a, s.b]))).toEqual([sorted([ids('green').brigade, ids('amber').brigade])]);
    expect(await asB.listSameAs({ entity: RED_SHADOW })).toEqual([]);
    expect((await asB.listMerges()).map((m) => m.source)).toEqual([ALIAS_GREEN]);
    expect(await asB.listMerges(RED_SHADOW)).toEqual([]);
  });

  it('pages after filtering, so no page is short and offsets skip only visible rows', async () => {
    expect((await store.listClaims({ limit: 1 }))[0]!.id).toBe(ids('clear').claim);
    expect((await asB.listClaims({ limit: 1 })).map((c) => c.id)).toEqual([ids('green').claim]);
    expect((await asB.listClaims({ limit: 1, offset: 1 })).map((c) => c.id)).toEqual([ids('amber').claim]);
    expect(await asB.listClaims({ limit: 1, offset: 2 })).toEqual([]);
    expect((await asB.listEvents({ limit: 5, offset: 1 })).map((e) => e.id)).toEqual([ids('amber').event]);
    const entities = (await asB.listEntities()).map((e) => e.id);
    expect((await asB.listEntities({ limit: 2 })).map((e) => e.id)).toEqual(entities.slice(0, 2));
    expect((await asB.listEntities({ limit: 2, offset: 2 })).map((e) => e.id)).toEqual(entities.slice(2, 4));
  });

  it('leaves no name or quote of an invisible record in anything it answers', async () => {
    const answers = JSON.stringify([
      await asB.listDocuments(), await asB.listClaims(), await asB.listEvents(), await asB.listEntities(),
      await asB.getEntity(HUB), await asB.getEntity(ids('amber').brigade), await asB.listSameAs(), await asB.listMerges(),
      await exportLedger(asB),
    ]);
    for (const secret of HIDDEN_FROM_B) expect(answers).not.toContain(secret);
  });

  it('tells the caller about every AMBER or RED record it returns, and nothing else', async () => {
    const reads: ReadItem[] = [];
    const ledger = visibleLedger(store, await viewerOf(store, B), { onRead: (r) => reads.push(r) });
    await ledger.getClaim(ids('green').claim);
    expect(reads).toEqual([]);
    await ledger.getClaim(ids('amber').claim);
    await ledger.getClaim(ids('red').claim);
    expect(reads).toEqual([{ kind: 'claim', id: ids('amber').claim, marking: 'TLP:AMBER', agency: A }]);
    reads.length = 0;
    await ledger.listDocuments();
    await ledger.searchDocuments('bulletin');
    expect(reads.map((r) => `${r.kind}:${r.id}`)).toEqual([`document:${ids('amber').document}`, `document:${ids('amber').document}`]);
    const own: ReadItem[] = [];
    await visibleLedger(store, await viewerOf(store, A), { onRead: (r) => own.push(r) }).listEvents();
    expect(sorted(own.map((r) => r.marking))).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
  });
});

describe('whole agencies and agreements', () => {
  it("shows an agency all of its own records, and the operator the store itself", async () => {
    const asA = visibleLedger(store, await viewerOf(store, A, 'viewer'));
    expect((await asA.listDocuments()).length).toBe(5);
    expect((await asA.listClaims()).length).toBe(6);
    expect(await asA.stats()).toEqual(await store.stats());
    expect(visibleLedger(store, operator)).toBe(store);
  });

  it('shows nothing once the agreement is revoked, and nothing to an agency without one', async () => {
    const own = await seeded();
    try {
      await own.transaction((tx) => tx.revokeAgreement('agr_a_b', '2026-02-01T00:00:00.000Z'));
      for (const viewer of [await viewerOf(own, B), viewerFor({ actor: 'usr_c', agency: 'ctd-c', role: 'admin' }, await own.listAgreements())]) {
        const ledger = visibleLedger(own, viewer);
        expect(await ledger.listDocuments()).toEqual([]);
        expect(await ledger.listClaims()).toEqual([]);
        expect(await ledger.listEntities()).toEqual([]);
        expect(await ledger.stats()).toEqual({ documents: 0, entities: {}, claims: {}, events: {} });
        expect(await ledger.searchDocuments('bulletin')).toEqual([]);
        expect(await ledger.getEntity(HUB)).toBeNull();
      }
    } finally {
      await own.close();
    }
  });
});

describe('writing through the visible ledger', () => {
  let own: Store;
  beforeAll(async () => { own = await seeded(); });
  afterAll(async () => { await own?.close(); });

  const bClaim = () => claimOf('clm_b_own', ids('green').brigade, HUB, GREEN_QUOTE(), { marking: 'TLP:GREEN', agency: B });

  it('refuses every write to the viewer role', async () => {
    const ledger = visibleLedger(own, await viewerOf(own, B, 'viewer'));
    expect(await refusal(ledger.transaction((tx) => tx.insertClaim(bClaim())))).toBe('forbidden');
    expect(await refusal(ledger.transaction((tx) => tx.renameEntity(HUB, 'Hub', 'hub')))).toBe('forbidden');
    const ownViewer = visibleLedger(own, await viewerOf(own, A, 'viewer'));
    expect(await refusal(ownViewer.transaction((tx) => tx.updateClaim(ids('red').claim, { status: 'rejected' })))).toBe('forbidden');
    expect(await own.getClaim('clm_b_own')).toBeNull();
  });

  it("does not let B's analyst change A's claims: visible ones are forbidden, invisible ones do not exist", async () => {
    const ledger = visibleLedger(own, await viewerOf(own, B));
    expect(await refusal(patchClaims(ledger, [ids('green').claim], { status: 'rejected' }))).toBe('forbidden');
    expect(await refusal(patchClaims(ledger, [ids('red').claim], { status: 'rejected' }))).toBe('not_found');
    expect(await refusal(ledger.transaction((tx) => tx.setDocumentReliability(ids('amber').document, 'A')))).toBe('forbidden');
    expect((await own.getClaim(ids('green').claim))!.status).toBe('accepted');
    expect((await own.getDocument(ids('amber').document))!.reliability).toBeNull();
  });

  it("lets B's analyst file a claim under B, which A does not see without an agreement", async () => {
    const ledger = visibleLedger(own, await viewerOf(own, B));
    expect(await refusal(ledger.transaction((tx) => tx.insertClaim({ ...bClaim(), id: 'clm_as_a', agency: A })))).toBe('forbidden');
    await ledger.transaction((tx) => tx.insertClaim(bClaim()));
    expect((await ledger.getClaim('clm_b_own'))?.agency).toBe(B);
    await ledger.transaction((tx) => tx.updateClaim('clm_b_own', { status: 'disputed' }));
    expect((await own.getClaim('clm_b_own'))!.status).toBe('disputed');
    expect(await visibleLedger(own, await viewerOf(own, A)).getClaim('clm_b_own')).toBeNull();
    const aboutRed = claimOf('clm_b_red', ids('green').brigade, RED_SHADOW, GREEN_QUOTE(), { marking: 'TLP:GREEN', agency: B });
    expect(await refusal(ledger.transaction((tx) => tx.insertClaim(aboutRed)))).toBe('not_found');
  });

  it("lets only the owning agency split an entity out of its documents, since that re-points its records", async () => {
    const asBAnalyst = visibleLedger(own, await viewerOf(own, B));
    expect(await refusal(splitEntity(asBAnalyst, HUB, [ids('green').document], 'Hub Splinter', { name: 'b' }))).toBe('forbidden');
    expect((await own.getEntity(HUB))!.mentions).toHaveLength(5);
    const asAAnalyst = visibleLedger(own, await viewerOf(own, A));
    const split = await splitEntity(asAAnalyst, HUB, [ids('green').document], 'Hub Front (green)', { name: 'a' });
    expect(split).toMatchObject({ mentions: 1, claims: 1, events: 0 });
    expect((await own.getClaim(ids('green').claim))!.object).toBe(split.id);
  });

  it('filters what a transaction reads and needs every entity a curation touches to be visible', async () => {
    const ledger = visibleLedger(own, await viewerOf(own, B));
    await ledger.transaction(async (tx) => {
      expect(await tx.getClaim(ids('red').claim)).toBeNull();
      expect((await tx.listClaims({ entity: HUB })).map((c) => c.id)).not.toContain(ids('red').claim);
    });
    expect(await refusal(mergeEntities(ledger, ids('red').brigade, HUB, { name: 'b' }, 'guess'))).toBe('not_found');
    expect(await refusal(ledger.transaction((tx) => tx.decideSameAs(ids('green').brigade, ids('red').brigade, 'same', 'b')))).toBe('not_found');
    expect(await own.listMerges(ids('red').brigade)).toEqual([]);
    const merge = await mergeEntities(ledger, GREEN_MENTION, HUB, { name: 'b' }, 'same front');
    expect((await ledger.listMerges()).map((m) => m.id)).toContain(merge.id);
    expect(await ledger.canonicalId(GREEN_MENTION)).toBe(HUB);
  });
});

describe('use cases on the visible ledger', () => {
  it('builds the graph input and the brief from visible records only', async () => {
    const input = await loadGraphInput(asB);
    expect(sorted(input.claims.map((c) => c.id))).toEqual(sorted(shown.map((l) => ids(l).claim)));
    expect(sorted(input.events.map((e) => e.id))).toEqual(sorted(shown.map((l) => ids(l).event)));
    expect(sorted((input.documents ?? []).map((d) => d.id))).toEqual(sorted(shown.map((l) => ids(l).document)));
    expect(input.entities.map((e) => e.id)).not.toContain(RED_SHADOW);
    const brief = JSON.stringify(await makeBrief(asB, { topic: null }));
    expect(brief).toContain('Green Brigade');
    for (const secret of HIDDEN_FROM_B) expect(brief).not.toContain(secret);
    expect(LEVELS).toHaveLength(5);
  });

  it("ingests a report for B's analyst under B, resolved against what B sees, and refuses to file it under A", async () => {
    const own = await seeded();
    try {
      const file = path.join(dir, 'b-report.txt');
      writeFileSync(file, 'On 3 March 2021 Tehrik-i-Taliban Pakistan pledged allegiance to Islamic State Khorasan in Quetta, police said.');
      const ledger = visibleLedger(own, await viewerOf(own, B));
      expect(await refusal(ingest(ledger, [file], { marking: 'TLP:GREEN', agency: A }))).toBe('forbidden');
      const report = await ingest(ledger, [file], { marking: 'TLP:GREEN', agency: B });
      const id = report.ingested[0]!.document;
      expect((await ledger.getDocument(id))?.agency).toBe(B);
      const entities = await own.listEntities({ document: id });
      expect(entities.length).toBeGreaterThan(0);
      expect((await ledger.listEntities({ document: id })).map((e) => e.id)).toEqual(entities.map((e) => e.id));
      const asA = visibleLedger(own, await viewerOf(own, A));
      expect(await asA.getDocument(id)).toBeNull();
      expect(await asA.listEntities({ document: id })).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
