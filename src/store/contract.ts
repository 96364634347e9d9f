/**
 * The contract every storage engine must pass. `storeContract(name, makeStore)`
 * registers vitest suites; an engine's test file calls it with a factory that gives
 * a fresh empty store and a way to reopen the same data after closing it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWorkbenchError } from '../core/errors.js';
import type { Store, Transaction } from './store.js';
import { claim, DOC_1, DOC_2, entity, event, mention, seed, span } from './contract-fixtures.js';
import { resolutionContract } from './contract-resolution.js';
import { neighbourhoodContract } from './contract-neighbourhood.js';
import { accessContract } from './contract-access.js';

export interface ContractStore {
  readonly store: Store;
  /** Opens the same data again; the suite closes `store` before calling it. */
  reopen(): Promise<Store>;
  /** Runs one SQL statement on the store's database directly, bypassing the store (to prove what the database itself refuses). */
  exec(sql: string): Promise<void>;
}

/** Resolves to the WorkbenchError code a promise rejected with (fails if it resolved). */
export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isWorkbenchError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a WorkbenchError, but the call succeeded');
}

export function storeContract(name: string, makeStore: () => Promise<ContractStore>): void {
  describe(`store contract: ${name}`, () => {
    let handle: ContractStore;
    let store: Store;
    const open: Store[] = [];
    const write = <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => store.transaction(work);

    beforeEach(async () => {
      handle = await makeStore();
      store = handle.store;
      open.push(store);
    });
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });

    describe('documents and search', () => {
      it('stores text verbatim and lists summaries with UTF-16 lengths', async () => {
        await write(seed);
        const got = await store.getDocument(DOC_1.id);
        expect(got).toEqual(DOC_1);
        expect(got!.text).toContain('\r\n');
        const bySha = await store.findDocumentBySha(DOC_2.sha256);
        expect(bySha).toMatchObject({ id: DOC_2.id, title: DOC_2.title, length: DOC_2.text.length });
        expect(bySha).not.toHaveProperty('text');
        const list = await store.listDocuments();
        expect(list.map((d) => [d.id, d.length])).toEqual([[DOC_1.id, DOC_1.text.length], [DOC_2.id, DOC_2.text.length]]);
        expect(await store.getDocument('doc_missing')).toBeNull();
        expect(await store.findDocumentBySha('0'.repeat(64))).toBeNull();
      });

      it('refuses a second document with the same sha256', async () => {
        await write((tx) => tx.insertDocument(DOC_1));
        const code = await errorCode(write((tx) => tx.insertDocument({ ...DOC_1, id: 'doc_copy', title: 'Copy' })));
        expect(code).toBe('conflict');
        expect((await store.listDocuments()).map((d) => d.id)).toEqual([DOC_1.id]);
      });

      it('grades document reliability', async () => {
        await write(seed);
        await write((tx) => tx.setDocumentReliability(DOC_1.id, 'B'));
        expect((await store.getDocument(DOC_1.id))!.reliability).toBe('B');
        await write((tx) => tx.setDocumentReliability(DOC_1.id, null));
        expect((await store.getDocument(DOC_1.id))!.reliability).toBeNull();
        expect(await errorCode(write((tx) => tx.setDocumentReliability('doc_missing', 'A')))).toBe('not_found');
      });

      it('finds words with a snippet, best match first, within the limit', async () => {
        await write(seed);
        const quetta = await store.searchDocuments('quetta');
        expect(quetta.map((h) => h.document).sort()).toEqual([DOC_1.id, DOC_2.id]);
        expect(quetta[0]!.snippet.toLowerCase()).toContain('quetta');
        expect(quetta[0]!.rank).toBeGreaterThanOrEqual(quetta[1]!.rank);
        const title = await store.searchDocuments('bulletin');
        expect(title.map((h) => [h.document, h.title])).toEqual([[DOC_2.id, DOC_2.title]]);
        expect(await store.searchDocuments('Jamaat-ul-Ahrar')).toHaveLength(1);
        expect(await store.searchDocuments('Quetta', 1)).toHaveLength(1);
        expect(await store.searchDocuments('kandahar')).toEqual([]);
        expect((await store.searchDocuments('gunmen quetta')).map((h) => h.document)).toEqual([DOC_1.id]);
        expect((await store.searchDocuments('Jhang*')).map((h) => h.document).sort()).toEqual([DOC_1.id, DOC_2.id]);
      });

      it('treats query syntax as plain text and never throws', async () => {
        await write(seed);
        for (const q of ['"', 'AND OR', '*', 'NEAR(', 'NEAR(quetta', '(', ')', 'title:quetta', '-LeJ', '^x', "'", 'NOT', '""', '{a b}', ':', '   ', '']) {
          const hits = await store.searchDocuments(q);
          expect(Array.isArray(hits), q).toBe(true);
        }
        expect((await store.searchDocuments('"Quetta')).length).toBe(2);
      });
    });

    describe('entities', () => {
      it('reads an entity back with aliases, attributes and ordered mentions', async () => {
        await write(seed);
        const lej = await store.getEntity('ent_lej');
        expect(lej).toMatchObject({
          id: 'ent_lej', type: 'organization', subtype: 'militant_group', name: 'Lashkar-e-Jhangvi',
          aliases: ['LeJ'], lat: null, lon: null, attributes: { designation: 'UN-1' },
        });
        expect(lej!.mentions).toHaveLength(3);
        for (const m of lej!.mentions) {
          const text = m.document === DOC_1.id ? DOC_1.text : DOC_2.text;
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        const quetta = await store.getEntity('ent_quetta');
        expect(quetta).toMatchObject({ lat: 30.18, lon: 66.99, attributes: { country: 'PK', geonames: 1167528 } });
        expect(await store.getEntity('ent_missing')).toBeNull();
      });

      it('lists entities by type and document, with mention counts and paging', async () => {
        await write(seed);
        const all = await store.listEntities();
        // Most mentioned first; creation order breaks ties.
        expect(all.map((e) => [e.id, e.mention_count])).toEqual([
          ['ent_lej', 3], ['ent_ttp', 2], ['ent_quetta', 2], ['ent_jua', 1], ['ent_kurd', 1],
        ]);
        expect(all.find((e) => e.id === 'ent_lej')).toMatchObject({ mention_count: 3, aliases: ['LeJ'] });
        expect(all[0]).not.toHaveProperty('mentions');
        expect((await store.listEntities({ type: 'organization' })).map((e) => e.id)).toEqual(['ent_lej', 'ent_ttp', 'ent_jua']);
        expect((await store.listEntities({ document: DOC_1.id })).map((e) => e.id)).toEqual(['ent_lej', 'ent_quetta', 'ent_kurd']);
        expect((await store.listEntities({ type: 'place', document: DOC_2.id })).map((e) => e.id)).toEqual(['ent_quetta']);
        expect((await store.listEntities({ limit: 2, offset: 1 })).map((e) => e.id)).toEqual(['ent_ttp', 'ent_quetta']);
      });

      it('finds entities by normalised keys, optionally of one type', async () => {
        await write(seed);
        expect((await store.findEntitiesByKeys(['lej', 'quetta'])).map((e) => e.id)).toEqual(['ent_lej', 'ent_quetta']);
        expect((await store.findEntitiesByKeys(['lej', 'quetta'], 'place')).map((e) => e.id)).toEqual(['ent_quetta']);
        expect(await store.findEntitiesByKeys(['nobody'])).toEqual([]);
        expect(await store.findEntitiesByKeys([])).toEqual([]);
      });

      it('adds aliases once and indexes their keys', async () => {
        await write(seed);
        await write((tx) => tx.addAliases('ent_ttp', [
          { alias: 'TTP', key: 'ttp' }, { alias: 'Pakistani Taliban', key: 'pakistani taliban' },
          { alias: 'Tehrik-i-Taliban Pakistan', key: 'tehrik taliban pakistan' },
        ]));
        expect((await store.getEntity('ent_ttp'))!.aliases).toEqual(['TTP', 'Pakistani Taliban']);
        expect((await store.findEntitiesByKeys(['pakistani taliban'])).map((e) => e.id)).toEqual(['ent_ttp']);
        expect(await errorCode(write((tx) => tx.addAliases('ent_missing', [{ alias: 'x', key: 'x' }])))).toBe('not_found');
      });

      it('ignores repeated mentions and refuses unknown entities or duplicates', async () => {
        await write(seed);
        await write((tx) => tx.insertMentions('ent_kurd', [mention(DOC_1, 'Usman Saifullah Kurd')]));
        expect((await store.getEntity('ent_kurd'))!.mentions).toHaveLength(1);
        expect(await errorCode(write((tx) => tx.insertMentions('ent_missing', [mention(DOC_1, 'LeJ')])))).toBe('not_found');
        expect(await errorCode(write((tx) => tx.insertEntity(entity('ent_lej', 'person', 'Someone'))))).toBe('conflict');
        expect((await store.getEntity('ent_lej'))!.type).toBe('organization');
      });

      it('renames an entity, keeping the old name as an alias', async () => {
        await write(seed);
        await write((tx) => tx.renameEntity('ent_kurd', 'Usman Kurd', 'usman kurd'));
        const kurd = await store.getEntity('ent_kurd');
        expect(kurd).toMatchObject({ name: 'Usman Kurd', aliases: ['Usman Saifullah Kurd'] });
        expect((await store.findEntitiesByKeys(['usman kurd'])).map((e) => e.id)).toEqual(['ent_kurd']);
        expect(await errorCode(write((tx) => tx.renameEntity('ent_missing', 'x', 'x')))).toBe('not_found');
      });
    });

    describe('claims and events', () => {
      it('reads claims back with every field and exact quotes', async () => {
        await write(seed);
        const c = await store.getClaim('clm_kurd_leads');
        expect(c).toEqual(claim('clm_kurd_leads', 'ent_kurd', 'leader_of', 'ent_lej', [span(DOC_1, 'Its commander Usman Saifullah Kurd')], {
          valid_from: '2015', credibility: 3, confidence: 0.8,
        }));
        const two = await store.getClaim('clm_lej_quetta');
        expect(two!.evidence.map((e) => e.document)).toEqual([DOC_1.id, DOC_2.id]);
        for (const claimRecord of await store.listClaims()) {
          for (const ev of claimRecord.evidence) {
            const text = (await store.getDocument(ev.document))!.text;
            expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
          }
        }
        expect((await store.getClaim('clm_jua_ttp'))).toMatchObject({ status: 'accepted', former: true, negated: false, valid_from: '2014' });
        expect(await store.getClaim('clm_missing')).toBeNull();
      });

      it('inserts a claim once: the same id again changes nothing', async () => {
        await write(seed);
        await write((tx) => tx.insertClaim(claim('clm_kurd_leads', 'ent_kurd', 'member_of', 'ent_ttp', [], { confidence: 0.1 })));
        expect(await store.getClaim('clm_kurd_leads')).toMatchObject({ predicate: 'leader_of', object: 'ent_lej', confidence: 0.8 });
        expect(await store.listClaims()).toHaveLength(3);
      });

      it('filters claims by status, predicate, entity and document, with paging', async () => {
        await write(seed);
        const ids = async (f: Parameters<Store['listClaims']>[0]) => (await store.listClaims(f)).map((c) => c.id);
        expect(await ids({})).toEqual(['clm_kurd_leads', 'clm_lej_quetta', 'clm_jua_ttp']);
        expect(await ids({ status: 'accepted' })).toEqual(['clm_jua_ttp']);
        expect(await ids({ predicate: 'operates_in' })).toEqual(['clm_lej_quetta']);
        expect(await ids({ entity: 'ent_lej' })).toEqual(['clm_kurd_leads', 'clm_lej_quetta']);
        expect(await ids({ entity: 'ent_ttp' })).toEqual(['clm_jua_ttp']);
        expect(await ids({ document: DOC_2.id })).toEqual(['clm_lej_quetta', 'clm_jua_ttp']);
        expect(await ids({ entity: 'ent_lej', document: DOC_2.id })).toEqual(['clm_lej_quetta']);
        expect(await ids({ limit: 1, offset: 1 })).toEqual(['clm_lej_quetta']);
        expect(await ids({ entity: 'ent_missing' })).toEqual([]);
      });

      it('applies analyst edits to a claim', async () => {
        await write(seed);
        await write((tx) => tx.updateClaim('clm_lej_quetta', {
          status: 'disputed', confidence: 0.4, credibility: 2, valid_from: '2015-05', valid_to: '2016', negated: true, former: true,
        }));
        expect(await store.getClaim('clm_lej_quetta')).toMatchObject({
          status: 'disputed', confidence: 0.4, credibility: 2, valid_from: '2015-05', valid_to: '2016', negated: true, former: true,
        });
        await write((tx) => tx.updateClaim('clm_lej_quetta', { credibility: null, valid_to: null }));
        expect(await store.getClaim('clm_lej_quetta')).toMatchObject({ status: 'disputed', credibility: null, valid_to: null });
        expect(await errorCode(write((tx) => tx.updateClaim('clm_missing', { status: 'accepted' })))).toBe('not_found');
      });

      it('refuses evidence that does not quote its document, and unknown entities', async () => {
        await write(seed);
        const bad = { ...span(DOC_1, 'Quetta'), quote: 'Kandahar' };
        expect(await errorCode(write((tx) => tx.insertClaim(claim('clm_bad', 'ent_lej', 'operates_in', 'ent_quetta', [bad]))))).toBe('invalid_input');
        const outside = { document: DOC_1.id, start: DOC_1.text.length - 1, end: DOC_1.text.length + 5, quote: 'x' };
        expect(await errorCode(write((tx) => tx.insertClaim(claim('clm_bad', 'ent_lej', 'operates_in', 'ent_quetta', [outside]))))).toBe('invalid_input');
        expect(await errorCode(write((tx) => tx.insertClaim(claim('clm_bad', 'ent_lej', 'operates_in', 'ent_nowhere', []))))).toBe('invalid_input');
        await expect(write((tx) => tx.insertClaim(claim('clm_bad', 'ent_nowhere', 'operates_in', 'ent_quetta', []))))
          .rejects.toThrow(/ent_nowhere/);
        const stranger = event('evt_bad', { participants: [{ role: 'perpetrator', entity: 'ent_lej' }, { role: 'target', entity: 'ent_nowhere' }] });
        await expect(write((tx) => tx.insertEvent(stranger))).rejects.toThrow(/ent_nowhere/);
        expect(await errorCode(write((tx) => tx.insertMentions('ent_lej', [{ document: 'doc_nowhere', start: 0, end: 1, text: 'x' }])))).toBe('invalid_input');
        expect(await errorCode(write((tx) => tx.insertEvent(event('evt_bad', { evidence: [bad] }))))).toBe('invalid_input');
        expect(await store.getClaim('clm_bad')).toBeNull();
        expect(await store.getEvent('evt_bad')).toBeNull();
      });

      it('reads events back and filters them by type, entity and document', async () => {
        await write(seed);
        const bus = await store.getEvent('evt_bus');
        expect(bus).toEqual(event('evt_bus', {
          place: 'ent_quetta', killed: 43, participants: [{ role: 'perpetrator', entity: 'ent_lej' }],
          evidence: [span(DOC_1, 'fired on a bus near Quetta, killing 43 people')],
        }));
        expect(await store.getEvent('evt_arrest')).toMatchObject({ amount: { value: 5000, unit: 'PKR' }, arrested: 3, date: null });
        const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).map((e) => e.id);
        expect(await ids({})).toEqual(['evt_bus', 'evt_arrest']);
        expect(await ids({ type: 'arrest' })).toEqual(['evt_arrest']);
        expect(await ids({ entity: 'ent_quetta' })).toEqual(['evt_bus', 'evt_arrest']);
        expect(await ids({ entity: 'ent_lej', document: DOC_1.id })).toEqual(['evt_bus']);
        expect(await ids({ entity: 'ent_kurd' })).toEqual([]);
        expect(await ids({ limit: 1, offset: 1 })).toEqual(['evt_arrest']);
        expect(await store.getEvent('evt_missing')).toBeNull();
        await write((tx) => tx.insertEvent(event('evt_bus', { killed: 1 })));
        expect(await store.getEvent('evt_bus')).toEqual(bus);
      });

      it('counts documents, canonical entities by type, claims by predicate and events by type', async () => {
        await write(seed);
        expect(await store.stats()).toEqual({
          documents: 2,
          entities: { organization: 3, person: 1, place: 1 },
          claims: { leader_of: 1, operates_in: 1, splinter_of: 1 },
          events: { arrest: 1, shooting: 1 },
        });
      });
    });

    describe('transactions and durability', () => {
      it('leaves nothing written when the work throws, and passes the error on', async () => {
        const boom = new Error('boom');
        await expect(write(async (tx) => {
          await seed(tx);
          throw boom;
        })).rejects.toBe(boom);
        expect(await store.listDocuments()).toEqual([]);
        expect(await store.listEntities()).toEqual([]);
        expect(await store.listClaims()).toEqual([]);
        expect(await store.stats()).toEqual({ documents: 0, entities: {}, claims: {}, events: {} });
        await write(seed); // the store is still usable
        expect((await store.stats()).documents).toBe(2);
      });

      it('undoes a failed write whole when the work catches the error and commits', async () => {
        await write(async (tx) => {
          await seed(tx);
          const half = claim('clm_half', 'ent_lej', 'operates_in', 'ent_quetta', [span(DOC_1, 'Quetta'), { document: 'doc_missing', start: 0, end: 1, quote: 'x' }]);
          expect(await errorCode(tx.insertClaim(half))).toBe('invalid_input');
          const mixed = [mention(DOC_2, 'Quetta'), { document: 'doc_missing', start: 0, end: 1, text: 'x' }];
          expect(await errorCode(tx.insertMentions('ent_kurd', mixed))).toBe('invalid_input');
          const stranger = event('evt_half', { participants: [{ role: 'perpetrator', entity: 'ent_lej' }, { role: 'target', entity: 'ent_nowhere' }] });
          expect(await errorCode(tx.insertEvent(stranger))).toBe('invalid_input');
          await tx.insertClaim(claim('clm_after', 'ent_kurd', 'member_of', 'ent_lej', []));
        });
        expect((await store.getEntity('ent_kurd'))!.mentions).toHaveLength(1);
        expect(await store.getEvent('evt_half')).toBeNull();
        expect(await store.getClaim('clm_half')).toBeNull();
        expect(await store.getClaim('clm_after')).not.toBeNull();
      });

      it('returns the work result, sees its own writes, and refuses nested or finished transactions', async () => {
        let saved: Transaction | null = null;
        const result = await write(async (tx) => {
          saved = tx;
          await tx.insertDocument(DOC_1);
          expect((await tx.getDocument(DOC_1.id))!.text).toBe(DOC_1.text);
          expect(await errorCode(store.transaction(async () => 1))).toBe('internal');
          return 42;
        });
        expect(result).toBe(42);
        expect(await errorCode(saved!.insertDocument(DOC_2))).toBe('internal');
        expect(await store.findDocumentBySha(DOC_2.sha256)).toBeNull();
      });

      it('runs concurrent transactions one after the other', async () => {
        await Promise.all([
          write(async (tx) => { await tx.insertDocument(DOC_1); await new Promise((r) => setTimeout(r, 5)); }),
          write(async (tx) => { await tx.insertDocument(DOC_2); }),
        ]);
        expect((await store.listDocuments()).map((d) => d.id)).toEqual([DOC_1.id, DOC_2.id]);
      });

      it('keeps everything after closing and reopening', async () => {
        await write(seed);
        await write(async (tx) => {
          await tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:test', 'same group');
          await tx.upsertSameAs({ a: 'ent_lej', b: 'ent_kurd', score: 0.3, reasons: ['co-mentioned'] });
          await tx.setDocumentReliability(DOC_2.id, 'C');
        });
        const snapshot = async (s: Store) => ({
          docs: await Promise.all([DOC_1.id, DOC_2.id].map((id) => s.getDocument(id))),
          entities: await s.listEntities(),
          ttp: await s.getEntity('ent_jua'),
          claims: await s.listClaims(),
          events: await s.listEvents(),
          merges: await s.listMerges(),
          sameAs: await s.listSameAs(),
          stats: await s.stats(),
          search: await s.searchDocuments('Quetta'),
        });
        const before = await snapshot(store);
        await store.close();
        const again = await handle.reopen();
        open.push(again);
        expect(await snapshot(again)).toEqual(before);
      });
    });

    resolutionContract(() => ({ store, write }));
    neighbourhoodContract(() => ({ store, write }));
    accessContract(() => ({ store, write, exec: (sql) => handle.exec(sql) }));
  });
}
