import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { changes } from './changes.js';
import { timeline } from './timeline.js';

function scenario() {
  const L = ledger();
  const jd = L.org('Jundullah');
  const is = L.org('Islamic State');
  const ttp = L.org('TTP');
  const jua = L.org('Jamaat-ul-Ahrar');
  const iskp = L.org('ISKP');
  const usg = L.entity('organization', 'US State Department', 'state_agency');
  const cell = L.org('Sialkot cell', 'cell');
  const sialkot = L.place('Sialkot');
  const khan = L.person('Hafiz Saeed Khan');
  const aslam = L.person('Abdul Haseeb');
  const pledge = L.claim(jd, 'pledged_allegiance_to', is, { from: '2014-11' });
  const split = L.claim(jua, 'splinter_of', ttp, { from: '2014-08' });
  const lead = L.claim(khan, 'leader_of', iskp, { from: '2015-01' });
  L.claim(jd, 'operates_in', sialkot);
  const cellClaim = L.claim(cell, 'operates_in', sialkot, { from: '2015-12' });
  const killed = L.event('killing', '2016-07-26', [['killed_person', khan]]);
  const succession = L.event('leadership_change', '2016-08', [['leader', aslam], ['claimed_by', iskp]]);
  const designation = L.event('designation', '2016-01-14', [['target', iskp], ['arresting_agency', usg]]);
  const undated = L.event('statement', null, [['claimed_by', jd]]);
  L.claim(jd, 'rival_of', ttp, { status: 'rejected' });
  return { L, jd, is, khan, iskp, pledge, split, lead, cellClaim, killed, succession, designation, undated };
}

describe('timeline', () => {
  it('lists relations and events of an entity by date, undated last', () => {
    const s = scenario();
    const items = timeline(s.L.input(), s.jd);
    expect(items.map((i) => i.date)).toEqual(['2014-11', null, null]);
    expect(items[0]).toMatchObject({ kind: 'relation', text: 'Jundullah pledged allegiance to Islamic State (from 2014-11)', claims: [s.pledge] });
    expect(items.at(-1)).toMatchObject({ kind: 'event', events: [s.undated] });
    expect(items.some((i) => i.text.includes('rival'))).toBe(false);
  });

  it('shows a role ended by death with the event behind it', () => {
    const s = scenario();
    const items = timeline(s.L.input(), s.khan);
    expect(items[0]).toMatchObject({ kind: 'relation', valid_to: '2016-07-26', claims: [s.lead], events: [s.killed] });
    expect(items[1]).toMatchObject({ kind: 'event', date: '2016-07-26', events: [s.killed] });
  });
});

describe('changes', () => {
  it('reports allegiances, splits, leaders, killings, cells and designations in the window', () => {
    const s = scenario();
    const list = changes(s.L.input(), '2014-07', '2016-12');
    expect(list.map((c) => [c.kind, c.date])).toEqual([
      ['split', '2014-08'], ['allegiance', '2014-11'], ['leader_change', '2015-01'], ['cell_surfaced', '2015-12'],
      ['designation', '2016-01-14'], ['leader_killed', '2016-07-26'], ['leader_change', '2016-08'],
    ]);
    expect(list[1]).toMatchObject({ text: 'Jundullah pledged allegiance to Islamic State (2014-11)', claims: [s.pledge] });
    expect(list[3]).toMatchObject({ text: 'Sialkot cell surfaced in Sialkot (2015-12)', claims: [s.cellClaim] });
    expect(list[4]!.text).toBe('ISKP was designated by US State Department (2016-01-14)');
    expect(list[5]).toMatchObject({ text: 'Hafiz Saeed Khan, leader of ISKP, was killed (2016-07-26)', claims: [s.lead], events: [s.killed] });
    expect(list[6]).toMatchObject({ text: 'Abdul Haseeb became leader of ISKP (2016-08)', events: [s.succession] });
  });

  it('honours the window bounds at month precision', () => {
    const s = scenario();
    expect(changes(s.L.input(), '2014-09', '2014-11').map((c) => c.kind)).toEqual(['allegiance']);
    expect(changes(s.L.input(), '2014-12-01', '2014-12-31')).toEqual([]);
  });
});
