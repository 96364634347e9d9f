import { describe, expect, it } from 'vitest';
import type { Incident } from './incident.js';
import { LocalEntities, resolvePlace } from './local-entities.js';

const base: Incident = {
  layout: 'acled', source_id: null, date: '2016-03-27', country: 'Pakistan', admin1: 'Punjab', admin2: 'Lahore', location: 'Lahore',
  lat: null, lon: null, perpetrators: [], targets: [], victims: [], killed: null, injured: null, attack_type: null, target_type: null,
  claimed: null, summary: null, attributes: {},
};

describe('LocalEntities', () => {
  it('makes gazetteer groups, state actors and unknown named groups entities, but never generic actors', () => {
    const local = new LocalEntities();
    const refs = local.refsOf({
      ...base,
      perpetrators: ['Tehrik-i-Taliban Pakistan (TTP)', 'Unidentified Armed Group (Pakistan)', 'Lashkar of Zakakhel tribe'],
      targets: ['Military Forces of Pakistan', 'Protesters (Pakistan)'],
      victims: ['Civilians (Pakistan)'],
    });
    const byKey = new Map(local.entities().map((e) => [e.key, e]));
    const roles = refs.participants.map((p) => [p.role, byKey.get(p.key)!.name, byKey.get(p.key)!.subtype]);
    expect(roles).toEqual([
      ['perpetrator', 'Tehrik-e-Taliban Pakistan', 'militant_group'],
      ['perpetrator', 'Lashkar of Zakakhel tribe', 'other'],
      ['target', 'Military Forces of Pakistan', 'state_agency'],
    ]);
    expect(byKey.get('organization:ttp')!.attributes).toEqual({ gazetteer_id: 'ttp' });
    expect(byKey.get('organization:ttp')!.aliases).toContain('Tehrik-i-Taliban Pakistan (TTP)');
    expect(refs.place && byKey.get(refs.place.key)).toMatchObject({ type: 'place', name: 'Lahore', attributes: { admin1: 'Punjab' } });
  });

  it('gives a claimed attack claimed_by, and only known bodies as GTD targets', () => {
    const local = new LocalEntities();
    const refs = local.refsOf({ ...base, layout: 'gtd', claimed: true, perpetrators: ['Jamaat-ul-Ahrar'], targets: ['Market'], victims: ['Shoppers'] });
    expect(refs.participants.map((p) => p.role)).toEqual(['claimed_by']);
  });
});

describe('resolvePlace', () => {
  it('takes the finest level that agrees with the row, down to the country', () => {
    expect(resolvePlace({ ...base, location: 'Quetta', admin1: 'Balochistan', admin2: null })?.entry.name).toBe('Quetta');
    // A town of the same name in another province is refused; the district is used instead.
    const p = resolvePlace({ ...base, country: 'Pakistan', location: 'Lahore', admin1: 'Balochistan province', admin2: 'Quetta district' });
    expect(p?.entry).toMatchObject({ subtype: 'district', admin1: 'Balochistan' });
    expect(resolvePlace({ ...base, location: 'Nowhereville', admin2: null, admin1: null })?.entry.subtype).toBe('country');
    expect(resolvePlace({ ...base, country: null, location: null, admin1: null, admin2: null })).toBeNull();
  });
});
