import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';

const ents = (text: string) => {
  const x = extract(text, { lexicon: TEST_LEXICON });
  return x.mentions.map((m) => `${m.entity.split(':')[0]}=${m.text}`);
};

describe('entity recognition', () => {
  it('matches dictionary names by longest match, acronyms only in their own case', () => {
    expect(ents('Is the Islamic State of Iraq and Syria active? IS is.')).toEqual(['organization=Islamic State of Iraq and Syria', 'organization=IS']);
    expect(ents('Tehreek-e-Test Balochistan was active in Punjab.')).toEqual(['organization=Tehreek-e-Test Balochistan', 'place=Punjab']);
  });

  it('accepts a lower-cased generic head noun at the end of a known name, but not other lower-cased words', () => {
    expect(ents('Later the Islamic State West province claimed it.')).toEqual(['organization=Islamic State West province']);
    expect(ents('The Blue front rallied.')).not.toContain('organization=Blue front');
  });

  it('does not link a single name part that sits inside another capitalised name', () => {
    const out = ents('The cleric Maulana Tariq Shah was arrested. Later a bomb hit the Shah Daud shrine, and Shah himself was freed.');
    expect(out.filter((m) => m === 'person=Shah')).toHaveLength(1);
  });

  it('matches transliteration variants of multi-word names', () => {
    expect(ents('Tehrik-i-Test Balochistan struck again.')).toEqual(['organization=Tehrik-i-Test Balochistan']);
  });

  it('recognises unknown organisations by form and their bracketed acronyms', () => {
    const x = extract('The Lashkar-e-Nowhere (LeN) and the Green Valley Liberation Front appeared. LeN grew.', { lexicon: TEST_LEXICON });
    const len = x.entities.find((e) => e.name === 'Lashkar-e-Nowhere');
    expect(len?.type).toBe('organization');
    expect(len?.aliases).toContain('LeN');
    expect(x.mentions.filter((m) => m.entity === len?.key)).toHaveLength(3);
    expect(x.entities.some((e) => e.name === 'Green Valley Liberation Front' && e.type === 'organization')).toBe(true);
  });

  it('recognises people from honorifics, ranks, cue words and name patterns', () => {
    const x = extract('Maulana Zubair Ahmed met Lt. General Tariq Nawaz and spokesman Imran Bhatti. Abu Hamza al-Masri was there.', { lexicon: TEST_LEXICON });
    expect(x.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Maulana Zubair Ahmed', 'Tariq Nawaz', 'Imran Bhatti', 'Abu Hamza al-Masri']);
  });

  it('links later name parts to the person, even when the part is also a city', () => {
    const x = extract('The group was founded by Kamran Basra. Basra was arrested in Lahore. Kamran fled.', { lexicon: TEST_LEXICON });
    const person = x.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Kamran Basra');
    expect(x.mentions.filter((m) => m.entity === person?.key).map((m) => m.text)).toEqual(['Kamran Basra', 'Basra', 'Kamran']);
    expect(x.entities.some((e) => e.name === 'Basra' && e.type === 'place')).toBe(false);
  });

  it('keeps place suffixes in the span and does not tag country words inside organisation names', () => {
    expect(ents('They moved to Okara district and then to the city of Zangabad.')).toEqual(['place=Okara district', 'place=Zangabad']);
    expect(ents('Tehreek-e-Test Balochistan of Pakistan')).toEqual(['organization=Tehreek-e-Test Balochistan', 'place=Pakistan']);
  });

  it('records an alias given with aka', () => {
    const x = extract('The cell was led by Tahir Qureshi aka Bilal, a veteran.', { lexicon: TEST_LEXICON });
    const p = x.entities.find((e) => e.type === 'person');
    expect(p?.name).toBe('Tahir Qureshi');
    expect(p?.aliases).toContain('Bilal');
  });

  it('labels unknown names by the company they keep', () => {
    expect(ents('Officials said Karim Baksh told reporters that NADRA had records. Ghazi Nagar, Lahore was sealed.')).toEqual([
      'person=Karim Baksh', 'organization=NADRA', 'place=Ghazi Nagar', 'place=Lahore',
    ]);
    expect(ents('The commission chief Nikolaus van der Pas said no.')).toEqual(['person=Nikolaus van der Pas']);
  });

  it('reads an all-caps dateline as its place, but not an all-caps heading word', () => {
    expect(ents('MULTAN: Police said Red Front was active.')).toEqual(['place=MULTAN', 'organization=Red Front']);
    expect(ents('MULTAN FRONT NEWS')).toEqual([]);
  });

  it('keeps sentence-initial common words and nationality adjectives out', () => {
    expect(ents('However, Pakistani officials said nothing. Several groups exist.')).toEqual([]);
  });
});
