/**
 * Clause-level readings: deaths are not bases, "took over" after an apposition, "the
 * new group" and plural "they", and local movements named by a bare generic name.
 * Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';
import { lexiconOf } from '../lexicon.js';

const claims = (text: string, lexicon = TEST_LEXICON) => {
  const x = extract(text, { lexicon, published: null });
  const name = (k: string) => x.entities.find((e) => e.key === k)?.name ?? k;
  return x.claims.map((c) => [name(c.subject), c.predicate, name(c.object), c.valid_from ?? '', c.former ? 'former' : ''].join('|')).sort();
};

describe('clauses', () => {
  it('does not read a death place as a base, but a named group’s headquarters is one', () => {
    const out = claims('Qari Noor Wazir, who was killed in an airstrike on Red Front’s headquarters in Okara in 2019, had led the cell.');
    expect(out.some((c) => c.startsWith('Qari Noor Wazir|based_in'))).toBe(false);
    expect(out).toContain('Red Front|based_in|Okara||');
  });

  it('reads "X, the former chief of …, had taken over Y" as a current leadership with its date', () => {
    expect(claims('Mufti Karim Yusufzai, the former chief of Blue Front, had taken over Red Front in May 2011.')).toContain('Mufti Karim Yusufzai|leader_of|Red Front|2011-05|');
  });

  it('resolves "the new group" to the group that opened the previous sentence rather than one named later in it', () => {
    const out = claims('Red Front was announced in 2014 by commanders who had left Blue Front. The new group was led by Qari Noor Wazir.');
    expect(out).toContain('Qari Noor Wazir|leader_of|Red Front||');
  });

  it('does not make an organisation the subject of what a plural of people did', () => {
    const out = claims('Blue Front lost many men in 2015. After their arrest, the young recruits said they had pledged allegiance to Ansar al-Test.');
    expect(out.some((c) => c.includes('pledged_allegiance_to'))).toBe(false);
  });

  it('leaves a bare movement name with a regional qualifier unresolved', () => {
    const lex = lexiconOf([{ id: 'afghan-taliban', name: 'Afghan Taliban', subtype: 'militant_group', aliases: ['Taliban'] }, { id: 'blue-front', name: 'Blue Front', subtype: 'militant_group', aliases: [] }],
      [{ id: 'd:okara', name: 'Okara', subtype: 'district', lat: 1, lon: 2 }]);
    expect(claims('Mufti Karim Yusufzai, the chief of the Taliban in Okara, met Blue Front.', lex).some((c) => c.includes('Afghan Taliban'))).toBe(false);
    expect(claims('Mufti Karim Yusufzai, the chief of the Taliban, met Blue Front.', lex)).toContain('Mufti Karim Yusufzai|leader_of|Afghan Taliban||');
  });

  it('reads founding and splitting told in one bracketed apposition', () => {
    const out = claims('Its militant arm was Red Front (RF), formed in Okara in 1999 by Qari Noor Wazir as a breakaway faction of Blue Front.');
    expect(out).toContain('Qari Noor Wazir|founder_of|Red Front|1999|');
    expect(out).toContain('Red Front|splinter_of|Blue Front|1999|');
  });

  it('names a successor in an apposition and reads "was rejoining" as a merger', () => {
    const out = claims('Mufti Karim Yusufzai led Red Front until he died. His successor, Qari Noor Wazir, was arrested in 2020.');
    expect(out).toContain('Qari Noor Wazir|succeeded|Mufti Karim Yusufzai||');
    expect(claims('In May 2018 a spokesman said that Red Front was rejoining Blue Front.')).toContain('Red Front|merged_into|Blue Front|2018-05|');
  });

  it('keeps a group referred to as "the new group" salient for a later "its"', () => {
    const out = claims('Red Front was announced in 2014 by commanders who had left Blue Front. The new group was led by Qari Noor Wazir, who had commanded Blue Front in Okara. Its spokesman, Maulana Imran Bhatti, was arrested.');
    expect(out).toContain('Maulana Imran Bhatti|spokesperson_of|Red Front||');
    expect(out.some((c) => c.startsWith('Maulana Imran Bhatti|spokesperson_of|Blue Front'))).toBe(false);
  });

  it('reads "who heads", "joined" and "later defected to", each clause with its own date', () => {
    expect(claims('Maulana Karim Yusufzai, who heads Red Front, denied the report.')).toContain('Maulana Karim Yusufzai|leader_of|Red Front||');
    const out = claims('Mufti Tariq Nawaz joined Red Front in 2010 and later defected to Blue Front.');
    expect(out).toContain('Mufti Tariq Nawaz|member_of|Red Front|2010|');
    expect(out).toContain('Mufti Tariq Nawaz|member_of|Blue Front||');
  });

  it('reads arms, front organisations, pair alliances and rivalries, and announced mergers', () => {
    expect(claims('Red Front, a semi-autonomous arm of Blue Front, operates in Punjab.')).toContain('Red Front|wing_of|Blue Front||');
    expect(claims('Red Front is a front organisation for Blue Front.')).toContain('Red Front|wing_of|Blue Front||');
    expect(claims('Red Front and Blue Front formed an alliance in 2015.')).toEqual(['Red Front|allied_with|Blue Front|2015|']);
    expect(claims('Red Front and Blue Front have clashed repeatedly in Okara.')).toEqual(['Red Front|rival_of|Blue Front||']);
    expect(claims('In 2015 Red Front announced its merger with Blue Front.')).toEqual(['Red Front|merged_into|Blue Front|2015|']);
    expect(claims('Red Front is now led by Qari Noor Wazir.')).toEqual(['Qari Noor Wazir|leader_of|Red Front||']);
  });

  it('dates a group announced by another group’s commanders as its splinter, and infers the predecessor’s leadership', () => {
    expect(claims('Red Front was announced in May 2014 by commanders of Blue Front.')).toContain('Red Front|splinter_of|Blue Front|2014-05|');
    const out = claims('Mufti Tariq Nawaz had taken over Blue Front in June 2012 after his predecessor, Qari Noor Wazir, was killed in Okara.');
    expect(out).toContain('Mufti Tariq Nawaz|leader_of|Blue Front|2012-06|');
    expect(out).toContain('Qari Noor Wazir|leader_of|Blue Front||former');
  });

  it('reads "another senior X figure", "was trying to help Y" and a fronted place of activity', () => {
    expect(claims('Police also held Qari Noor Wazir, another senior Red Front figure, in the raid.')).toContain('Qari Noor Wazir|member_of|Red Front||');
    expect(claims('The raid hit a camp of Red Front, which was trying to help Blue Front recruit in Punjab.')).toContain('Red Front|supports|Blue Front||');
    expect(claims('In Multan, Red Front has worked through small cells.')).toEqual(['Red Front|operates_in|Multan||']);
    expect(claims('<p>In Multan, Red Front has worked through small cells.</p>')).toEqual(['Red Front|operates_in|Multan||']);
    expect(claims('Red Front met in Multan, and Blue Front has worked with it.').some((c) => c.includes('operates_in'))).toBe(false);
  });
});
