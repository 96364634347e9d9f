/**
 * The neighbourhood part of the store contract: hops counted undirected, as-of
 * dates read with partial-date precision at month boundaries, the status and
 * negation rules of the projection, and merged entities resolved.
 */
import { describe, expect, it } from 'vitest';
import type { Store, Transaction } from './store.js';
import { errorCode } from './contract.js';
import { claim, DOC_1, DOC_2, entity, seed, span } from './contract-fixtures.js';

interface Live {
  readonly store: Store;
  readonly write: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
}

const EV = (): ReturnType<typeof span>[] => [span(DOC_2, 'Jamaat-ul-Ahrar broke away')];

/**
 * The seeded ledger plus a small web around LeJ: Kurd leads it from 2014-09, TTP is
 * its ally until 2014-08, JuA splits from TTP, a person belongs to JuA (3 hops out),
 * and one proposed, one rejected and one negated tie.
 */
async function web(tx: Transaction): Promise<void> {
  await seed(tx);
  for (const id of ['ent_far', 'ent_prop', 'ent_rej', 'ent_neg']) {
    await tx.insertEntity(entity(id, id === 'ent_far' ? 'person' : 'organization', `Test ${id}`));
  }
  const accepted = { status: 'accepted' as const };
  await tx.insertClaim(claim('nb_kurd_lej', 'ent_kurd', 'leader_of', 'ent_lej', [span(DOC_1, 'Its commander Usman Saifullah Kurd')], { ...accepted, valid_from: '2014-09' }));
  await tx.insertClaim(claim('nb_lej_quetta', 'ent_lej', 'operates_in', 'ent_quetta', [span(DOC_1, 'near Quetta')], accepted));
  await tx.insertClaim(claim('nb_ttp_lej', 'ent_ttp', 'allied_with', 'ent_lej', EV(), { ...accepted, valid_from: '2010', valid_to: '2014-08' }));
  await tx.insertClaim(claim('nb_jua_ttp', 'ent_jua', 'splinter_of', 'ent_ttp', EV(), { status: 'disputed' }));
  await tx.insertClaim(claim('nb_far_jua', 'ent_far', 'member_of', 'ent_jua', EV(), accepted));
  await tx.insertClaim(claim('nb_lej_prop', 'ent_lej', 'rival_of', 'ent_prop', EV(), { status: 'proposed' }));
  await tx.insertClaim(claim('nb_lej_rej', 'ent_lej', 'rival_of', 'ent_rej', EV(), { status: 'rejected' }));
  await tx.insertClaim(claim('nb_lej_neg', 'ent_lej', 'allied_with', 'ent_neg', EV(), { ...accepted, negated: true }));
}

const ids = (n: { nodes: Array<{ id: string; hops: number }> }): string[] => n.nodes.map((x) => `${x.id}@${x.hops}`);

export function neighbourhoodContract(live: () => Live): void {
  describe('neighbourhood', () => {
    it('walks accepted and disputed claims undirected, hop by hop', async () => {
      const { store, write } = live();
      await write(web);
      // The seed's own claims: clm_kurd_leads and clm_lej_quetta are proposed, clm_jua_ttp accepted.
      const one = await store.neighbourhood('ent_lej', { hops: 1 });
      expect(ids(one)).toEqual(['ent_lej@0', 'ent_kurd@1', 'ent_quetta@1', 'ent_ttp@1']);
      expect(one.claims).toEqual(['nb_kurd_lej', 'nb_lej_quetta', 'nb_ttp_lej']);
      const two = await store.neighbourhood('ent_lej', { hops: 2 });
      expect(ids(two)).toEqual(['ent_lej@0', 'ent_kurd@1', 'ent_quetta@1', 'ent_ttp@1', 'ent_jua@2']);
      expect(two.claims).toEqual(['clm_jua_ttp', 'nb_jua_ttp', 'nb_kurd_lej', 'nb_lej_quetta', 'nb_ttp_lej']);
      expect(ids(await store.neighbourhood('ent_lej', { hops: 3 }))).toContain('ent_far@3');
      expect(ids(await store.neighbourhood('ent_lej', { hops: 0 }))).toEqual(['ent_lej@0']);
    });

    it('reads as-of dates with month precision at both ends', async () => {
      const { store, write } = live();
      await write(web);
      // Kurd leads from "2014-09" (from Sept 1st); the TTP alliance runs to "2014-08" (to Aug 31st).
      for (const day of ['2014-09-01', '2014-09-30', '2014-09']) {
        expect(ids(await store.neighbourhood('ent_lej', { hops: 2, asOf: day }))).toEqual(['ent_lej@0', 'ent_kurd@1', 'ent_quetta@1']);
      }
      const before = await store.neighbourhood('ent_lej', { hops: 2, asOf: '2014-08-31' });
      expect(ids(before)).toEqual(['ent_lej@0', 'ent_quetta@1', 'ent_ttp@1', 'ent_jua@2']);
      expect(before.claims).not.toContain('nb_kurd_lej');
      // A year as of covers both sides of the boundary.
      expect(ids(await store.neighbourhood('ent_lej', { hops: 1, asOf: '2014' }))).toEqual(['ent_lej@0', 'ent_kurd@1', 'ent_quetta@1', 'ent_ttp@1']);
      expect(ids(await store.neighbourhood('ent_lej', { hops: 1, asOf: '2009-12-31' }))).toEqual(['ent_lej@0', 'ent_quetta@1']);
    });

    it('follows analyst edits of the validity dates', async () => {
      const { store, write } = live();
      await write(web);
      await write((tx) => tx.updateClaim('nb_ttp_lej', { valid_to: null }));
      expect(ids(await store.neighbourhood('ent_lej', { hops: 1, asOf: '2020-01-01' }))).toContain('ent_ttp@1');
      await write((tx) => tx.updateClaim('nb_kurd_lej', { valid_from: '2014-09-15' }));
      expect(ids(await store.neighbourhood('ent_lej', { hops: 1, asOf: '2014-09-14' }))).not.toContain('ent_kurd@1');
    });

    it('takes proposed claims only when asked, rejected and negated never', async () => {
      const { store, write } = live();
      await write(web);
      const plain = await store.neighbourhood('ent_lej', { hops: 1 });
      expect(plain.claims).not.toContain('nb_lej_prop');
      const wide = await store.neighbourhood('ent_lej', { hops: 1, includeProposed: true });
      expect(ids(wide)).toContain('ent_prop@1');
      expect(wide.claims).toEqual(expect.arrayContaining(['nb_lej_prop', 'clm_kurd_leads', 'clm_lej_quetta']));
      expect(wide.claims).not.toContain('nb_lej_rej');
      expect(wide.claims).not.toContain('nb_lej_neg');
      expect(wide.nodes.map((n) => n.id)).not.toEqual(expect.arrayContaining(['ent_rej']));
      expect(wide.nodes.map((n) => n.id)).not.toContain('ent_neg');
    });

    it('resolves merged entities at the start and along the way', async () => {
      const { store, write } = live();
      await write(web);
      await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:test', 'same group'));
      expect(ids(await store.neighbourhood('ent_lej', { hops: 2 })))
        .toEqual(['ent_lej@0', 'ent_kurd@1', 'ent_quetta@1', 'ent_ttp@1', 'ent_far@2']);
      const fromSource = await store.neighbourhood('ent_jua', { hops: 1 });
      expect(ids(fromSource)).toEqual(['ent_ttp@0', 'ent_far@1', 'ent_lej@1']);
      expect(fromSource.claims).toContain('nb_jua_ttp');
    });

    it('refuses bad options and unknown entities', async () => {
      const { store, write } = live();
      await write(web);
      expect(await errorCode(store.neighbourhood('ent_lej', { hops: -1 }))).toBe('invalid_input');
      expect(await errorCode(store.neighbourhood('ent_lej', { hops: 1.5 }))).toBe('invalid_input');
      expect(await errorCode(store.neighbourhood('ent_lej', { hops: 1, asOf: '2014-13' }))).toBe('invalid_input');
      expect(await errorCode(store.neighbourhood('ent_missing', { hops: 1 }))).toBe('not_found');
    });
  });
}
