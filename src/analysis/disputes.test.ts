import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { findDisputes } from './disputes.js';

describe('findDisputes', () => {
  it('pairs a claim with its denial, quoting both sides', () => {
    const L = ledger();
    const a = L.org('Jamaat-ul-Ahrar');
    const b = L.org('Islamic State');
    const yes = L.claim(a, 'pledged_allegiance_to', b, { doc: 'd1', quote: 'JuA pledged to IS' });
    const no = L.claim(a, 'pledged_allegiance_to', b, { doc: 'd2', negated: true, quote: 'JuA denied any pledge' });
    const [d] = findDisputes(L.claims, []);
    expect(d!.kind).toBe('denial');
    expect(d!.items.map((i) => [i.id, i.says, i.evidence[0]!.quote])).toEqual([
      [yes, 'asserted', 'JuA pledged to IS'], [no, 'denied', 'JuA denied any pledge'],
    ]);
  });

  it('reports different dates for one relation only across documents', () => {
    const L = ledger();
    const a = L.org('A');
    const b = L.org('B');
    L.claim(a, 'splinter_of', b, { from: '2014-08', doc: 'd1' });
    L.claim(a, 'splinter_of', b, { from: '2014-09', doc: 'd2' });
    const found = findDisputes(L.claims, []);
    expect(found.map((d) => d.kind)).toEqual(['claim_dates']);
    expect(found[0]!.text).toContain('2014-08 / 2014-09');
    const same = ledger();
    same.claim(a, 'splinter_of', b, { from: '2014-08', doc: 'd1' });
    same.claim(a, 'splinter_of', b, { from: '2014-09', doc: 'd1' });
    expect(findDisputes(same.claims, [])).toEqual([]);
  });

  it('reports casualty counts that differ for one incident, not for separate incidents', () => {
    const L = ledger();
    const karachi = L.place('Karachi');
    const e1 = L.event('shooting', '2015-05-13', [], { place: karachi, killed: 43, doc: 'd1', quote: '43 were killed' });
    const e2 = L.event('shooting', '2015-05-14', [], { place: karachi, killed: 46, doc: 'd2', quote: '46 people died' });
    L.event('shooting', '2015-06-20', [], { place: karachi, killed: 5, doc: 'd3' });
    L.event('bombing', '2015-05-13', [], { place: karachi, killed: 10, doc: 'd4' });
    const found = findDisputes([], L.events);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'event_counts' });
    expect(found[0]!.items.map((i) => [i.id, i.says, i.evidence[0]!.quote])).toEqual([
      [e1, '43 killed (2015-05-13)', '43 were killed'], [e2, '46 killed (2015-05-14)', '46 people died'],
    ]);
  });

  it('reports one incident given different dates', () => {
    const L = ledger();
    const q = L.place('Quetta');
    L.event('bombing', '2016-08-08', [], { place: q, killed: 70, doc: 'd1' });
    L.event('bombing', '2016-08-09', [], { place: q, killed: 70, doc: 'd2' });
    expect(findDisputes([], L.events).map((d) => d.kind)).toEqual(['event_dates']);
  });
});
