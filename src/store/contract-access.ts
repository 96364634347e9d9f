/**
 * The access part of the store contract (schema v3): agencies, users, tokens,
 * sessions, agreements, the audit log (append-only in the database itself), peers,
 * foreign objects, settings, the owning agency of records, and the change journal
 * federation reads.
 */
import { describe, expect, it } from 'vitest';
import type { Store, Transaction } from './store.js';
import type { AgreementRecord, AuditEntry, ChangeEntry, PeerRecord, TokenRecord, UserRecord } from './access.js';
import { errorCode } from './contract.js';
import { claim, DOC_1, DOC_2, event, mention, seed, span } from './contract-fixtures.js';

interface Live {
  readonly store: Store;
  readonly write: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  /** Runs one SQL statement on the database directly, bypassing the store. */
  readonly exec: (sql: string) => Promise<void>;
}

const AT = '2026-02-01T10:00:00.000Z';

const user = (id: string, name: string, agency: string, extra: Partial<UserRecord> = {}): UserRecord => ({
  id, name, agency, role: 'analyst', password_hash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA', created_at: AT, disabled_at: null, ...extra,
});

const token = (id: string, userId: string, hash: string): TokenRecord => ({
  id, user: userId, label: `label of ${id}`, hash, created_at: AT, expires_at: '2027-01-01T00:00:00.000Z', revoked_at: null,
});

const agreement = (id: string, from: string, to: string, markings: AgreementRecord['markings'], at: string): AgreementRecord => ({
  id, from_agency: from, to_agency: to, markings, created_by: 'usr_admin', created_at: at, revoked_at: null,
});

const peer = (id: string, agency: string): PeerRecord => ({
  id, name: `Peer ${id}`, agency, url: 'http://127.0.0.1:8081', public_key: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
  token: null, pulled_seq: 0, pushed_seq: 0, created_at: AT,
});

function audit(seq: number, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq, at: `2026-02-01T10:00:0${seq}.000Z`, actor: 'usr_amina', agency: 'ctd-punjab', action: 'read', target: `clm_${seq}`,
    // Key order deliberately not alphabetical: it must read back exactly as written.
    detail: { zeta: 1, alpha: 'x', ok: true, none: null },
    prev_hash: seq === 1 ? '0'.repeat(64) : String(seq - 1).repeat(64).slice(0, 64), hash: String(seq).repeat(64).slice(0, 64),
    ...extra,
  };
}

async function agencies(tx: Transaction): Promise<void> {
  await tx.insertAgency({ id: 'ctd-punjab', name: 'CTD Punjab', created_at: AT });
  await tx.insertAgency({ id: 'ctd-kp', name: 'CTD Khyber Pakhtunkhwa', created_at: AT });
  await tx.insertAgency({ id: 'ctd-sindh', name: 'CTD Sindh', created_at: AT });
}

const keys = (changes: readonly ChangeEntry[]): string[] => changes.map((c) => `${c.kind}:${c.id}`);

export function accessContract(live: () => Live): void {
  describe('agencies and accounts', () => {
    it('stores agencies and users, finds users by name and agency, and patches them', async () => {
      const { store, write } = live();
      await write(agencies);
      expect(await store.getAgency('ctd-kp')).toEqual({ id: 'ctd-kp', name: 'CTD Khyber Pakhtunkhwa', created_at: AT });
      expect(await store.getAgency('nowhere')).toBeNull();
      expect((await store.listAgencies()).map((a) => a.id)).toEqual(['local', 'ctd-punjab', 'ctd-kp', 'ctd-sindh']);
      expect(await errorCode(write((tx) => tx.insertAgency({ id: 'ctd-kp', name: 'Again', created_at: AT })))).toBe('conflict');

      const amina = user('usr_amina', 'amina', 'ctd-punjab');
      const bot = user('usr_bot', 'sync-bot', 'ctd-kp', { role: 'viewer', password_hash: null });
      await write(async (tx) => { await tx.insertUser(amina); await tx.insertUser(bot); });
      expect(await store.getUser('usr_amina')).toEqual(amina);
      expect(await store.findUserByName('sync-bot')).toEqual(bot);
      expect(await store.findUserByName('nobody')).toBeNull();
      expect(await store.getUser('usr_nobody')).toBeNull();
      expect((await store.listUsers()).map((u) => u.id)).toEqual(['usr_amina', 'usr_bot']);
      expect((await store.listUsers('ctd-kp')).map((u) => u.id)).toEqual(['usr_bot']);
      expect(await errorCode(write((tx) => tx.insertUser(user('usr_other', 'amina', 'ctd-kp'))))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.insertUser(user('usr_lost', 'lost', 'nowhere'))))).toBe('invalid_input');

      await write((tx) => tx.updateUser('usr_amina', { role: 'admin', disabled_at: '2026-03-01T00:00:00.000Z' }));
      expect(await store.getUser('usr_amina')).toEqual({ ...amina, role: 'admin', disabled_at: '2026-03-01T00:00:00.000Z' });
      await write((tx) => tx.updateUser('usr_amina', { password_hash: null, disabled_at: null }));
      expect(await store.getUser('usr_amina')).toEqual({ ...amina, role: 'admin', password_hash: null });
      expect(await errorCode(write((tx) => tx.updateUser('usr_nobody', { role: 'viewer' })))).toBe('not_found');
    });

    it('keeps API tokens by hash, lists them per user and revokes them once', async () => {
      const { store, write } = live();
      await write(async (tx) => {
        await agencies(tx);
        await tx.insertUser(user('usr_a', 'a', 'ctd-punjab'));
        await tx.insertUser(user('usr_b', 'b', 'ctd-kp'));
        await tx.insertToken(token('tok_1', 'usr_a', 'a'.repeat(64)));
        await tx.insertToken(token('tok_2', 'usr_b', 'b'.repeat(64)));
        await tx.insertToken(token('tok_3', 'usr_a', 'c'.repeat(64)));
      });
      expect(await store.findTokenByHash('b'.repeat(64))).toEqual(token('tok_2', 'usr_b', 'b'.repeat(64)));
      expect(await store.findTokenByHash('f'.repeat(64))).toBeNull();
      expect((await store.listTokens()).map((t) => t.id)).toEqual(['tok_1', 'tok_2', 'tok_3']);
      expect((await store.listTokens('usr_a')).map((t) => t.id)).toEqual(['tok_1', 'tok_3']);
      expect(await errorCode(write((tx) => tx.insertToken(token('tok_4', 'usr_a', 'a'.repeat(64)))))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.insertToken(token('tok_5', 'usr_ghost', 'e'.repeat(64)))))).toBe('invalid_input');

      await write((tx) => tx.revokeToken('tok_1', '2026-02-02T00:00:00.000Z'));
      await write((tx) => tx.revokeToken('tok_1', '2026-02-09T00:00:00.000Z'));
      expect((await store.findTokenByHash('a'.repeat(64)))!.revoked_at).toBe('2026-02-02T00:00:00.000Z');
      expect(await errorCode(write((tx) => tx.revokeToken('tok_missing', AT)))).toBe('not_found');
    });

    it('opens and closes sessions', async () => {
      const { store, write } = live();
      const session = { hash: 'd'.repeat(64), user: 'usr_a', csrf: 'csrf-token-1', created_at: AT, expires_at: '2026-02-01T18:00:00.000Z' };
      await write(async (tx) => {
        await agencies(tx);
        await tx.insertUser(user('usr_a', 'a', 'ctd-punjab'));
        await tx.insertSession(session);
      });
      expect(await store.getSession(session.hash)).toEqual(session);
      expect(await errorCode(write((tx) => tx.insertSession({ ...session, hash: 'e'.repeat(64), user: 'usr_ghost' })))).toBe('invalid_input');
      await write((tx) => tx.deleteSession(session.hash));
      expect(await store.getSession(session.hash)).toBeNull();
      await write((tx) => tx.deleteSession(session.hash)); // logging out twice is fine
    });
  });

  describe('sharing agreements', () => {
    it('lists agreements newest first, filtered by partner and by being in force', async () => {
      const { store, write } = live();
      await write(async (tx) => {
        await agencies(tx);
        await tx.insertAgreement(agreement('agr_1', 'ctd-punjab', 'ctd-kp', ['TLP:CLEAR', 'TLP:GREEN'], '2026-01-01T00:00:00.000Z'));
        await tx.insertAgreement(agreement('agr_2', 'ctd-kp', 'ctd-punjab', ['TLP:AMBER'], '2026-01-02T00:00:00.000Z'));
        await tx.insertAgreement(agreement('agr_3', 'ctd-punjab', 'ctd-sindh', ['TLP:GREEN'], '2026-01-03T00:00:00.000Z'));
      });
      const ids = async (f?: Parameters<Store['listAgreements']>[0]) => (await store.listAgreements(f)).map((a) => a.id);
      expect(await ids()).toEqual(['agr_3', 'agr_2', 'agr_1']);
      expect(await store.listAgreements({ to: 'ctd-punjab' })).toEqual([agreement('agr_2', 'ctd-kp', 'ctd-punjab', ['TLP:AMBER'], '2026-01-02T00:00:00.000Z')]);
      expect(await ids({ from: 'ctd-punjab' })).toEqual(['agr_3', 'agr_1']);
      expect(await ids({ from: 'ctd-punjab', to: 'ctd-kp' })).toEqual(['agr_1']);

      await write((tx) => tx.revokeAgreement('agr_1', '2026-02-01T00:00:00.000Z'));
      await write((tx) => tx.revokeAgreement('agr_1', '2026-02-05T00:00:00.000Z'));
      expect(await ids({ from: 'ctd-punjab', active: true })).toEqual(['agr_3']);
      expect(await ids({ active: false })).toEqual(['agr_3', 'agr_2', 'agr_1']);
      expect((await store.listAgreements({ from: 'ctd-punjab', to: 'ctd-kp' }))[0]!.revoked_at).toBe('2026-02-01T00:00:00.000Z');
      expect(await errorCode(write((tx) => tx.revokeAgreement('agr_missing', AT)))).toBe('not_found');
      expect(await errorCode(write((tx) => tx.insertAgreement(agreement('agr_x', 'ctd-punjab', 'nowhere', ['TLP:GREEN'], AT))))).toBe('invalid_input');
      expect(await errorCode(write((tx) => tx.insertAgreement(agreement('agr_y', 'ctd-kp', 'ctd-kp', ['TLP:GREEN'], AT))))).toBe('invalid_input');
    });
  });

  describe('audit log', () => {
    it('appends gapless entries and reads them after a seq, within a limit', async () => {
      const { store, write } = live();
      expect(await store.lastAudit()).toBeNull();
      expect(await store.listAudit()).toEqual([]);
      await write(async (tx) => {
        await tx.appendAudit(audit(1));
        await tx.appendAudit(audit(2, { agency: null, target: null, detail: {} }));
      });
      await write((tx) => tx.appendAudit(audit(3, { action: 'login_failed', actor: 'anonymous' })));
      expect(await store.listAudit()).toEqual([audit(1), audit(2, { agency: null, target: null, detail: {} }), audit(3, { action: 'login_failed', actor: 'anonymous' })]);
      expect(JSON.stringify((await store.listAudit({ limit: 1 }))[0]!.detail)).toBe(JSON.stringify(audit(1).detail));
      expect((await store.listAudit({ after: 1 })).map((e) => e.seq)).toEqual([2, 3]);
      expect((await store.listAudit({ after: 1, limit: 1 })).map((e) => e.seq)).toEqual([2]);
      expect(await store.listAudit({ after: 3 })).toEqual([]);
      expect(await store.lastAudit()).toEqual(audit(3, { action: 'login_failed', actor: 'anonymous' }));

      expect(await errorCode(write((tx) => tx.appendAudit(audit(5))))).toBe('conflict');
      expect(await errorCode(write((tx) => tx.appendAudit(audit(3))))).toBe('conflict');
      expect((await store.lastAudit())!.seq).toBe(3);
    });

    it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
      const { store, write, exec } = live();
      await write(async (tx) => { await tx.appendAudit(audit(1)); await tx.appendAudit(audit(2)); });
      const before = await store.listAudit();
      await expect(exec(`UPDATE audit SET action = 'nothing' WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await expect(exec('DELETE FROM audit WHERE seq = 2')).rejects.toThrow(/append-only/);
      await expect(exec('DELETE FROM audit')).rejects.toThrow(/append-only/);
      await expect(exec(`INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash) VALUES (7, 'x', 'x', 'x', '{}', 'x', 'x')`))
        .rejects.toThrow(/without gaps/);
      expect(await store.listAudit()).toEqual(before);
    });
  });

  describe('peers, foreign objects and settings', () => {
    it('stores peers and updates their sync positions', async () => {
      const { store, write } = live();
      await write(async (tx) => {
        await agencies(tx);
        await tx.insertPeer(peer('peer_kp', 'ctd-kp'));
        await tx.insertPeer(peer('peer_sindh', 'ctd-sindh'));
      });
      expect(await store.getPeer('peer_kp')).toEqual(peer('peer_kp', 'ctd-kp'));
      expect(await store.getPeer('peer_none')).toBeNull();
      await write((tx) => tx.updatePeer('peer_kp', { pulled_seq: 41, pushed_seq: 7, token: 'secret-from-kp', url: 'http://127.0.0.1:9000' }));
      expect(await store.getPeer('peer_kp')).toEqual({
        ...peer('peer_kp', 'ctd-kp'), pulled_seq: 41, pushed_seq: 7, token: 'secret-from-kp', url: 'http://127.0.0.1:9000',
      });
      await write((tx) => tx.updatePeer('peer_kp', { token: null }));
      expect((await store.getPeer('peer_kp'))!.token).toBeNull();
      expect((await store.listPeers()).map((p) => p.id)).toEqual(['peer_kp', 'peer_sindh']);
      await write((tx) => tx.deletePeer('peer_kp'));
      expect((await store.listPeers()).map((p) => p.id)).toEqual(['peer_sindh']);
      expect(await errorCode(write((tx) => tx.deletePeer('peer_kp')))).toBe('not_found');
      expect(await errorCode(write((tx) => tx.updatePeer('peer_kp', { pulled_seq: 1 })))).toBe('not_found');
      expect(await errorCode(write((tx) => tx.insertPeer(peer('peer_lost', 'nowhere'))))).toBe('invalid_input');
    });

    it('keeps foreign STIX objects verbatim, replacing by id in place', async () => {
      const { store, write } = live();
      const malware = { id: 'malware--1', type: 'malware', json: '{"type":"malware","id":"malware--1","x_custom":[1, 2]}', agency: 'ctd-kp', marking: 'TLP:GREEN' as const };
      const tool = { id: 'tool--2', type: 'tool', json: '{"type":"tool","id":"tool--2"}', agency: 'local', marking: 'TLP:CLEAR' as const };
      await write(async (tx) => { await tx.putForeignObject(malware); await tx.putForeignObject(tool); });
      expect(await store.listForeignObjects()).toEqual([malware, tool]);
      const changed = { ...malware, json: '{"type":"malware","id":"malware--1","name":"renamed"}', marking: 'TLP:AMBER' as const };
      await write((tx) => tx.putForeignObject(changed));
      expect(await store.listForeignObjects()).toEqual([changed, tool]);
    });

    it('keeps store-wide settings', async () => {
      const { store, write } = live();
      expect(await store.getSetting('server.key')).toBeNull();
      await write((tx) => tx.setSetting('server.key', 'first'));
      await write((tx) => tx.setSetting('server.key', 'second\nline'));
      expect(await store.getSetting('server.key')).toBe('second\nline');
    });
  });

  describe('owning agency of records', () => {
    it('stores and reads the agency of documents, claims and events', async () => {
      const { store, write } = live();
      await write(async (tx) => {
        await seed(tx);
        await tx.insertDocument({ ...DOC_2, id: 'doc_kp', sha256: 'e'.repeat(64), agency: 'ctd-kp', marking: 'TLP:AMBER' });
        await tx.insertClaim(claim('clm_kp', 'ent_lej', 'operates_in', 'ent_quetta', [span(DOC_1, 'Quetta')], { agency: 'ctd-kp', marking: 'TLP:AMBER' }));
        await tx.insertEvent(event('evt_kp', { agency: 'ctd-kp', marking: 'TLP:RED' }));
      });
      expect(await store.getDocument('doc_kp')).toMatchObject({ agency: 'ctd-kp', marking: 'TLP:AMBER' });
      expect(await store.getDocument(DOC_1.id)).toMatchObject({ agency: 'local' });
      expect((await store.listDocuments()).map((d) => [d.id, d.agency])).toEqual([[DOC_1.id, 'local'], [DOC_2.id, 'local'], ['doc_kp', 'ctd-kp']]);
      expect(await store.findDocumentBySha('e'.repeat(64))).toMatchObject({ id: 'doc_kp', agency: 'ctd-kp' });
      expect(await store.getClaim('clm_kp')).toMatchObject({ agency: 'ctd-kp', marking: 'TLP:AMBER' });
      expect((await store.listClaims()).map((c) => c.agency)).toEqual(['local', 'local', 'local', 'ctd-kp']);
      expect(await store.getEvent('evt_kp')).toMatchObject({ agency: 'ctd-kp', marking: 'TLP:RED' });
      expect((await store.listEvents()).map((e) => e.agency)).toEqual(['local', 'local', 'ctd-kp']);
    });

    it('tells which documents mention each canonical entity, once per pair', async () => {
      const { store, write } = live();
      await write(seed);
      const pairs = async () => (await store.mentionDocuments()).map((p) => `${p.entity}@${p.document}`);
      expect(await pairs()).toEqual([
        'ent_jua@doc_two', 'ent_kurd@doc_one', 'ent_lej@doc_one', 'ent_lej@doc_two', 'ent_quetta@doc_one', 'ent_quetta@doc_two', 'ent_ttp@doc_two',
      ]);
      await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:test', 'same'));
      await write((tx) => tx.mergeEntities('ent_kurd', 'ent_lej', 'analyst:test', 'test'));
      expect(await pairs()).toEqual(['ent_lej@doc_one', 'ent_lej@doc_two', 'ent_quetta@doc_one', 'ent_quetta@doc_two', 'ent_ttp@doc_two']);
    });
  });

  describe('change journal', () => {
    it('notes each inserted record once, in order', async () => {
      const { store, write } = live();
      expect(await store.lastChange()).toBe(0);
      expect(await store.listChanges(0)).toEqual([]);
      await write(seed);
      const all = await store.listChanges(0);
      // In the order seed writes them; an entity's mentions, added after all five exist, move it to a later seq.
      expect(keys(all)).toEqual([
        'document:doc_one', 'document:doc_two', 'entity:ent_lej', 'entity:ent_ttp', 'entity:ent_jua', 'entity:ent_kurd', 'entity:ent_quetta',
        'claim:clm_kurd_leads', 'claim:clm_lej_quetta', 'claim:clm_jua_ttp', 'event:evt_bus', 'event:evt_arrest',
      ]);
      const seqs = all.map((c) => c.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(await store.lastChange()).toBe(seqs[seqs.length - 1]);
      expect(await store.listChanges(seqs[9]!)).toEqual(all.slice(10));
      expect(await store.listChanges(0, 2)).toEqual(all.slice(0, 2));
    });

    it('moves a changed record to a new seq, and leaves idempotent re-inserts out', async () => {
      const { store, write } = live();
      await write(seed);
      const start = await store.lastChange();
      await write((tx) => tx.insertClaim(claim('clm_kurd_leads', 'ent_kurd', 'member_of', 'ent_ttp', [])));
      await write((tx) => tx.insertEvent(event('evt_bus')));
      await write((tx) => tx.addAliases('ent_lej', [{ alias: 'LeJ', key: 'lej' }]));
      await write((tx) => tx.insertMentions('ent_lej', [mention(DOC_1, 'LeJ')]));
      expect(await store.listChanges(start)).toEqual([]);
      expect(await store.lastChange()).toBe(start);

      await write((tx) => tx.updateClaim('clm_lej_quetta', { status: 'accepted' }));
      const moved = await store.listChanges(start);
      expect(keys(moved)).toEqual(['claim:clm_lej_quetta']);
      expect(moved[0]!.seq).toBeGreaterThan(start);
      const everything = await store.listChanges(0);
      expect(everything.filter((c) => c.id === 'clm_lej_quetta')).toEqual(moved);
      expect(everything).toHaveLength(12);

      const mark = await store.lastChange();
      await write(async (tx) => {
        await tx.setDocumentReliability(DOC_2.id, 'B');
        await tx.renameEntity('ent_kurd', 'Usman Kurd', 'usman kurd');
        await tx.insertMentions('ent_ttp', [mention(DOC_1, 'Quetta')]);
        await tx.putForeignObject({ id: 'tool--9', type: 'tool', json: '{}', agency: 'local', marking: 'TLP:CLEAR' });
      });
      expect(keys(await store.listChanges(mark))).toEqual(['document:doc_two', 'entity:ent_kurd', 'entity:ent_ttp', 'foreign:tool--9']);
    });

    it('journals merges, unmerges and splits', async () => {
      const { store, write } = live();
      await write(async (tx) => {
        await seed(tx);
        await tx.insertEntity({ id: 'ent_new', type: 'person', subtype: null, name: 'Split off', aliases: [], lat: null, lon: null, attributes: {}, keys: [] });
      });
      let mark = await store.lastChange();
      const merge = await write((tx) => tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:test', 'same'));
      expect(keys(await store.listChanges(mark)).sort()).toEqual(['entity:ent_jua', 'entity:ent_ttp']);
      mark = await store.lastChange();
      await write((tx) => tx.unmerge(merge.id, 'analyst:test', 'not the same'));
      expect(keys(await store.listChanges(mark)).sort()).toEqual(['entity:ent_jua', 'entity:ent_ttp']);
      mark = await store.lastChange();
      await write(async (tx) => {
        await tx.moveMentions('ent_kurd', 'ent_new', [{ document: DOC_1.id, start: span(DOC_1, 'Usman Saifullah Kurd').start }]);
        await tx.repointClaims(['clm_kurd_leads'], 'ent_kurd', 'ent_new');
        await tx.repointClaims(['evt_bus'], 'ent_lej', 'ent_new');
      });
      expect(keys(await store.listChanges(mark)).sort()).toEqual(['claim:clm_kurd_leads', 'entity:ent_kurd', 'entity:ent_new', 'event:evt_bus']);
    });

    it('keeps nothing of a rolled-back transaction or a failed write', async () => {
      const { store, write } = live();
      await expect(write(async (tx) => {
        await seed(tx);
        throw new Error('boom');
      })).rejects.toThrow('boom');
      expect(await store.listChanges(0)).toEqual([]);
      await write(async (tx) => {
        await tx.insertDocument(DOC_1);
        const bad = claim('clm_bad', 'ent_missing', 'operates_in', 'ent_missing', []);
        expect(await errorCode(tx.insertClaim(bad))).toBe('invalid_input');
      });
      expect(keys(await store.listChanges(0))).toEqual(['document:doc_one']);
    });
  });
}
