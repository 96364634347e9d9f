import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';

/** Claims as "subject-name predicate object-name [from..to] flags" for readable assertions. */
const claims = (text: string, published?: string) => {
  const x = extract(text, { lexicon: TEST_LEXICON, published: published ?? null });
  const name = (k: string) => x.entities.find((e) => e.key === k)?.name ?? k;
  return [...x.claims].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || a.subject.localeCompare(b.subject) || a.predicate.localeCompare(b.predicate) || a.object.localeCompare(b.object)).map((c) => [name(c.subject), c.predicate, name(c.object), c.valid_from ?? '', c.valid_to ?? '', c.former ? 'former' : '', c.negated ? 'negated' : ''].join('|'));
};

describe('relation rules', () => {
  it('splits coordinated subjects of an allegiance and dates it', () => {
    expect(claims('In March 2015, Blue Front and Red Front pledged allegiance to the Islamic State.')).toEqual([
      'Blue Front|pledged_allegiance_to|Islamic State|2015-03|||', 'Red Front|pledged_allegiance_to|Islamic State|2015-03|||',
    ]);
  });

  it('gives each listed group a claim with the since date', () => {
    expect(claims('Groups such as Blue Front, Red Front and Ansar al-Test have worked under al-Qaeda’s tutelage since 2003.')).toEqual([
      'Ansar al-Test|affiliated_with|al-Qaeda|2003|||', 'Blue Front|affiliated_with|al-Qaeda|2003|||', 'Red Front|affiliated_with|al-Qaeda|2003|||',
    ]);
  });

  it('keeps denials as negated claims and skips hypotheticals', () => {
    expect(claims('Red Front has not pledged allegiance to the Islamic State.')).toEqual(['Red Front|pledged_allegiance_to|Islamic State||||negated']);
    expect(claims('Red Front was to pledge allegiance to the Islamic State.')).toEqual([]);
  });

  it('reads leadership, membership and spokesperson roles from titles and appositions', () => {
    expect(claims('Blue Front leader Maulana Zubair Ahmed spoke. Red Front’s spokesman Imran Bhatti agreed.')).toEqual([
      'Maulana Zubair Ahmed|leader_of|Blue Front||||', 'Imran Bhatti|spokesperson_of|Red Front||||',
    ]);
    expect(claims('Mufti Tariq Nawaz, a former Blue Front commander, moved on.')).toEqual(['Mufti Tariq Nawaz|member_of|Blue Front|||former|']);
  });

  it('resolves "the group" and "he" to their antecedents', () => {
    expect(claims('Blue Front was formed in 2001. The group is based in Lahore and operates in Punjab and Sindh.')).toEqual([
      'Blue Front|based_in|Lahore||||', 'Blue Front|operates_in|Punjab||||', 'Blue Front|operates_in|Sindh||||',
    ]);
  });

  it('infers leadership dates from succession and death', () => {
    const out = claims('Blue Front was led by Qari Aslam Shah. He was replaced by Mufti Daud Khan in June 2012. Mufti Daud Khan was killed in Multan in 2016.');
    expect(out).toContain('Qari Aslam Shah|leader_of|Blue Front||2012-06||');
    expect(out).toContain('Mufti Daud Khan|succeeded|Qari Aslam Shah|2012-06|||');
    expect(out).toContain('Mufti Daud Khan|leader_of|Blue Front|2012-06|2016||');
  });

  it('reads splinters, wings, branches and rivals', () => {
    expect(claims('Red Front, a splinter of Blue Front, fought Ansar al-Test.')).toEqual(['Red Front|rival_of|Ansar al-Test||||', 'Red Front|splinter_of|Blue Front||||']);
    expect(claims('Ansar al-Test is the political wing of Blue Front.')).toEqual(['Ansar al-Test|wing_of|Blue Front||||']);
    expect(claims('Red Front was formed in 2004 as a splinter of the sectarian group Blue Front.')).toEqual(['Red Front|splinter_of|Blue Front||||']);
    expect(claims("IS's Western Branch expanded. IS welcomed it.")).toEqual(['Islamic State West Province|branch_of|Islamic State||||']);
    expect(claims('Blue Front launched an offensive against Red Front.')).toEqual(['Blue Front|rival_of|Red Front||||']);
  });

  it('reads parents named as modifiers, predecessors, alliances and "-based"', () => {
    expect(claims('Red Front, a Blue Front splinter group led by Mufti Daud Khan, rejoined Blue Front in May 2019.')).toEqual([
      'Red Front|merged_into|Blue Front|2019-05|||', 'Red Front|splinter_of|Blue Front||||', 'Mufti Daud Khan|leader_of|Red Front||||',
    ]);
    expect(claims('Its leader Qari Aslam Shah replaced his predecessor Mufti Daud Khan.')).toContain('Qari Aslam Shah|succeeded|Mufti Daud Khan||||');
    expect(claims('Blue Front is a Lahore-based group and an ally of Red Front.')).toEqual(['Blue Front|allied_with|Red Front||||', 'Blue Front|based_in|Lahore||||']);
  });

  it('reads named parts of an organisation and "also known as" names', () => {
    expect(claims("Blue Front's Karachi faction is active and Red Front's Punjab chapter is new.")).toEqual([
      'Karachi faction|faction_of|Blue Front||||', 'Punjab chapter|branch_of|Red Front||||',
    ]);
    const x = extract('Red Front, also known as the Green Valley Movement, grew. The Green Valley Movement split.', { lexicon: TEST_LEXICON });
    expect(x.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Red Front', ['Green Valley Movement']]]);
  });

  it('does not spread a title over a coordinated list or an address', () => {
    expect(claims('Red Front was not involved, and Blue Front spokesman Imran Bhatti said so.')).toEqual(['Imran Bhatti|spokesperson_of|Blue Front||||']);
    expect(claims('Blue Front is based in Multan, Punjab.')).toEqual(['Blue Front|based_in|Multan||||', 'Multan|located_in|Punjab||||']);
  });

  it('resolves "the front" by its head noun, "He" to the last subject, and denials before the clause', () => {
    expect(claims('Blue Front met Ansar al-Test and Ansar al-Test praised it. The front is based in Multan.')).toContain('Blue Front|based_in|Multan||||');
    const family = claims('Mufti Daud Khan, Qari Aslam Shah\'s brother, was killed. He was replaced by his son Maulana Zubair Ahmed.');
    expect(family).toEqual([
      'Mufti Daud Khan|relative_of|Qari Aslam Shah||||', 'Mufti Daud Khan|relative_of|Maulana Zubair Ahmed||||', 'Maulana Zubair Ahmed|succeeded|Mufti Daud Khan||||',
    ]);
    expect(claims('Officials denied that the Blue Front supports Red Front.')).toEqual(['Blue Front|supports|Red Front||||negated']);
  });

  it('reads infobox fields as relations of the article subject', () => {
    const out = claims('Red Front\n\nRed Front is a militant group.\n- Leaders: Qari Aslam Shah\n- Allies: Blue Front\n- Headquarters: Multan\nRed Front was active.');
    expect(out).toEqual(['Qari Aslam Shah|leader_of|Red Front||||', 'Red Front|allied_with|Blue Front||||', 'Red Front|based_in|Multan||||']);
  });

  it('only relates types the ontology allows', () => {
    expect(claims('Lahore pledged allegiance to Multan.')).toEqual([]);
  });
});
