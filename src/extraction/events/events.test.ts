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
    // The declaration itself is a statement, not an attack.
    expect(events('In May 2019 Red Front, a group with a record of attacks on police, declared a truce.').map((e) => e.type)).toEqual(['statement']);
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

  it('reads a dated military offensive against a group, launched by the unnamed army', () => {
    const out = events('The army launched Operation Zarb-e-Test against Red Front in Okara district in June 2014.');
    expect(out).toEqual([{ type: 'offensive', date: '2014-06', place: 'Okara', killed: null, injured: null, arrested: null, who: ['perpetrator=army', 'target=Red Front'] }]);
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

  it('reads a dated announcement as a statement by the speaker and the group he speaks for', () => {
    expect(events('On March 2, 2019 Red Front’s spokesman, Qari Zahid Mehmood, announced a ceasefire in Okara.')).toEqual([
      { type: 'statement', date: '2019-03-02', place: '', killed: null, injured: null, arrested: null, who: ['perpetrator=Qari Zahid Mehmood', 'perpetrator=Red Front'] },
    ]);
    const out = events('In July 2018 Ghulam Sarwar Baloch, the chief of Blue Front, denied that his men had crossed into Punjab.');
    expect(out.map((e) => [e.type, e.date, e.who])).toEqual([['statement', '2018-07', ['perpetrator=Blue Front', 'perpetrator=Ghulam Sarwar Baloch']]]);
  });

  it('does not make statements of plain "said", passives, claims of responsibility or undated remarks', () => {
    expect(events('On May 5, 2019 police said the market in Okara would reopen.')).toEqual([]);
    expect(events('In June 2017 a new province was announced in Multan.')).toEqual([]);
    expect(events('Red Front denied that it had any link with Blue Front.')).toEqual([]);
    expect(events('On June 9, 2019 Red Front announced it had pledged allegiance to Blue Front.').filter((e) => e.type === 'statement')).toEqual([]);
  });

  it('lets "said" count for a named spokesman', () => {
    expect(events('On 4 August 2019 Red Front spokesman Qari Zahid Mehmood said the talks had failed.').map((e) => [e.type, e.who])).toEqual([
      ['statement', ['perpetrator=Qari Zahid Mehmood', 'perpetrator=Red Front']],
    ]);
  });

  it('replaces a first casualty figure with the revised one told in the next sentence', () => {
    const out = events('On 3 March 2019 a bomb exploded at a bus stand in Multan. Officials first said 9 people had died, and later raised the figure to 27.');
    expect(out.map((e) => [e.type, e.killed])).toEqual([['bombing', 27]]);
  });

  it('reads a past-perfect account of the incident just told as part of it, with its total', () => {
    const out = events('On 2 May 2018 Qari Zahid Mehmood was killed in Okara with two guards. Officials said gunmen had ambushed his car under police escort; seven men died in all.');
    expect(out.map((e) => [e.type, e.killed, e.who])).toEqual([['killing', 7, ['killed_person=Qari Zahid Mehmood']]]);
  });

  it('does not read "under arrest" as an arrest', () => {
    expect(events('On 8 May 2018 the convoy carrying suspects under arrest reached Lahore.').filter((e) => e.type === 'arrest')).toEqual([]);
  });

  it('attaches a sum of money to the event of its sentence', () => {
    const x = extract('On 9 July 2019 Red Front announced a reward of Rs 2 million for information on the gang.', { lexicon: TEST_LEXICON });
    expect(x.events.map((e) => [e.type, e.amount])).toEqual([['statement', { value: 2_000_000, unit: 'PKR' }]]);
    const y = extract('On 3 March 2019 the Foreign Affairs Department announced a $5 million bounty on the leader of Red Front.', { lexicon: TEST_LEXICON });
    expect(y.events.map((e) => [e.type, e.amount])).toEqual([['statement', { value: 5_000_000, unit: 'USD' }]]);
  });

  it('takes a person who claimed it as the claimant, and a claim later in the incident\'s sentence', () => {
    const out = events('On 5 May 2019 a bomb exploded in Multan. Qari Zahid Mehmood claimed responsibility.');
    expect(out[0]!.who).toEqual(['claimed_by=Qari Zahid Mehmood']);
    const late = events('On 6 June 2019 a bomb planted at a crowded fruit market in the old quarter of Multan killed nine shoppers, and Red Front claimed it.');
    expect(late[0]!.who).toEqual(['claimed_by=Red Front']);
  });

  it('gives a claim of "both attacks" to the last two incidents', () => {
    const out = events('On 1 May 2019 a bomb exploded in Multan. On 3 May 2019 gunmen opened fire in Lahore. Red Front claimed both attacks.');
    expect(out.map((e) => [e.type, e.who])).toEqual([['bombing', ['claimed_by=Red Front']], ['shooting', ['claimed_by=Red Front']]]);
  });

  it('makes the one blamed the perpetrator of the incident just told', () => {
    const out = events('On 1 May 2019 a bomb exploded in Multan. Officials blamed Red Front.');
    expect(out[0]!.who).toEqual(['perpetrator=Red Front']);
  });

  it('reads the agent of a raid, before the verb or after "by", and the agent of a killing in a raid', () => {
    expect(events('On 2 June 2019 Blue Front raided a police post in Okara.')[0]!.who).toEqual(['perpetrator=Blue Front']);
    expect(events('On 2 June 2019 Qari Zahid Mehmood was killed in a raid by Blue Front in Okara.')[0]!.who).toEqual(['killed_person=Qari Zahid Mehmood', 'perpetrator=Blue Front']);
  });

  it('reads a companion killed "together with his guards and X"', () => {
    expect(events('On 2 June 2019 Qari Zahid Mehmood was killed in Okara together with his two guards and Mufti Karim Yusufzai.')[0]!.who).toEqual(['killed_person=Mufti Karim Yusufzai', 'killed_person=Qari Zahid Mehmood']);
  });

  it('reads the people listed after "the arrest of", and who took the surrender', () => {
    expect(events('On 8 May 2019 the police announced the arrest of a gang, including Imran Bhatti and Qari Zahid Mehmood.')[0]!.who).toEqual(['arrested=Imran Bhatti', 'arrested=Qari Zahid Mehmood']);
    expect(events('On 8 May 2019 Red Front said that Mufti Karim Yusufzai had surrendered to Blue Front.')[0]!.who).toEqual(['arrested=Mufti Karim Yusufzai', 'arresting_agency=Blue Front']);
  });

  it('gives the actor of a dated lead-in ("the group struck twice") to the incidents that follow', () => {
    const out = events('Red Front was formed in 2010. On 4 April 2019 the group struck twice in one day. Gunmen opened fire on a bus in Multan; hours later a bomb exploded in Lahore.');
    expect(out.map((e) => [e.type, e.date, e.who])).toEqual([['shooting', '2019-04-04', ['perpetrator=Red Front']], ['bombing', '2019-04-04', ['perpetrator=Red Front']]]);
  });

  it('takes every coordinated person as arrested or killed, across an apposition and after "including"', () => {
    expect(events('On 4 May 2019 Mufti Karim Yusufzai and Qari Zahid Mehmood were arrested by Blue Front in Multan.')[0]!.who)
      .toEqual(['arrested=Mufti Karim Yusufzai', 'arrested=Qari Zahid Mehmood', 'arresting_agency=Blue Front']);
    expect(events('On 6 May 2019 Blue Front arrested Qari Zahid Mehmood, a former commander, and Mufti Karim Yusufzai in Lahore.')[0]!.who)
      .toEqual(['arrested=Mufti Karim Yusufzai', 'arrested=Qari Zahid Mehmood', 'arresting_agency=Blue Front']);
    expect(events('On 9 May 2019 police arrested three suspects, including Mufti Karim Yusufzai, in Multan.')[0]!.who).toEqual(['arrested=Mufti Karim Yusufzai']);
    expect(events('On 4 May 2019 Mufti Karim Yusufzai and Qari Zahid Mehmood were killed in Multan.')[0]!.who).toEqual(['killed_person=Mufti Karim Yusufzai', 'killed_person=Qari Zahid Mehmood']);
  });

  it('makes the group behind "its deadliest attack" the perpetrator', () => {
    const out = events('Red Front grew fast in 2018. On 4 April 2019 its deadliest attack killed 30 people in Multan.');
    expect(out.map((e) => [e.type, e.killed, e.who])).toEqual([['attack', 30, ['perpetrator=Red Front']]]);
  });
});
