/**
 * Schema v3 on a database written at v2: every record survives, owned by the local
 * agency and journaled once (as SQLite does it); the journal then goes on numbering
 * after the backfill. A database newer than v3 is refused untouched.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_1 } from '../../store/contract-fixtures.js';
import { SCHEMA_VERSION } from '../../store/store.js';
import { openPostgresStore } from './postgres-store.js';
import { createScratch, type Scratch } from './scratch.js';
import { SCHEMA_V1 } from './schema-v1.js';
import { SCHEMA_V2 } from './schema-v2.js';

let scratch: Scratch;
beforeAll(async () => { scratch = await createScratch(); });
afterAll(async () => { await scratch?.drop(); });

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (text: string): [number, number] => {
  const start = DOC_1.text.indexOf(text);
  return [start, start + text.length];
};

describe('migration to schema v3 (postgres)', () => {
  it('keeps every record of a v2 database, owned by the local agency and journaled once', async () => {
    const url = await scratch.freshUrl();
    const [cs, ce] = quote('fired on a bus near Quetta');
    await withClient(url, async (c) => {
      await c.query(SCHEMA_V1);
      await c.query(SCHEMA_V2);
      await c.query(`CREATE TABLE cellgraph_meta (key text PRIMARY KEY, value text NOT NULL)`);
      await c.query(`INSERT INTO cellgraph_meta VALUES ('schema_version', '2')`);
      await c.query(`INSERT INTO documents (id, title, source, published, sha256, marking, media_type, text, text_length, ingested_at, reliability)
        VALUES ($1, $2, $3, $4, $5, 'TLP:AMBER', $6, $7, $8, $9, 'B')`,
      [DOC_1.id, DOC_1.title, DOC_1.source, DOC_1.published, DOC_1.sha256, DOC_1.media_type, DOC_1.text, DOC_1.text.length, DOC_1.ingested_at]);
      for (const [id, type, name] of [['ent_lej', 'organization', 'Lashkar-e-Jhangvi'], ['ent_quetta', 'place', 'Quetta']]) {
        await c.query(`INSERT INTO entities (id, canonical, type, name) VALUES ($1, $1, $2, $3)`, [id, type, name]);
        const [start, end] = quote(name!);
        await c.query(`INSERT INTO mentions (entity, document, span_start, span_end, text) VALUES ($1, $2, $3, $4, $5)`, [id, DOC_1.id, start, end, name]);
      }
      const claimSeq = (await c.query(`INSERT INTO claims (id, subject, predicate, object, valid_from, valid_to, former, negated,
        confidence, status, marking, extractor, valid_start, valid_end)
        VALUES ('clm_1', 'ent_lej', 'operates_in', 'ent_quetta', '2015', null, false, false, 0.9, 'accepted', 'TLP:AMBER', 'x', '2015-01-01', '9999-12-31')
        RETURNING seq`)).rows[0].seq as string;
      await c.query(`INSERT INTO claim_evidence (claim, position, document, span_start, span_end, quote) VALUES ($1, 0, $2, $3, $4, $5)`,
        [claimSeq, DOC_1.id, cs, ce, 'fired on a bus near Quetta']);
      const eventSeq = (await c.query(`INSERT INTO events (id, type, date, place, killed, confidence, status, marking, extractor)
        VALUES ('evt_1', 'shooting', '2015-05-12', 'ent_quetta', 43, 0.6, 'proposed', 'TLP:AMBER', 'x') RETURNING seq`)).rows[0].seq as string;
      await c.query(`INSERT INTO event_participants (event, position, role, entity) VALUES ($1, 0, 'perpetrator', 'ent_lej')`, [eventSeq]);
    });

    const store = await openPostgresStore(url);
    try {
      expect(await store.getDocument(DOC_1.id)).toEqual({ ...DOC_1, marking: 'TLP:AMBER', reliability: 'B', agency: 'local' });
      expect(await store.searchDocuments('Quetta')).toHaveLength(1);
      expect((await store.getEntity('ent_lej'))!.mentions).toHaveLength(1);
      expect(await store.getClaim('clm_1')).toMatchObject({
        subject: 'ent_lej', object: 'ent_quetta', agency: 'local', marking: 'TLP:AMBER', evidence: [{ document: DOC_1.id, start: cs, end: ce }],
      });
      expect(await store.getEvent('evt_1')).toMatchObject({ agency: 'local', killed: 43, participants: [{ role: 'perpetrator', entity: 'ent_lej' }] });
      expect(await store.listChanges(0)).toEqual([
        { seq: 1, kind: 'document', id: DOC_1.id }, { seq: 2, kind: 'entity', id: 'ent_lej' }, { seq: 3, kind: 'entity', id: 'ent_quetta' },
        { seq: 4, kind: 'claim', id: 'clm_1' }, { seq: 5, kind: 'event', id: 'evt_1' },
      ]);
      await store.transaction((tx) => tx.updateClaim('clm_1', { status: 'disputed' }));
      expect(await store.listChanges(4)).toEqual([{ seq: 5, kind: 'event', id: 'evt_1' }, { seq: 6, kind: 'claim', id: 'clm_1' }]);
      expect(await store.lastChange()).toBe(6);
    } finally {
      await store.close();
    }
    expect(await withClient(url, async (c) => (await c.query(`SELECT value FROM cellgraph_meta`)).rows[0].value)).toBe('3');
  });

  it('refuses a database newer than v3 and leaves it untouched', async () => {
    const url = await scratch.freshUrl();
    const store = await openPostgresStore(url);
    await store.close();
    const tables = `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`;
    const before = await withClient(url, async (c) => {
      await c.query(`UPDATE cellgraph_meta SET value = $1`, [String(SCHEMA_VERSION + 1)]);
      return (await c.query(tables)).rows[0].n as number;
    });
    await expect(openPostgresStore(url)).rejects.toMatchObject({ code: 'schema_too_new' });
    expect(await withClient(url, async (c) => (await c.query(tables)).rows[0].n)).toBe(before);
  });
});
