/**
 * Schema v3 on a store written at v2: every record survives, owned by the local
 * agency, and is journaled once so a first federation sync sees it; a store newer
 * than v3 is refused without a byte changing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC_1, DOC_2, seed } from '../../store/contract-fixtures.js';
import { SCHEMA_VERSION, type Store } from '../../store/store.js';
import { SCHEMA_V1 } from './schema-v1.js';
import { SCHEMA_V2 } from './schema-v2.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-v3-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Everything a reader sees, minus the agency v3 adds. */
async function ledger(s: Store) {
  const strip = <T extends { agency: string }>(r: T): Omit<T, 'agency'> => {
    const { agency: _agency, ...rest } = r;
    return rest;
  };
  return {
    documents: (await Promise.all([DOC_1.id, DOC_2.id].map((id) => s.getDocument(id)))).map((d) => strip(d!)),
    entities: await s.listEntities(),
    lej: await s.getEntity('ent_lej'),
    claims: (await s.listClaims()).map(strip),
    events: (await s.listEvents()).map(strip),
    merges: await s.listMerges(),
    stats: await s.stats(),
  };
}

/** Writes the contract's seed ledger, then turns the file back into a v2 store as v2 Cellgraph would have left it. */
async function v2Store(file: string): Promise<Awaited<ReturnType<typeof ledger>>> {
  // Seed through a v2 schema: create v1+v2 by hand and copy the rows a v3 store writes.
  const scratch = path.join(dir, `seed-${path.basename(file)}`);
  const store = await openSqliteStore(scratch);
  await store.transaction(async (tx) => {
    await seed(tx);
    await tx.mergeEntities('ent_jua', 'ent_ttp', 'analyst:test', 'same group');
  });
  const expected = await ledger(store);
  await store.close();

  const raw = new Database(file);
  raw.exec(SCHEMA_V1);
  raw.exec(SCHEMA_V2);
  raw.pragma('user_version = 2');
  raw.exec(`ATTACH DATABASE '${scratch.replace(/'/g, "''")}' AS src`);
  const copy = (table: string, columns: string): void => {
    raw.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table}`);
  };
  copy('documents', 'seq, id, title, source, published, sha256, marking, media_type, text, text_length, ingested_at, reliability');
  copy('entities', 'seq, id, canonical, type, subtype, name, lat, lon, attributes');
  copy('aliases', 'seq, entity, alias');
  copy('name_keys', 'key, entity');
  copy('mentions', 'seq, entity, document, span_start, span_end, text');
  copy('claims', 'seq, id, subject, predicate, object, valid_from, valid_to, former, negated, confidence, status, marking, credibility, extractor, valid_start, valid_end');
  copy('claim_evidence', 'claim, position, document, span_start, span_end, quote');
  copy('events', 'seq, id, type, date, place, killed, injured, arrested, amount_value, amount_unit, confidence, status, marking, extractor');
  copy('event_participants', 'event, position, role, entity');
  copy('event_evidence', 'event, position, document, span_start, span_end, quote');
  copy('merges', 'seq, id, source, target, actor, reason, at, undone_at, undone_by, undo_reason');
  raw.exec('DETACH DATABASE src');
  raw.close();
  return expected;
}

describe('migration to schema v3', () => {
  it('keeps every record of a v2 store, owned by the local agency and journaled once', async () => {
    const file = path.join(dir, 'v2.db');
    const expected = await v2Store(file);

    const store = await openSqliteStore(file);
    try {
      expect(await ledger(store)).toEqual(expected);
      expect(await store.searchDocuments('Quetta')).toHaveLength(2);
      expect((await store.listDocuments()).map((d) => d.agency)).toEqual(['local', 'local']);
      expect((await store.listClaims()).map((c) => c.agency)).toEqual(['local', 'local', 'local']);
      expect((await store.listEvents()).map((e) => e.agency)).toEqual(['local', 'local']);
      const changes = await store.listChanges(0);
      expect(changes.map((c) => `${c.kind}:${c.id}`)).toEqual([
        'document:doc_one', 'document:doc_two',
        'entity:ent_lej', 'entity:ent_ttp', 'entity:ent_jua', 'entity:ent_kurd', 'entity:ent_quetta',
        'claim:clm_kurd_leads', 'claim:clm_lej_quetta', 'claim:clm_jua_ttp', 'event:evt_bus', 'event:evt_arrest',
      ]);
      expect(await store.lastChange()).toBe(changes[changes.length - 1]!.seq);
      expect((await store.listAgencies()).map((a) => a.id)).toEqual(['local']);
      expect(await store.lastAudit()).toBeNull();
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('refuses a store newer than v3 without changing a byte', async () => {
    const file = path.join(dir, 'v4.db');
    const store = await openSqliteStore(file);
    await store.transaction(seed);
    await store.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openSqliteStore(file)).rejects.toMatchObject({ code: 'schema_too_new' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
