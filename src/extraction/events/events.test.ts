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
