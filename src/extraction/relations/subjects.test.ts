/**
 * Subject selection for verb rules: the clause subject, not an organisation that only
 * modifies another head noun (possessive, "X commanders", an apposition's modifier).
 * Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';

const claims = (text: string, published?: string) => {
  const x = extract(text, { lexicon: TEST_LEXICON, published: published ?? null });
  const name = (k: string) => x.entities.find((e) => e.key === k)?.name ?? k;
  return x.claims.map((c) => [name(c.subject), c.predicate, name(c.object), c.valid_from ?? '', c.valid_to ?? ''].join('|')).sort();
};

describe('clause subjects of verb rules', () => {
  it('skips an organisation in a possessive title and resolves "he and N X commanders" to the named person', () => {
    const out = claims('Last spring Blue Front’s chief spokesman, Yawar Dilbaz, said that he and three Blue Front commanders had sworn allegiance to Red Front.');
    expect(out).toContain('Yawar Dilbaz|pledged_allegiance_to|Red Front||');
    expect(out.some((c) => c.startsWith('Blue Front|pledged_allegiance_to'))).toBe(false);
  });

  it('takes the head of an apposition, not the group named inside it', () => {
    const out = claims('Red Front, a Blue Front splinter known for raids on border posts, announced its support for Ansar al-Test.');
    expect(out).toContain('Red Front|supports|Ansar al-Test||');
    expect(out.some((c) => c.startsWith('Blue Front|supports'))).toBe(false);
  });

  it('still reads an organisation’s collective leadership as the organisation', () => {
    expect(claims('Red Front’s senior leadership has pledged allegiance to Ansar al-Test.')).toContain('Red Front|pledged_allegiance_to|Ansar al-Test||');
  });

  it('accepts an object whose mention starts after an article particle ("to al-X")', () => {
    const out = claims('The preacher Abu Talha al-Zarwani returned home in 2011. In May 2012 Blue Front pledged allegiance to al-Zarwani.');
    expect(out).toContain('Blue Front|pledged_allegiance_to|Abu Talha al-Zarwani|2012-05|');
  });
});

describe('appositions, titles and leadership verbs', () => {
  it('gives an apposition no date from the main clause', () => {
    const out = claims('On March 3, 2019 Mufti Karim Yusufzai, the co-founder of Red Front, was arrested in Multan.');
    expect(out).toContain('Mufti Karim Yusufzai|founder_of|Red Front||');
    // A founding stated as a verb still takes its date.
    expect(claims('In 2004 Mufti Karim Yusufzai founded Red Front.')).toContain('Mufti Karim Yusufzai|founder_of|Red Front|2004|');
  });

  it('reads "led by X" after a bracketed short form', () => {
    expect(claims('In June 2016 the Tehreek-e-Test Balochistan (TTB), led by Qari Noor Wazir, pledged allegiance to Ansar al-Test.')).toEqual([
      'Qari Noor Wazir|leader_of|Tehreek-e-Test Balochistan||', 'Tehreek-e-Test Balochistan|pledged_allegiance_to|Ansar al-Test|2016-06|',
    ]);
  });

  it('reads "named X its emir" and "appointed X as its new spokesman", resolving "its" to the group in the sentence', () => {
    expect(claims('Red Front held a council. In 2018 Blue Front dissolved its shura and named Qari Noor Wazir its emir.')).toContain('Qari Noor Wazir|leader_of|Blue Front|2018|');
    expect(claims('Red Front held a council. Blue Front later appointed Maulana Imran Bhatti as its new spokesman.')).toContain('Maulana Imran Bhatti|spokesperson_of|Blue Front||');
    // Without the verb, "X its emir" is not a naming.
    expect(claims('Blue Front met Qari Noor Wazir, its emir was absent.').some((c) => c.includes('leader_of'))).toBe(false);
  });

  it('reads regional chiefs as members, deputies as members and "the director general of X, Y" as leadership', () => {
    expect(claims('The oldest of them was Qari Noor Wazir, the Blue Front chief for Okara district; others ran cells.')).toContain('Qari Noor Wazir|member_of|Blue Front||');
    expect(claims('Later Red Front’s deputy emir, Qari Noor Wazir, wrote a letter.')).toContain('Qari Noor Wazir|member_of|Red Front||');
    expect(claims('In May 2019 the director general of Red Front, Brigadier Karim Yusufzai, spoke in Okara.')).toContain('Karim Yusufzai|leader_of|Red Front||');
  });
});
