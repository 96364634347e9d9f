/**
 * The visible ledger on PostgreSQL: the same two-agency ledger as the SQLite tests,
 * checked on the answers whose engine side differs (tsvector search, the SQL
 * neighbourhood walk, stats, writes in a transaction on another connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../adapters/postgres/postgres-store.js';
import { createScratch, type Scratch } from '../adapters/postgres/scratch.js';
import { isWorkbenchError } from '../core/errors.js';
import type { Ledger, Store } from '../store/store.js';
import { viewerFor } from './policy.js';
import { B, GREEN_QUOTE, HUB, RED_SHADOW, claimOf, ids, seedTwoAgencies } from './two-agency-fixture.js';
import { visibleLedger } from './visible-ledger.js';

let scratch: Scratch;
let store: Store;
let asB: Ledger;

beforeAll(async () => {
  scratch = await createScratch();
  store = await openPostgresStore(await scratch.freshUrl());
  await store.transaction((tx) => seedTwoAgencies(tx));
  asB = visibleLedger(store, viewerFor({ actor: 'usr_b', agency: B, role: 'analyst' }, await store.listAgreements({ active: true })));
});

afterAll(async () => {
  await store?.close();
  await scratch?.drop();
});

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

describe('visible ledger on PostgreSQL', () => {
  it('shows B the GREEN and AMBER records only, in lists, counts, search and the neighbourhood', async () => {
    expect(sorted((await asB.listClaims()).map((c) => c.id))).toEqual([ids('amber').claim, ids('green').claim]);
    expect(await asB.getDocument(ids('red').document)).toBeNull();
    expect(await asB.getEntity(RED_SHADOW)).toBeNull();
    expect(await asB.stats()).toEqual({ documents: 2, entities: { organization: 4 }, claims: { allied_with: 2 }, events: { attack: 2 } });
    expect(sorted((await asB.searchDocuments('bulletin', 2)).map((h) => h.document))).toEqual([ids('amber').document, ids('green').document]);
    const seen = await asB.neighbourhood(ids('green').brigade, { hops: 2 });
    expect(seen.nodes.map((x) => x.id)).toEqual([ids('green').brigade, HUB, ids('amber').brigade]);
  });

  it("files B's claim under B and refuses to change A's", async () => {
    await asB.transaction((tx) => tx.insertClaim(claimOf('clm_b_pg', ids('green').brigade, HUB, GREEN_QUOTE(), { marking: 'TLP:GREEN', agency: B })));
    expect((await asB.getClaim('clm_b_pg'))?.agency).toBe(B);
    const refused = await asB.transaction((tx) => tx.updateClaim(ids('green').claim, { status: 'rejected' })).catch((e: unknown) => e);
    expect(isWorkbenchError(refused) && refused.code).toBe('forbidden');
    expect((await store.getClaim(ids('green').claim))!.status).toBe('accepted');
  });
});
