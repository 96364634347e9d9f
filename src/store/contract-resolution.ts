/**
 * The resolution part of the store contract: merges (resolved on every read,
 * reversible exactly), splitting an actor by moving mentions and claims, and
 * same-as suggestions whose analyst decisions survive refreshes.
 */
import { describe, expect, it } from 'vitest';
import type { Store, Transaction } from './store.js';
import { errorCode } from './contract.js';
import { DOC_1, DOC_2, entity, mention, seed } from './contract-fixtures.js';

interface Live {
  readonly store: Store;
  readonly write: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
}

/** Everything a reader can see about the seeded ledger, to compare states. */
async function view(s: Store) {
  const ids = ['ent_lej', 'ent_ttp', 'ent_jua', 'ent_kurd', 'ent_quetta'];
  return {
    entities: await Promise.all(ids.map((id) => s.getEntity(id))),
    canonical: await Promise.all(ids.map((id) => s.canonicalId(id))),
    list: await s.listEntities(),
    byKeys: await s.findEntitiesByKeys(['jamaat ahrar', 'ttp', 'lej']),
    claims: await Promise.all(ids.map((id) => s.listClaims({ entity: id }))),
    events: await Promise.all(ids.map((id) => s.listEvents({ entity: id }))),
    stats: await s.stats(),
  };
}

export function resolutionContract(live: () => Live): void {
  describe('merges', () => {
    it('resolves a merged entity to its target on every read', async () => {
      const { store, write } = live();
      await write(seed);
      const merge = await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:amina', 'JuA reunited with TTP'));
      expect(merge).toMatchObject({ source: 'ent_jua', target: 'ent_ttp', actor: 'analyst:amina', reason: 'JuA reunited with TTP', undone_at: null });
      expect(await store.canonicalId('ent_jua')).toBe('ent_ttp');
      const viaSource = await store.getEntity('ent_jua');
      expect(viaSource).toMatchObject({ id: 'ent_ttp', name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP', 'Jamaat-ul-Ahrar'] });
      expect(viaSource!.mentions.map((m) => m.text).sort()).toEqual(['Jamaat-ul-Ahrar', 'TTP', 'Tehrik-i-Taliban Pakistan']);
      expect(await store.getEntity('ent_ttp')).toEqual(viaSource);
      const claims = await store.listClaims({ entity: 'ent_jua' });
      expect(claims.map((c) => [c.id, c.subject, c.object])).toEqual([['clm_jua_ttp', 'ent_ttp', 'ent_ttp']]);
      expect((await store.getClaim('clm_jua_ttp'))!.subject).toBe('ent_ttp');
      expect((await store.listEntities()).map((e) => e.id)).not.toContain('ent_jua');
      expect((await store.listEntities({ document: DOC_2.id })).find((e) => e.id === 'ent_ttp')!.mention_count).toBe(3);
      expect((await store.findEntitiesByKeys(['jamaat ahrar'])).map((e) => e.id)).toEqual(['ent_ttp']);
      expect((await store.stats()).entities).toEqual({ organization: 2, person: 1, place: 1 });
      expect(await store.listMerges('ent_jua')).toEqual([merge]);
    });

    it('resolves events and participants to canonical ids', async () => {
      const { store, write } = live();
      await write(seed);
      await write(async (tx) => {
        await tx.insertEntity(entity('ent_quetta_city', 'place', 'Quetta City', { keys: ['quetta city'] }));
        await tx.mergeEntities('ent_quetta', 'ent_quetta_city', 'analyst:amina', 'duplicate place');
        await tx.mergeEntities('ent_lej', 'ent_ttp', 'analyst:amina', 'test only');
      });
      const events = await store.listEvents({ entity: 'ent_quetta_city' });
      expect(events.map((e) => [e.id, e.place, e.participants[0]!.entity])).toEqual([
        ['evt_bus', 'ent_quetta_city', 'ent_ttp'], ['evt_arrest', 'ent_quetta_city', 'ent_ttp'],
      ]);
      expect((await store.listEvents({ entity: 'ent_lej' })).map((e) => e.id)).toEqual(['evt_bus', 'evt_arrest']);
      expect((await store.getEvent('evt_bus'))!.place).toBe('ent_quetta_city');
    });

    it('undoes a merge exactly and keeps it in the history', async () => {
      const { store, write } = live();
      await write(seed);
      const before = await view(store);
      const merge = await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:amina', 'looked alike'));
      expect(await view(store)).not.toEqual(before);
      await write((tx) => tx.unmerge(merge.id, 'analyst:bilal', 'they are distinct'));
      expect(await view(store)).toEqual(before);
      const [record] = await store.listMerges();
      expect(record).toMatchObject({ id: merge.id, source: 'ent_jua', target: 'ent_ttp' });
      expect(record!.undone_at).not.toBeNull();
      expect(await errorCode(write((tx) => tx.unmerge(merge.id, 'analyst:bilal', 'again')))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.unmerge('mrg_missing', 'analyst:bilal', 'x')))).toBe('not_found');
    });

    it('follows merge chains and unwinds them in any order', async () => {
      const { store, write } = live();
      await write(seed);
      const before = await view(store);
      const first = await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'a', 'r'));
      const second = await write((tx) => tx.mergeEntities('ent_ttp', 'ent_lej', 'a', 'r'));
      expect(await store.canonicalId('ent_jua')).toBe('ent_lej');
      expect((await store.getEntity('ent_jua'))!.aliases).toEqual(['LeJ', 'Tehrik-i-Taliban Pakistan', 'TTP', 'Jamaat-ul-Ahrar']);
      expect((await store.getEntity('ent_jua'))!.mentions).toHaveLength(6);
      const claims = await store.listClaims({ entity: 'ent_jua' });
      expect(claims.map((c) => [c.id, c.subject, c.object])).toEqual([
        ['clm_kurd_leads', 'ent_kurd', 'ent_lej'], ['clm_lej_quetta', 'ent_lej', 'ent_quetta'], ['clm_jua_ttp', 'ent_lej', 'ent_lej'],
      ]);
      expect(await store.listClaims({ entity: 'ent_lej' })).toEqual(claims);
      await write((tx) => tx.unmerge(second.id, 'a', 'r'));
      expect(await store.canonicalId('ent_jua')).toBe('ent_ttp');
      expect(await store.canonicalId('ent_ttp')).toBe('ent_ttp');
      await write((tx) => tx.unmerge(first.id, 'a', 'r'));
      expect(await view(store)).toEqual(before);
    });

    it('refuses merges that cannot be made', async () => {
      const { write } = live();
      await write(seed);
      await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'a', 'r'));
      expect(await errorCode(write((tx) => tx.mergeEntities('ent_jua', 'ent_lej', 'a', 'r')))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.mergeEntities('ent_ttp', 'ent_jua', 'a', 'r')))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.mergeEntities('ent_lej', 'ent_lej', 'a', 'r')))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.mergeEntities('ent_missing', 'ent_lej', 'a', 'r')))).toBe('not_found');
    });
  });

  describe('splitting an actor', () => {
    it('moves mentions and re-points claims and event roles to a new entity', async () => {
      const { store, write } = live();
      await write(seed);
      await write(async (tx) => {
        await tx.insertEntity(entity('ent_lej_al', 'organization', 'Lashkar-e-Jhangvi al-Alami', { keys: ['lashkar jhangvi alami'] }));
        await tx.moveMentions('ent_lej', 'ent_lej_al', [{ document: DOC_2.id, start: mention(DOC_2, 'Lashkar-e-Jhangvi').start }]);
        await tx.repointClaims(['clm_lej_quetta', 'evt_arrest'], 'ent_lej', 'ent_lej_al');
      });
      expect((await store.getEntity('ent_lej'))!.mentions.map((m) => m.document)).toEqual([DOC_1.id, DOC_1.id]);
      expect((await store.getEntity('ent_lej_al'))!.mentions).toEqual([mention(DOC_2, 'Lashkar-e-Jhangvi')]);
      expect((await store.getClaim('clm_lej_quetta'))!.subject).toBe('ent_lej_al');
      expect((await store.getEvent('evt_arrest'))!.participants).toEqual([{ role: 'arrested', entity: 'ent_lej_al' }]);
      expect((await store.getEvent('evt_bus'))!.participants).toEqual([{ role: 'perpetrator', entity: 'ent_lej' }]);
      expect(await errorCode(write((tx) => tx.moveMentions('ent_lej', 'ent_lej_al', [{ document: DOC_2.id, start: 0 }])))).toBe('not_found');
      expect(await errorCode(write((tx) => tx.repointClaims(['clm_jua_ttp'], 'ent_lej', 'ent_lej_al')))).toBe('invalid_input');
      expect(await errorCode(write((tx) => tx.repointClaims(['clm_missing'], 'ent_lej', 'ent_lej_al')))).toBe('not_found');
    });
  });

  describe('same-as suggestions', () => {
    it('stores unordered pairs, refreshes scores and keeps decisions', async () => {
      const { store, write } = live();
      await write(seed);
      await write(async (tx) => {
        await tx.upsertSameAs({ a: 'ent_ttp', b: 'ent_jua', score: 0.6, reasons: ['shared alias'] });
        await tx.upsertSameAs({ a: 'ent_lej', b: 'ent_kurd', score: 0.2, reasons: ['co-mentioned'] });
      });
      const pair = (await store.listSameAs({ entity: 'ent_ttp' }))[0]!;
      expect([pair.a, pair.b].sort()).toEqual(['ent_jua', 'ent_ttp']);
      expect(pair).toMatchObject({ score: 0.6, reasons: ['shared alias'], decision: null, decided_by: null });
      await write((tx) => tx.upsertSameAs({ a: 'ent_jua', b: 'ent_ttp', score: 0.9, reasons: ['shared alias', 'same leader'] }));
      expect(await store.listSameAs({ entity: 'ent_jua' })).toHaveLength(1);
      expect((await store.listSameAs())[0]).toMatchObject({ score: 0.9, reasons: ['shared alias', 'same leader'] });

      await write((tx) => tx.decideSameAs('ent_jua', 'ent_ttp', 'different', 'analyst:amina'));
      await write((tx) => tx.upsertSameAs({ a: 'ent_ttp', b: 'ent_jua', score: 0.95, reasons: ['again'] }));
      const decided = (await store.listSameAs({ entity: 'ent_jua' }))[0]!;
      expect(decided).toMatchObject({ decision: 'different', decided_by: 'analyst:amina' });
      expect(decided.decided_at).not.toBeNull();
      expect((await store.listSameAs({ pending: true })).map((p) => [p.a, p.b].sort())).toEqual([['ent_kurd', 'ent_lej']]);
      expect((await store.listSameAs()).map((p) => p.score)).toEqual([0.95, 0.2]);
      expect(await errorCode(write((tx) => tx.upsertSameAs({ a: 'ent_lej', b: 'ent_missing', score: 1, reasons: [] })))).toBe('not_found');
    });

    it('records a decision on a pair that was never suggested', async () => {
      const { store, write } = live();
      await write(seed);
      await write((tx) => tx.decideSameAs('ent_lej', 'ent_quetta', 'different', 'analyst:bilal'));
      expect(await store.listSameAs({ pending: true })).toEqual([]);
      expect((await store.listSameAs({ entity: 'ent_quetta' }))[0]).toMatchObject({ decision: 'different', decided_by: 'analyst:bilal' });
    });
  });

}
