import { describe, expect, it } from 'vitest';
import { buildIndex, candidates, type IndexedProfile } from './blocking.js';

const profiles: IndexedProfile[] = [
  { id: 'ttp', type: 'organization', name: 'Tehreek-e-Taliban Pakistan', aliases: [] },
  { id: 'lej', type: 'organization', name: 'Lashkar-e-Jhangvi', aliases: [] },
  { id: 'let', type: 'organization', name: 'Lashkar-e-Taiba', aliases: ['Jamaat-ud-Dawa'] },
  { id: 'aq', type: 'organization', name: 'al-Qaeda', aliases: [] },
  { id: 'hsk', type: 'person', name: 'Hafiz Saeed Khan', aliases: [] },
  { id: 'hs', type: 'person', name: 'Hafiz Muhammad Saeed', aliases: [] },
];
for (let i = 0; i < 2000; i++) profiles.push({ id: `p${i}`, type: 'person', name: `Muhammad Khan ${i}`, aliases: [] });

describe('blocking index', () => {
  const index = buildIndex(profiles);

  it('finds transliterations and acronyms through their keys', () => {
    expect(candidates(index, { type: 'organization', name: 'Tehrik-i-Taliban Pakistan', aliases: [] })[0]?.id).toBe('ttp');
    expect(candidates(index, { type: 'organization', name: 'TTP', aliases: [] })[0]?.id).toBe('ttp');
    expect(candidates(index, { type: 'organization', name: 'LeJ', aliases: [] })[0]?.id).toBe('lej');
    expect(candidates(index, { type: 'organization', name: 'Al Qaida', aliases: [] })[0]?.id).toBe('aq');
  });

  it('ranks the same person above a namesake and keeps the namesake as possible', () => {
    const found = candidates(index, { type: 'person', name: 'Hafiz Saeed', aliases: [] });
    expect(found.map((c) => [c.id, c.decision])).toEqual([['hs', 'same'], ['hsk', 'possible']]);
  });

  it('returns nothing for a name it has never seen', () => {
    expect(candidates(index, { type: 'organization', name: 'Zzyzx Front', aliases: [] })).toEqual([]);
  });
});
