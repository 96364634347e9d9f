import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { dateRange, graphView, timeline } from './graph-view.js';

function sample() {
  const l = ledger();
  const a = l.org('Alpha Front');
  const b = l.org('Beta Movement');
  const p = l.person('Some Leader');
  const place = l.place('Quetta');
  l.claim(a, 'pledged_allegiance_to', b, { from: '2014-10' });
  l.claim(p, 'leader_of', a, { from: '2013', to: '2015-06' });
  l.claim(a, 'operates_in', place, { status: 'proposed' });
  l.claim(a, 'rival_of', b, { status: 'rejected', from: '2001' });
  l.claim(a, 'pledged_allegiance_to', b, { negated: true, status: 'proposed' });
  l.event('bombing', '2016-03-27', [['perpetrator', a]], { place, killed: 72 });
  return { l, a, b, p, place };
}

describe('graphView', () => {
  it('honours month and year precision of asOf and the proposed switch', () => {
    const { l } = sample();
    const input = l.input();
    expect(graphView(input, { asOf: '2014-09', includeProposed: false }).edges.map((e) => e.predicate)).toEqual(['leader_of']);
    // "2014-10" covers October, so the pledge holds as of any day of that month, and of the year 2014.
    expect(graphView(input, { asOf: '2014-10-01', includeProposed: false }).edges).toHaveLength(2);
    expect(graphView(input, { asOf: '2014', includeProposed: false }).edges).toHaveLength(2);
    expect(graphView(input, { asOf: '2015-07', includeProposed: false }).edges.map((e) => e.predicate)).toEqual(['pledged_allegiance_to']);
    const all = graphView(input, { asOf: null, includeProposed: true });
    expect(all.edges.map((e) => e.predicate).sort()).toEqual(['leader_of', 'operates_in', 'pledged_allegiance_to']);
    expect(all.nodes).toHaveLength(4);
  });

  it('marks the edge a proposed denial disputes, only when proposed claims are shown', () => {
    const { l } = sample();
    const pledge = (p: boolean) => graphView(l.input(), { asOf: null, includeProposed: p }).edges.find((e) => e.predicate === 'pledged_allegiance_to')!;
    expect(pledge(false).disputed).toBe(false);
    expect(pledge(true)).toMatchObject({ disputed: true, status: 'disputed' });
    expect(pledge(true).denials).toHaveLength(1);
  });

  it('spans the dates of non-rejected claims and events', () => {
    const { l } = sample();
    expect(dateRange(l.input())).toEqual({ min: '2013-01-01', max: '2016-03-27' });
    expect(dateRange({ entities: [], claims: [], events: [] })).toEqual({ min: null, max: null });
  });
});

describe('timeline', () => {
  it("lists an entity's relations with intervals and its events in date order, rejected ones left out", () => {
    const { l, a, place } = sample();
    const t = timeline(l.input(), a);
    expect(t.relations.map((r) => [r.predicate, r.direction, r.from, r.to])).toEqual([
      ['leader_of', 'in', '2013-01-01', '2015-06-30'],
      ['pledged_allegiance_to', 'out', '2014-10-01', null],
      ['operates_in', 'out', null, null],
      ['pledged_allegiance_to', 'out', null, null],
    ]);
    expect(t.relations.find((r) => r.negated)?.status).toBe('proposed');
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({ type: 'bombing', day: '2016-03-27', killed: 72, roles: ['perpetrator'] });
    expect(timeline(l.input(), place).events[0]!.roles).toEqual(['location']);
  });
});
