/**
 * Names learnt only from a hidden document stay hidden: agency ctd-a holds a GREEN
 * report (shared with ctd-b) and a RED one (never shared). The RED report gives a
 * commander an alias and a financier his full name; ctd-b must see neither, in any
 * answer, nor find either entity by them. The sentences are written for this test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { sha256Hex } from '../core/ids.js';
import type { Attributes, DocumentRecord, Mention } from '../core/records.js';
import type { EntityType, Marking } from '../model/ontology.js';
import { resolutionKeys } from '../resolution/keys.js';

/** What a lookup by these names sends: the names' resolution keys (types do not change these names' keys). */
const keysFor = (names: readonly string[]): string[] => [...new Set(names.flatMap((n) => resolutionKeys('person', [n])))];
import { nameKey } from '../resolution/normalise.js';
import type { Ledger, Store, Transaction } from '../store/store.js';
import { viewerFor } from './policy.js';
import { A, B } from './two-agency-fixture.js';
import { visibleLedger } from './visible-ledger.js';
import { foundByShownNames, shownNames } from './visible-names.js';

const GREEN_TEXT = 'Qari Saifullah was seen in Peshawar with Rahim Gul. Commander Rahim paid the driver, and Rahim Gul left by road. The Kohat Group hosted them.';
const RED_TEXT = "Qari Saifullah, known as 'the Surgeon', trains bomb makers. The financier is Haji Rahimullah, alias Commander Rahim. Pekhawar stays the hub.";

const SAIFULLAH = 'ent_saifullah';
const RAHIM = 'ent_rahim';
const PESHAWAR = 'ent_peshawar';
const KOHAT = 'ent_kohat';

/** What only the RED report says. */
const RED_ONLY = ['Surgeon', 'Haji Rahimullah', 'Pekhawar'];

function documentOf(id: string, text: string, marking: Marking): DocumentRecord {
  return {
    id, title: id, source: `notes/${id}.txt`, published: '2024-03', sha256: sha256Hex(text), marking, agency: A,
    media_type: 'text/plain', text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  };
}

const green = documentOf('doc_green', GREEN_TEXT, 'TLP:GREEN');
const red = documentOf('doc_red', RED_TEXT, 'TLP:RED');

/** Every occurrence of `text` in the document, as mentions. */
function said(d: DocumentRecord, text: string): Mention[] {
  const out: Mention[] = [];
  for (let at = d.text.indexOf(text); at >= 0; at = d.text.indexOf(text, at + 1)) {
    out.push({ document: d.id, start: at, end: at + text.length, text });
  }
  if (out.length === 0) throw new Error(`fixture: "${text}" not in ${d.id}`);
  return out;
}

async function entity(
  tx: Transaction, id: string, type: EntityType, name: string, aliases: string[], mentions: Mention[], attributes: Attributes = {},
): Promise<void> {
  // The keys ingest stores, so lookups behave as they do on a real ledger.
  const keys = resolutionKeys(type, [name, ...aliases]);
  await tx.insertEntity({ id, type, subtype: null, name, aliases, lat: null, lon: null, attributes, keys });
  await tx.insertMentions(id, mentions);
}

async function seed(tx: Transaction): Promise<void> {
  await tx.insertAgency({ id: A, name: 'CTD A', created_at: '2026-01-01T00:00:00.000Z' });
  await tx.insertAgency({ id: B, name: 'CTD B', created_at: '2026-01-01T00:00:00.000Z' });
  await tx.insertDocument(green);
  await tx.insertDocument(red);
  await entity(tx, SAIFULLAH, 'person', 'Qari Saifullah', ['the Surgeon'], [...said(green, 'Qari Saifullah'), ...said(red, 'Qari Saifullah'), ...said(red, 'the Surgeon')]);
  await entity(tx, RAHIM, 'person', 'Haji Rahimullah', ['Commander Rahim', 'Rahim Gul'], [
    ...said(green, 'Rahim Gul'), ...said(green, 'Commander Rahim'), ...said(red, 'Haji Rahimullah'), ...said(red, 'Commander Rahim'),
  ]);
  await entity(tx, PESHAWAR, 'place', 'Peshawar District', ['Pekhawar'], [...said(green, 'Peshawar'), ...said(red, 'Pekhawar')], { gazetteer_id: 'geo-psh' });
  // Only in the GREEN report; its alias comes from no document at all, and stays.
  await entity(tx, KOHAT, 'organization', 'Kohat Group', ['KG'], said(green, 'Kohat Group'));
  await tx.insertAgreement({
    id: 'agr_a_b', from_agency: A, to_agency: B, markings: ['TLP:GREEN'], created_by: 'cli:test', created_at: '2026-01-01T00:00:00.000Z', revoked_at: null,
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-names-'));
let store: Store;
let asA: Ledger;
let asB: Ledger;

async function ledgerOf(agency: string): Promise<Ledger> {
  const viewer = viewerFor({ actor: `usr_${agency}`, agency, role: 'analyst' }, await store.listAgreements({ to: agency, active: true }));
  return visibleLedger(store, viewer);
}

beforeAll(async () => {
  store = await openSqliteStore(path.join(dir, 'names.db'));
  await store.transaction(seed);
  asA = await ledgerOf(A);
  asB = await ledgerOf(B);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const leaks = (answer: unknown): string[] => RED_ONLY.filter((s) => JSON.stringify(answer).includes(s));

describe('names a partner learns only from hidden documents', () => {
  it('shows the partner the names the GREEN report gives, and no alias only the RED report gives', async () => {
    const saifullah = await asB.getEntity(SAIFULLAH);
    expect(saifullah).toMatchObject({ name: 'Qari Saifullah', aliases: [] });
    expect(saifullah?.mentions.map((m) => m.document)).toEqual(['doc_green']);
    // The full name is only in the RED report: the name the GREEN report uses most stands in.
    expect(await asB.getEntity(RAHIM)).toMatchObject({ name: 'Rahim Gul', aliases: ['Commander Rahim'] });
  });

  it('keeps a gazetteer name, which is public, but not an alias from the hidden report', async () => {
    expect(await asB.getEntity(PESHAWAR)).toMatchObject({ name: 'Peshawar District', aliases: [] });
  });

  it('leaves an entity mentioned only in visible documents as it is', async () => {
    expect(await asB.getEntity(KOHAT)).toEqual(await store.getEntity(KOHAT));
    expect((await asB.findEntitiesByKeys(keysFor(['kg'])))).toEqual(await store.findEntitiesByKeys(keysFor(['kg'])));
  });

  it('lets no RED-only name through a listing, a lookup or a transaction', async () => {
    const listed = await asB.listEntities();
    expect(listed.map((e) => e.id).sort()).toEqual([KOHAT, PESHAWAR, RAHIM, SAIFULLAH].sort());
    expect(leaks(listed)).toEqual([]);
    expect(listed.find((e) => e.id === RAHIM)).toMatchObject({ name: 'Rahim Gul', aliases: ['Commander Rahim'], mention_count: 3 });
    expect(leaks(await asB.listEntities({ document: green.id }))).toEqual([]);
    for (const id of [SAIFULLAH, RAHIM, PESHAWAR]) expect(leaks(await asB.getEntity(id))).toEqual([]);
    const byVisibleNames = await asB.findEntitiesByKeys(keysFor(['qari saifullah', 'rahim gul', 'peshawar district']));
    expect(byVisibleNames.map((e) => e.id).sort()).toEqual([PESHAWAR, RAHIM, SAIFULLAH].sort());
    expect(leaks(byVisibleNames)).toEqual([]);
    expect(leaks(await asB.transaction((tx) => Promise.all([tx.getEntity(RAHIM), tx.listEntities(), tx.findEntitiesByKeys(keysFor(['commander rahim']))])))).toEqual([]);
  });

  it('does not let the partner find an entity by a name only the RED report gives', async () => {
    expect(await asB.findEntitiesByKeys(keysFor(['the surgeon']))).toEqual([]);
    expect(await asB.findEntitiesByKeys(keysFor(['haji rahimullah', 'pekhawar']))).toEqual([]);
    expect(await asB.transaction((tx) => tx.findEntitiesByKeys(keysFor(['the surgeon'])))).toEqual([]);
    // A name the partner is shown still finds it.
    expect((await asB.findEntitiesByKeys(keysFor(['commander rahim']))).map((e) => e.id)).toEqual([RAHIM]);
  });

  it('shows the owning agency every name and finds its entities by any of them', async () => {
    expect(await asA.getEntity(SAIFULLAH)).toMatchObject({ name: 'Qari Saifullah', aliases: ['the Surgeon'] });
    expect(await asA.getEntity(RAHIM)).toMatchObject({ name: 'Haji Rahimullah', aliases: ['Commander Rahim', 'Rahim Gul'] });
    expect((await asA.findEntitiesByKeys(keysFor(['the surgeon']))).map((e) => e.id)).toEqual([SAIFULLAH]);
    expect((await asA.listEntities()).find((e) => e.id === PESHAWAR)?.aliases).toEqual(['Pekhawar']);
  });
});

describe('shownNames and foundByShownNames', () => {
  const base = { id: 'ent_x', type: 'person' as const, name: 'Hidden Name', aliases: ['Al Pha', 'Beta'], attributes: {} };
  const m = (text: string, start: number): Mention => ({ document: 'doc_v', start, end: start + text.length, text });

  it('compares names with what a document says without regard to case or spacing', () => {
    expect(shownNames({ ...base, name: 'Qari  Saifullah' }, [m('qari saifullah', 0), m('al   pha', 20)]))
      .toMatchObject({ name: 'Qari  Saifullah', aliases: ['Al Pha'] });
  });

  it('names an entity by the earliest of equally frequent visible texts, or by its id when nothing visible names it', () => {
    expect(shownNames(base, [m('Beta', 0), m('Gamma', 10), m('Gamma', 20), m('Beta', 30)])).toMatchObject({ name: 'Beta', aliases: [] });
    expect(shownNames(base, [])).toMatchObject({ name: 'ent_x', aliases: [] });
  });

  it('answers the same object when nothing had to be hidden', () => {
    const open = { ...base, name: 'Beta', aliases: ['Al Pha'] };
    expect(shownNames(open, [m('Beta', 0), m('Al Pha', 10)])).toBe(open);
  });

  it('matches exactly with the resolution keys when it is given them, and never by a hidden name', () => {
    const shown = { type: 'person' as const, name: 'Qari Saifullah', aliases: [] };
    expect(foundByShownNames(shown, resolutionKeys('person', ['Qari Saifulla']), resolutionKeys)).toBe(true);
    expect(foundByShownNames(shown, [nameKey('the Surgeon')], resolutionKeys)).toBe(false);
    // Without them only a literal name matches: a spelling variant is missed, never a hidden name found.
    expect(foundByShownNames(shown, [nameKey('Qari Saifullah')])).toBe(false);
    expect(foundByShownNames(shown, ['QARI SAIFULLAH'])).toBe(true);
  });
});
