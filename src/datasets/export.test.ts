import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/records.js';
import { eventToIncident, exportIncidents, formatIncidents, type EntityLite } from './export.js';
import type { LayoutName } from './incident.js';
import { LAYOUTS } from './layouts/index.js';
import { parseIncidents } from './parse.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gtdSample = readFileSync(path.join(repoRoot, 'examples/datasets/gtd-sample.csv'), 'utf8');
const ucdpSubset = readFileSync(path.resolve(repoRoot, '../shared/data/ucdp_ged_pakistan/conflict_data_pak_2014_2017.csv'), 'utf8');

function acledFixture(): string {
  const cols = LAYOUTS.acled.columns;
  const rows = [
    { event_id_cnty: 'PAK1', event_date: '2016-03-27', year: '2016', time_precision: '1', event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb',
      actor1: 'Jamaat-ul-Ahrar', assoc_actor_1: 'TTP; Jundallah', actor2: 'Civilians (Pakistan)', country: 'Pakistan', admin1: 'Punjab',
      admin2: 'Lahore', location: 'Lahore', latitude: '31.55', longitude: '74.34', notes: 'Bombing in a park, "Easter", many dead.', fatalities: '75' },
    { event_id_cnty: 'PAK2', event_date: '8 August 2016', year: '2016', time_precision: '1', event_type: 'Battles', actor1: 'Military Forces of Pakistan', actor2: 'TTP',
      country: 'Pakistan', admin1: 'Balochistan', location: 'Quetta', fatalities: '' },
  ];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => {
    const v = (r as Record<string, string>)[c] ?? '';
    return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(','))].join('\n');
}

const cases: Array<[LayoutName, string]> = [
  ['gtd', gtdSample],
  ['acled', acledFixture()],
  ['ucdp', ucdpSubset.split('\n').slice(0, 301).join('\n')],
];

describe('layout round trip', () => {
  it.each(cases)('%s parses its own exported output back to the same incidents', (layout, csv) => {
    const first = parseIncidents(csv, layout);
    expect(first.problems).toEqual([]);
    expect(first.incidents.length).toBeGreaterThan(1);
    const again = parseIncidents(formatIncidents(first.incidents.map((p) => p.incident), layout), layout);
    expect(again.problems).toEqual([]);
    expect(again.incidents.map((p) => p.incident)).toEqual(first.incidents.map((p) => p.incident));
  });

  it('writes GTD unknowns the way GTD does', () => {
    const [inc] = parseIncidents(gtdSample, 'gtd').incidents.filter((p) => p.incident.perpetrators.length === 0);
    const csv = formatIncidents([{ ...inc!.incident, claimed: null, injured: null, killed: null }], 'gtd');
    const row = parseIncidentsRow(csv);
    expect(row).toMatchObject({ gname: 'Unknown', claimed: '-9', nkill: '', nwound: '', nperps: '-99' });
  });
});

function parseIncidentsRow(csv: string): Record<string, string> {
  const [header, line] = csv.trim().split('\n');
  const cells = line!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return Object.fromEntries(header!.split(',').map((h, i) => [h, cells[i] ?? '']));
}

describe('exportIncidents from ledger events', () => {
  const entities: EntityLite[] = [
    { id: 'e_ttp', type: 'organization', subtype: 'militant_group', name: 'Tehrik-e-Taliban Pakistan', lat: null, lon: null, attributes: {} },
    { id: 'e_gov', type: 'organization', subtype: 'state_agency', name: 'Government of Pakistan', lat: null, lon: null, attributes: {} },
    { id: 'e_quetta', type: 'place', subtype: 'city', name: 'Quetta', lat: 30.18, lon: 67.0,
      attributes: { gazetteer_id: 'geonames:1', country_code: 'PK', admin1: 'Balochistan', admin2: 'Quetta' } },
  ];
  const event: EventRecord = {
    id: 'evt_1', type: 'bombing', date: '2016-08', place: 'e_quetta',
    participants: [{ role: 'claimed_by', entity: 'e_ttp' }, { role: 'target', entity: 'e_gov' }],
    killed: 12, injured: null, arrested: null, amount: null, confidence: 0.6, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local',
    extractor: 'rules/event@1', evidence: [{ document: 'd', start: 0, end: 30, quote: 'A blast in Quetta killed 12.' }],
  };

  it.each(['gtd', 'acled', 'ucdp'] as const)('%s export reads back with date, place, actors and counts', (layout) => {
    const back = parseIncidents(exportIncidents([event], entities, layout), layout);
    expect(back.problems).toEqual([]);
    const i = back.incidents[0]!.incident;
    expect(i).toMatchObject({ country: 'Pakistan', admin1: 'Balochistan', lat: 30.18, lon: 67, killed: 12, perpetrators: ['Tehrik-e-Taliban Pakistan'] });
    expect(i.date).toBe('2016-08');
    if (layout !== 'acled') expect(i.location).toBe('Quetta');
    if (layout === 'gtd') expect(i).toMatchObject({ claimed: true, attack_type: 'Bombing/Explosion', summary: 'A blast in Quetta killed 12.', injured: null });
  });

  it('does not use a dataset row as a summary', () => {
    const fromDataset = { ...event, extractor: 'dataset:ucdp-ged@1' };
    expect(eventToIncident(fromDataset, new Map(entities.map((e) => [e.id, e])), 'gtd').summary).toBeNull();
  });
});
