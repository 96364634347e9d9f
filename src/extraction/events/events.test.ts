import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { TEST_LEXICON } from '../test-lexicon.js';

const events = (text: string, published?: string) => {
  const x = extract(text, { lexicon: TEST_LEXICON, published: published ?? null });
  const name = (k: string | null) => (k ? x.entities.find((e) => e.key === k)?.name ?? k : '');
  return x.events.map((e) => ({
    type: e.type, date: e.date, place: name(e.place), killed: e.killed, injured: e.injured, arrested: e.arrested,
    who: e.participants.map((p) => `${p.role}=${name(p.entity)}`).sort(),
  }));
};

describe('event rules', () => {
  it('reads a bombing with date, most specific place, counts and the claim of responsibility', () => {
    expect(events('On 4 June 2014, a suicide bomb exploded at a market in Multan, Punjab, killing at least 23 people and wounding 41. Red Front claimed responsibility for the blast.')).toEqual([
      { type: 'bombing', date: '2014-06-04', place: 'Multan', killed: 23, injured: 41, arrested: null, who: ['claimed_by=Red Front'] },
    ]);
  });

  it('takes the attacker’s group from "a bomber from X" and does not make X’s parent a target', () => {
    const out = events('On June 2, 2019 a suicide bomber from Red Front, a faction of Blue Front, attacked a market in Okara.');
    expect(out).toHaveLength(1);
    expect(out[0]!.who).toEqual(['perpetrator=Red Front']);
  });

  it('reads a killing stated after an apposition, with the later date of the clause', () => {
    const out = events('Qari Noor Wazir took over Red Front after his predecessor, Mufti Karim Yusufzai, was killed in an airstrike in Okara on May 4, 2019.');
    expect(out.find((e) => e.type === 'killing')).toMatchObject({ date: '2019-05-04', place: 'Okara', who: ['killed_person=Mufti Karim Yusufzai'] });
  });

  it('keeps a clause ending in a colon inside its wrapped sentence', () => {
    const text = 'Mufti Karim Yusufzai, a Blue Front commander, was promoted in 2018. Yusufzai did not survive long: an airstrike killed him in Okara in\nMarch 2019.';
    expect(events(text).find((e) => e.type === 'killing')).toMatchObject({ date: '2019-03', who: ['killed_person=Mufti Karim Yusufzai'] });
  });

  it('keeps a "when" clause with the dated incident it describes and reads "X also claimed that bombing"', () => {
    const out = events('Its worst raid came on June 9, 2018, when a suicide bomber hit a wedding near Okara and killed about forty people. Red Front also claimed that bombing.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'bombing', date: '2018-06-09', killed: 40, who: ['claimed_by=Red Front'] });
  });

  it('gives every coordinated claimant, but not a group in a preceding clause', () => {
    expect(events('On July 1, 2018 a bomb killed nine people in Okara. Both Red Front and Blue Front claimed that attack.')[0]!.who).toEqual(['claimed_by=Blue Front', 'claimed_by=Red Front']);
    expect(events('On July 1, 2018 a bomb killed nine people in Okara. Posters praised Blue Front, and Red Front claimed the attack.')[0]!.who).toEqual(['claimed_by=Red Front']);
  });

  it('reads "a X suicide bomber attacked" as X’s attack and ignores a killing recalled as a motive', () => {
    const out = events('On March 2, 2019 a Red Front suicide bomber attacked the court in Okara; the group said it was avenging the execution of Mufti Karim Yusufzai.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'bombing', date: '2019-03-02', who: ['perpetrator=Red Front'] });
  });

  it('credits the incident to the group "the attackers belonged to", and ignores "would-be bombers" as a trigger', () => {
    const out = events('On May 5, 2019 four gunmen stormed a college in Okara and killed 20 people. A police chief said the attackers belonged to Red Front.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'attack', date: '2019-05-05', killed: 20, who: ['perpetrator=Red Front'] });
    expect(events('On June 3, 2019 troops raided a hideout near Okara and killed six militants, two of them would-be suicide bombers.')[0]).toMatchObject({ type: 'raid', date: '2019-06-03' });
  });

  it('names the person arrested after an apposition', () => {
    expect(events('Red Front’s founder, Mufti Tariq Nawaz, was arrested in Okara on May 2, 2011.')[0]).toMatchObject({ type: 'arrest', date: '2011-05-02', who: ['arrested=Mufti Tariq Nawaz'] });
  });

  it('reads "gunmen shot dead N" as a dated shooting and "killed <group> commander X" as a killing', () => {
    expect(events('On 12 May 2018, gunmen shot dead two policemen in Multan; nobody claimed the attack.')[0]).toMatchObject({ type: 'shooting', date: '2018-05-12', killed: 2 });
    expect(events('A drone strike on July 8, 2019 killed Red Front commander Qari Noor Wazir in Okara.')[0]).toMatchObject({ type: 'killing', date: '2019-07-08', who: ['killed_person=Qari Noor Wazir'] });
  });

  it('reads no incident from a title or a short heading line, and reads "had murdered X" as a killing', () => {
    expect(events('# Bombings and arrests in Okara, 2019\n\nAttacks in 2019\n\nThe year was calm.')).toEqual([]);
    expect(events('Police said the same men had murdered the journalist Mufti Karim Yusufzai in Okara in April 2019.')[0]).toMatchObject({ type: 'killing', date: '2019-04', who: ['killed_person=Mufti Karim Yusufzai'] });
  });

  it('splits "…; hours later …" into two incidents dated by the lead-in sentence', () => {
    const out = events('On May 9, 2019 Red Front struck twice. Gunmen stormed a police post in Multan and were shot dead; hours later a suicide bomber attacked the court in Okara, killing six people.');
    expect(out.map((e) => `${e.type}@${e.place}`)).toEqual(expect.arrayContaining(['bombing@Okara']));
    expect(out.some((e) => e.type === 'bombing' && e.place === 'Multan')).toBe(false);
    // The lead-in sentence's day dates the incidents it announces.
    expect(out.find((e) => e.type === 'bombing')!.date).toBe('2019-05-09');
  });

  it('does not read "a record of attacks" as an incident', () => {
    expect(events('In May 2019 Red Front, a group with a record of attacks on police, declared a truce.')).toEqual([]);
  });

  it('reads a surrender as an arrest of the one who surrendered', () => {
    expect(events('On April 3, 2019 officials announced that Mufti Karim Yusufzai had surrendered to the police in Okara.')[0]).toMatchObject({ type: 'arrest', date: '2019-04-03', who: ['arrested=Mufti Karim Yusufzai'] });
  });

  it('dates list items by the publication context and keeps one event per incident', () => {
    const out = events('== May ==\n3 May - Gunmen opened fire on a bus in Hyderabad, killing six.\n9 May - Twelve people were killed in a bomb blast in Lahore.', '2013-01-15');
    expect(out.map((e) => [e.type, e.date, e.place, e.killed])).toEqual([['shooting', '2012-05-03', 'Hyderabad', 6], ['bombing', '2012-05-09', 'Lahore', 12]]);
  });

  it('inherits the paragraph year for a bare month', () => {
    const out = events('In March 2011, Blue Front attacked a checkpoint in Okara district, killing four. In May, the group bombed a school in Lahore that killed nine.');
    expect(out.map((e) => [e.type, e.date, e.place, e.killed, e.who.join()])).toEqual([
      ['attack', '2011-03', 'Okara', 4, 'perpetrator=Blue Front'], ['bombing', '2011-05', 'Lahore', 9, 'perpetrator=Blue Front'],
    ]);
  });

  it('reads killings of named people, arrests, designations and leadership changes', () => {
    const out = events('Mufti Daud Khan, the chief of Blue Front, was killed in a drone strike in Okara district in May 2016. Police arrested 14 Red Front militants in Lahore in June 2016. Red Front was banned by Pakistan in 2017. He was replaced by Qari Aslam Shah.');
    expect(out.map((e) => [e.type, e.date, e.place, e.arrested, e.who.join()])).toEqual([
      ['killing', '2016-05', 'Okara', null, 'killed_person=Mufti Daud Khan'],
      ['arrest', '2016-06', 'Lahore', 14, ''],
      ['designation', '2017', 'Pakistan', null, 'perpetrator=Pakistan,target=Red Front'],
      ['leadership_change', null, '', null, 'leader=Qari Aslam Shah'],
    ]);
  });

  it('merges a follow-up sentence about the same incident and drops vague generic mentions', () => {
    const out = events('On 2 March 2015, gunmen attacked a mosque in Multan. The shooting left 17 dead. Blue Front has carried out attacks in Punjab.');
    expect(out).toEqual([{ type: 'shooting', date: '2015-03-02', place: 'Multan', killed: 17, injured: null, arrested: null, who: [] }]);
  });

  it('reads fronted designations, active arrests and relative dates', () => {
    const out = events('Designated as a terrorist group on 3 March 2012, Red Front is active in Sindh. Last month, the Blue Front arrested five Red Front militants in Hyderabad.', '2013-07-10');
    expect(out.map((e) => [e.type, e.date, e.arrested, e.who.join()])).toEqual([
      ['designation', '2012-03-03', null, 'target=Red Front'], ['arrest', '2013-06', 5, 'arresting_agency=Blue Front'],
    ]);
  });

  it('reads active designations and killings, and dated casualty lines without an incident word', () => {
    const out = events('In 2012, Pakistan banned Red Front. May 2013 – Police killed Qari Aslam Shah in Multan. 4 June – Six people were killed in Okara district.', '2014-01-01');
    expect(out.map((e) => [e.type, e.date, e.place, e.killed, e.who.join()])).toEqual([
      ['designation', '2012', 'Pakistan', null, 'perpetrator=Pakistan,target=Red Front'],
      ['killing', '2013-05', 'Multan', null, 'killed_person=Qari Aslam Shah'],
      ['attack', '2013-06-04', 'Okara', 6, ''],
    ]);
  });

  it('credits a mastermind to the incident told before, and names the arresting forces', () => {
    const out = events('On 2 March 2015, gunmen attacked a bus in Multan, killing 9. Pakistani security forces later arrested four men in Lahore. The mastermind behind the attack, Qari Aslam Shah, escaped.');
    expect(out.map((e) => [e.type, e.arrested, e.who.join()])).toEqual([
      ['shooting', null, 'perpetrator=Qari Aslam Shah'], ['arrest', 4, 'arresting_agency=Pakistani security forces'],
    ]);
  });

  it('reads listings and a group as the subject of a killing verb', () => {
    const out = events('Red Front was listed on 3 February 2003 by the council. In May 2004, the group killed 12 people in an attack on a shrine in Multan.');
    expect(out.map((e) => [e.type, e.date, e.killed, e.who.join()])).toEqual([
      ['designation', '2003-02-03', null, 'target=Red Front'], ['attack', '2004-05', 12, 'perpetrator=Red Front'],
    ]);
  });

  it('reads a dated military offensive against a group', () => {
    const out = events('The army launched Operation Zarb-e-Test against Red Front in Okara district in June 2014.');
    expect(out).toEqual([{ type: 'offensive', date: '2014-06', place: 'Okara', killed: null, injured: null, arrested: null, who: ['target=Red Front'] }]);
  });

  it('reads a death toll and a passive claim', () => {
    const out = events('On 2016-03-04 a bomb exploded in Multan; the death toll rose to 25. The attack was claimed by Red Front and Blue Front.');
    expect(out).toEqual([{ type: 'bombing', date: '2016-03-04', place: 'Multan', killed: 25, injured: null, arrested: null, who: ['claimed_by=Blue Front', 'claimed_by=Red Front'] }]);
  });

  it('does not read "the banned group X" as a designation', () => {
    expect(events('The banned militant group Red Front claimed the attack.')).toEqual([]);
  });

  it('ties every event to its sentence', () => {
    const text = 'Calm day. On 1 May 2015, a bomb killed 3 in Lahore.';
    const x = extract(text, { lexicon: TEST_LEXICON });
    expect(x.events[0]!.evidence.map((s) => text.slice(s.start, s.end))).toEqual(['On 1 May 2015, a bomb killed 3 in Lahore.']);
    expect(x.events[0]!.extractor).toMatch(/^rules\/event-bombing@\d+$/);
  });
});
