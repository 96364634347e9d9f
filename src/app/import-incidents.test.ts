import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { aggregateByGroup, aggregateByProvince } from '../datasets/aggregates.js';
import type { Store } from '../store/store.js';
import { exportStoredIncidents, importIncidents } from './import-incidents.js';
import { parseIncidents } from '../datasets/parse.js';
import { ingest } from './ingest.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UCDP_FULL = path.resolve(repoRoot, '../shared/data/ucdp_ged_pakistan/conflict_data_pak.csv');
const UCDP_SUBSET = path.resolve(repoRoot, '../shared/data/ucdp_ged_pakistan/conflict_data_pak_2014_2017.csv');
const GTD_SAMPLE = path.join(repoRoot, 'examples/datasets/gtd-sample.csv');

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-incidents-'));
  store = await openSqliteStore(path.join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function byGazetteerId(gid: string) {
  return (await store.listEntities({ type: 'organization', limit: 100_000 })).filter((e) => e.attributes['gazetteer_id'] === gid);
}

describe('importIncidents (UCDP GED, full Pakistan file)', () => {
  it('imports every row as an event with linked perpetrators and places, quickly', async () => {
    const t = performance.now();
    const report = await importIncidents(store, UCDP_FULL, null, { marking: 'TLP:CLEAR' });
    const seconds = (performance.now() - t) / 1000;
    // Measured ~2 s on the development machine (≈3,000 rows/s); the bound leaves room for slow CI.
    expect(seconds).toBeLessThan(30);
    expect(report).toMatchObject({ layout: 'ucdp', duplicate: false, rows: 6416, events: 6416, problems: [] });

    const doc = await store.getDocument(report.document!);
    expect(doc).toMatchObject({ media_type: 'text/csv', title: 'UCDP GED: conflict_data_pak.csv',
      sha256: '6ef828898fbb443e234bc723a35984a4e5446f987c0c6fa7ee66ee0207493d38' });
    const events = await store.listEvents({ document: report.document!, limit: 100_000 });
    expect(events).toHaveLength(6416);
    for (const e of events.slice(0, 500)) {
      const ev = e.evidence[0]!;
      expect(ev.quote).toBe(doc!.text.slice(ev.start, ev.end));
      expect(ev.quote).not.toMatch(/[\r\n]$/);
    }
    expect(events.every((e) => e.status === 'proposed' && e.confidence === 0.9 && e.extractor === 'dataset:ucdp-ged@1')).toBe(true);

    const [ttp, ...more] = await byGazetteerId('ttp');
    expect(more).toEqual([]);
    const ttpEvents = events.filter((e) => e.participants.some((p) => p.entity === ttp!.id));
    // TTP is a side in 4,214 rows (PROVENANCE.md); every one of them is linked.
    expect(ttpEvents).toHaveLength(4214);
    // The dataset's distinct actors stay distinct, however alike their names.
    const orgs = await store.listEntities({ type: 'organization' });
    expect(orgs.filter((o) => /^Lashkar of (?:Zakakhel|Akakhel) tribe$/.test(o.name))).toHaveLength(2);
    expect(orgs.some((o) => o.name === 'Civilians')).toBe(false);
    const withPlace = events.filter((e) => e.place !== null).length;
    expect(withPlace / events.length).toBeGreaterThan(0.99);

    const safoora = events.find((e) => e.date === '2015-05-13' && e.killed === 45);
    expect(safoora).toBeDefined();
    const is = (await byGazetteerId('islamic-state'))[0]!;
    expect(safoora!.participants).toContainEqual({ role: 'perpetrator', entity: is.id });
  }, 60_000);
});

describe('importIncidents (resolution with report extraction)', () => {
  it('lands UCDP actors on the entities that report extraction created', async () => {
    const report = path.join(dir, 'report.txt');
    writeFileSync(report, 'Tehreek-e-Taliban Pakistan and Lashkar-e-Jhangvi carried out attacks in Quetta in 2016, '
      + 'according to a provincial counter-terrorism official.\n');
    await ingest(store, [report], { marking: 'TLP:CLEAR' });
    const before = await store.listEntities({ type: 'organization', limit: 1000 });
    const ttp = before.find((e) => e.attributes['gazetteer_id'] === 'ttp');
    const lej = before.find((e) => e.attributes['gazetteer_id'] === 'lej');
    expect(ttp && lej).toBeTruthy();

    const result = await importIncidents(store, UCDP_SUBSET, 'ucdp', { marking: 'TLP:CLEAR' });
    expect(result.events).toBe(1009);
    expect(result.matchedEntities).toBeGreaterThanOrEqual(2);
    const events = await store.listEvents({ document: result.document!, limit: 10_000 });
    const perpetrators = new Set(events.flatMap((e) => e.participants.filter((p) => p.role === 'perpetrator').map((p) => p.entity)));
    expect(perpetrators.has(ttp!.id)).toBe(true);
    expect(perpetrators.has(lej!.id)).toBe(true);
    expect(await byGazetteerId('ttp')).toHaveLength(1);
    expect(await byGazetteerId('lej')).toHaveLength(1);
    // The stored entity keeps its report name and learns the dataset's spelling.
    const stored = await store.getEntity(ttp!.id);
    expect(stored!.aliases).toContain('TTP');
    expect(stored!.mentions.some((m) => m.document === result.document)).toBe(true);
  }, 30_000);

  it('imports nothing from a file already stored', async () => {
    const first = await importIncidents(store, UCDP_SUBSET, 'ucdp', { marking: 'TLP:CLEAR' });
    const stats = await store.stats();
    const again = await importIncidents(store, UCDP_SUBSET, 'ucdp', { marking: 'TLP:CLEAR' });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, document: null, events: 0 });
    expect(await store.stats()).toEqual(stats);
  }, 30_000);
});

describe('importIncidents (team GTD sample)', () => {
  it('imports 50+ incidents with unknowns as null and aggregates that match hand counts', async () => {
    const report = await importIncidents(store, GTD_SAMPLE, 'gtd', { marking: 'TLP:GREEN' });
    expect(report.problems).toEqual([]);
    expect(report.events).toBeGreaterThanOrEqual(50);
    const events = await store.listEvents({ limit: 1000 });
    const entities = await store.listEntities({ limit: 10_000 });
    // Rows with an empty nwound stay unknown; no -9/-99 survives as a number.
    expect(events.filter((e) => e.injured === null)).toHaveLength(12);
    expect(events.some((e) => (e.killed ?? 0) < 0 || (e.injured ?? 0) < 0)).toBe(false);
    expect(events.every((e) => e.marking === 'TLP:GREEN')).toBe(true);
    // Unknown perpetrators are not entities.
    expect(entities.some((e) => e.name === 'Unknown')).toBe(false);
    // Target descriptions (GTD target1, corp1 "Market") are not entities; known bodies are.
    expect(entities.some((e) => e.name === 'Army convoy' || e.name === 'Market')).toBe(false);
    expect(entities.some((e) => e.name === 'Punjab Police' && e.attributes['gazetteer_id'])).toBe(true);
    const types = new Map(events.map((e) => [e.evidence[0]!.quote.split(',')[0], e.type]));
    expect(types.get('CG2013061502')).toBe('attack'); // arson at the Ziarat residency
    expect(types.get('CG2013011001')).toBe('bombing');
    expect(types.get('CG2014121601')).toBe('shooting');

    const province = aggregateByProvince(events, entities, { byYear: true });
    // Hand-counted from the sample: Quetta ×3 and Khuzdar in 2016 (15+74+61+52); Lahore park 2016; seven Kabul city rows in 2017.
    expect(province).toContainEqual({ key: 'Balochistan', year: 2016, incidents: 4, killed: 202, injured: 25 + 112 + 165 + 102, killed_unknown: 0 });
    expect(province).toContainEqual({ key: 'Punjab', year: 2016, incidents: 1, killed: 75, injured: 340, killed_unknown: 0 });
    expect(province.find((r) => r.key === 'Kabul' && r.year === 2017)).toMatchObject({ incidents: 7, killed: 359 });

    const groups = aggregateByGroup(events, entities);
    // Jamaat-ul-Ahrar: ten rows, two of them shared with the Khorasan chapter of IS.
    expect(groups.find((r) => r.key === 'Jamaat-ul-Ahrar')).toMatchObject({ incidents: 10, killed: 322 });
    expect(groups.find((r) => r.key === '(unknown)')).toMatchObject({ incidents: 4, killed: 268 });
  });
});

describe('importIncidents (malformed files)', () => {
  it('keeps good rows, reports bad ones by line, and refuses a file with no good row', async () => {
    const header = 'eventid,iyear,imonth,iday,country_txt,provstate,city,gname,claimed,nkill,nwound';
    const file = path.join(dir, 'mixed.csv');
    writeFileSync(file, [header, 'a,2016,3,27,Pakistan,Punjab,Lahore,Jamaat-ul-Ahrar,1,75,340',
      'b,2016,3,-1,Pakistan,Punjab,Lahore,Jamaat-ul-Ahrar,1,75,340', 'c,2016,3,27,Pakistan,Punjab,Lahore,Unknown,-9,-5,', 'd,2016'].join('\n'));
    const report = await importIncidents(store, file, null, { marking: 'TLP:CLEAR' });
    expect(report).toMatchObject({ layout: 'gtd', rows: 4, events: 1 });
    expect(report.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(report.problems[1]!.reason).toBe('nkill: negative count -5');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, [header, 'x,20x6,1,1,Pakistan,,,Unknown,,,'].join('\n'));
    await expect(importIncidents(store, bad, 'gtd', { marking: 'TLP:CLEAR' })).rejects.toThrow(/no readable GTD rows \(1 malformed; line 2: bad year/);
    expect((await store.listDocuments()).map((d) => d.title)).toEqual(['GTD: mixed.csv']);
  });
});

describe('exportStoredIncidents', () => {
  it('re-reads imported rows so a GTD import exports back to the same incidents', async () => {
    await importIncidents(store, GTD_SAMPLE, 'gtd', { marking: 'TLP:CLEAR' });
    const original = parseIncidents(readFileSync(GTD_SAMPLE, 'utf8'), 'gtd').incidents.map((p) => p.incident);
    const exported = parseIncidents(await exportStoredIncidents(store, 'gtd'), 'gtd');
    expect(exported.problems).toEqual([]);
    const bySource = new Map(original.map((i) => [i.source_id, i]));
    expect(exported.incidents).toHaveLength(original.length);
    for (const { incident } of exported.incidents) {
      const o = bySource.get(incident.source_id)!;
      expect(incident).toEqual(o);
    }
  });

  it('writes UCDP rows as ACLED with resolved group names and the UCDP headline', async () => {
    await importIncidents(store, UCDP_SUBSET, 'ucdp', { marking: 'TLP:CLEAR' });
    const acled = parseIncidents(await exportStoredIncidents(store, 'acled'), 'acled');
    expect(acled.problems).toEqual([]);
    expect(acled.incidents).toHaveLength(1009);
    const ttp = acled.incidents.filter((p) => p.incident.perpetrators.includes('Tehrik-e-Taliban Pakistan'));
    expect(ttp.length).toBeGreaterThan(300);
    expect(acled.incidents.filter((p) => p.incident.summary).length).toBeGreaterThan(900);
  }, 30_000);
});
