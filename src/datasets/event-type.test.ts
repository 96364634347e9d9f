import { describe, expect, it } from 'vitest';
import { eventTypeOf } from './event-type.js';
import type { Incident } from './incident.js';

const base: Incident = {
  layout: 'ucdp', source_id: null, date: null, country: null, admin1: null, admin2: null, location: null, lat: null, lon: null,
  perpetrators: [], targets: [], victims: [], killed: null, injured: null, attack_type: null, target_type: null, claimed: null,
  summary: null, attributes: {},
};

describe('eventTypeOf', () => {
  it('prefers the dataset attack type when it is specific', () => {
    expect(eventTypeOf({ ...base, layout: 'gtd', attack_type: 'Bombing/Explosion', summary: 'gunmen shot' })).toBe('bombing');
    expect(eventTypeOf({ ...base, layout: 'gtd', attack_type: 'Assassination' })).toBe('killing');
    expect(eventTypeOf({ ...base, layout: 'gtd', attack_type: 'Facility/Infrastructure Attack', summary: 'a guard was killed' })).toBe('attack');
    expect(eventTypeOf({ ...base, layout: 'acled', attack_type: 'Explosions/Remote violence', target_type: 'Air/drone strike' })).toBe('bombing');
    expect(eventTypeOf({ ...base, layout: 'acled', attack_type: 'Strategic developments', target_type: 'Arrests' })).toBe('arrest');
  });

  it('falls back to headline cues, then to a plain attack', () => {
    expect(eventTypeOf({ ...base, attack_type: 'state-based', summary: 'Suicide blast kills 12 in Quetta' })).toBe('bombing');
    expect(eventTypeOf({ ...base, attack_type: 'state-based', summary: 'Drone strike kills five in North Waziristan' })).toBe('killing');
    expect(eventTypeOf({ ...base, attack_type: 'one-sided', summary: 'Gunmen open fire on a bus' })).toBe('shooting');
    expect(eventTypeOf({ ...base, attack_type: 'state-based', summary: 'Police arrest three suspects' })).toBe('arrest');
    expect(eventTypeOf({ ...base, attack_type: 'state-based', summary: null })).toBe('attack');
  });
});
