import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/records.js';
import { aggregateByGroup, aggregateByProvince, aggregateByType, aggregateToCsv, provinceOf, type EntityForAggregates } from './aggregates.js';

const entities: EntityForAggregates[] = [
  { id: 'quetta', type: 'place', subtype: 'city', name: 'Quetta', attributes: { admin1: 'Balochistan' } },
  { id: 'balochistan', type: 'place', subtype: 'province', name: 'Balochistan', attributes: { admin1: 'Balochistan' } },
  { id: 'fata', type: 'place', subtype: 'region', name: 'Federally Administered Tribal Areas', attributes: {} },
  { id: 'pk', type: 'place', subtype: 'country', name: 'Pakistan', attributes: {} },
  { id: 'ttp', type: 'organization', subtype: 'militant_group', name: 'TTP', attributes: {} },
  { id: 'lej', type: 'organization', subtype: 'militant_group', name: 'LeJ', attributes: {} },
];

let n = 0;
function ev(date: string | null, place: string | null, killed: number | null, groups: string[], type: EventRecord['type'] = 'bombing', injured: number | null = null): EventRecord {
  n += 1;
  return {
    id: `e${n}`, type, date, place, participants: groups.map((g, i) => ({ role: i === 0 ? 'perpetrator' : 'claimed_by', entity: g })),
    killed, injured, arrested: null, amount: null, confidence: 0.9, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local', extractor: 't', evidence: [],
  };
}

const events = [
  ev('2016-08-08', 'quetta', 70, ['ttp', 'lej'], 'bombing', 100),
  ev('2016-10-24', 'balochistan', 61, ['lej'], 'shooting'),
  ev('2017-02', 'quetta', null, ['ttp']),
  ev('2016', 'fata', 5, []),
  ev(null, 'pk', 1, ['ttp'], 'attack'),
];

describe('aggregates', () => {
  it('counts incidents and deaths by province and year, keeping unknown tolls apart', () => {
    expect(provinceOf(entities[0])).toBe('Balochistan');
    const rows = aggregateByProvince(events, entities, { byYear: true });
    expect(rows).toContainEqual({ key: 'Balochistan', year: 2016, incidents: 2, killed: 131, injured: 100, killed_unknown: 0 });
    expect(rows).toContainEqual({ key: 'Balochistan', year: 2017, incidents: 1, killed: 0, injured: 0, killed_unknown: 1 });
    expect(rows).toContainEqual({ key: 'Federally Administered Tribal Areas', year: 2016, incidents: 1, killed: 5, injured: 0, killed_unknown: 0 });
    expect(rows).toContainEqual({ key: '(unknown)', year: null, incidents: 1, killed: 1, injured: 0, killed_unknown: 0 });
    expect(aggregateByProvince(events, entities, { year: 2016 }).map((r) => [r.key, r.incidents])).toEqual([['Balochistan', 2], ['Federally Administered Tribal Areas', 1]]);
  });

  it('counts an incident once for each group that carried out or claimed it', () => {
    const rows = aggregateByGroup(events, entities);
    expect(rows.map((r) => [r.key, r.incidents, r.killed])).toEqual([['TTP', 3, 71], ['LeJ', 2, 131], ['(unknown)', 1, 5]]);
  });

  it('counts by event type and writes CSV with a header', () => {
    const rows = aggregateByType(events, entities);
    expect(rows[0]).toMatchObject({ key: 'bombing', incidents: 3, killed: 75, killed_unknown: 1 });
    expect(aggregateToCsv(rows, 'type').split('\n')[0]).toBe('type,year,incidents,killed,injured,killed_unknown');
  });
});
