import { describe, expect, it } from 'vitest';
import { ledger } from './ledger-fixture.js';
import { edgeKey, projectGraph } from './project.js';

describe('projectGraph', () => {
  it('honours month precision at the boundaries of valid_from', () => {
    const L = ledger();
    const g = L.org('Jundullah');
    const is = L.org('Islamic State');
    L.claim(g, 'pledged_allegiance_to', is, { from: '2014-09' });
    const has = (asOf: string) => projectGraph(L.input(), { asOf }).hasEdge(edgeKey(g, 'pledged_allegiance_to', is));
    expect(has('2014-09-01')).toBe(true);
    expect(has('2014-09-30')).toBe(true);
    expect(has('2014-08-31')).toBe(false);
    expect(has('2014-08')).toBe(false);
    expect(has('2014')).toBe(true);
  });

  it('honours month precision at the end of valid_to', () => {
    const L = ledger();
    const p = L.person('A');
    const o = L.org('O');
    L.claim(p, 'member_of', o, { from: '2015', to: '2016-07' });
    const has = (asOf: string) => projectGraph(L.input(), { asOf }).hasEdge(edgeKey(p, 'member_of', o));
    expect(has('2016-07-31')).toBe(true);
    expect(has('2016-08-01')).toBe(false);
    expect(has('2014-12-31')).toBe(false);
  });

  it('stops a killed leader leading after the death date', () => {
    const L = ledger();
    const emir = L.person('Hafiz Saeed Khan');
    const iskp = L.org('ISKP');
    L.claim(emir, 'leader_of', iskp, { from: '2015-01' });
    const killing = L.event('killing', '2016-07-26', [['killed_person', emir]]);
    const key = edgeKey(emir, 'leader_of', iskp);
    expect(projectGraph(L.input(), { asOf: '2016-07-26' }).hasEdge(key)).toBe(true);
    expect(projectGraph(L.input(), { asOf: '2016-07-27' }).hasEdge(key)).toBe(false);
    const all = projectGraph(L.input());
    expect(all.getEdgeAttributes(key)).toMatchObject({ valid_to: '2016-07-26', ended_by: [killing] });
  });

  it('ends the previous leader at a leadership change', () => {
    const L = ledger();
    const a = L.person('Old Emir');
    const b = L.person('New Emir');
    const o = L.org('Group');
    L.claim(a, 'leader_of', o, { from: '2010' });
    L.claim(b, 'leader_of', o, { from: '2013-11' });
    L.event('leadership_change', '2013-11-07', [['leader', b], ['claimed_by', o]]);
    const g = projectGraph(L.input(), { asOf: '2014' });
    expect(g.hasEdge(edgeKey(a, 'leader_of', o))).toBe(false);
    expect(g.hasEdge(edgeKey(b, 'leader_of', o))).toBe(true);
    expect(projectGraph(L.input(), { asOf: '2013-01' }).hasEdge(edgeKey(a, 'leader_of', o))).toBe(true);
  });

  it('never shows rejected claims and shows proposed ones only on request', () => {
    const L = ledger();
    const x = L.org('X');
    const y = L.org('Y');
    const z = L.org('Z');
    L.claim(x, 'allied_with', y, { status: 'rejected' });
    L.claim(x, 'rival_of', z, { status: 'proposed' });
    const plain = projectGraph(L.input());
    expect(plain.size).toBe(0);
    expect(plain.order).toBe(0);
    const withProposed = projectGraph(L.input(), { includeProposed: true });
    expect(withProposed.edges()).toEqual([edgeKey(x, 'rival_of', z)]);
    expect(withProposed.getEdgeAttribute(edgeKey(x, 'rival_of', z), 'status')).toBe('proposed');
  });

  it('marks an edge disputed when another claim denies it, without an edge for the denial', () => {
    const L = ledger();
    const x = L.org('X');
    const y = L.org('Y');
    const yes = L.claim(x, 'pledged_allegiance_to', y, { doc: 'd1' });
    const no = L.claim(x, 'pledged_allegiance_to', y, { negated: true, doc: 'd2' });
    const g = projectGraph(L.input());
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes(edgeKey(x, 'pledged_allegiance_to', y))).toMatchObject({
      status: 'disputed', disputed: true, negated: false, claims: [yes], denials: [no],
    });
  });

  it('merges claims of one triple into one edge with both ids and the widest interval', () => {
    const L = ledger();
    const x = L.org('X');
    const y = L.org('Y');
    const c1 = L.claim(x, 'affiliated_with', y, { from: '2014-07', to: '2015', confidence: 0.6 });
    const c2 = L.claim(x, 'affiliated_with', y, { from: '2014-11', to: '2016-02', confidence: 0.9 });
    const a = projectGraph(L.input()).getEdgeAttributes(edgeKey(x, 'affiliated_with', y));
    expect(a).toMatchObject({ claims: [c1, c2], valid_from: '2014-07', valid_to: '2016-02', confidence: 0.9, status: 'accepted' });
  });

  it('places a former relation before the publication date of its source', () => {
    const L = ledger();
    L.document('brief', '2017-01-30');
    const p = L.person('P');
    const o = L.org('O');
    L.claim(p, 'spokesperson_of', o, { former: true, doc: 'brief' });
    const key = edgeKey(p, 'spokesperson_of', o);
    expect(projectGraph(L.input(), { asOf: '2016-12' }).hasEdge(key)).toBe(true);
    expect(projectGraph(L.input(), { asOf: '2017-02' }).hasEdge(key)).toBe(false);
    expect(projectGraph(L.input()).hasEdge(key)).toBe(true);
  });

  it('filters by confidence and predicate and carries node attributes', () => {
    const L = ledger();
    const x = L.org('X');
    const k = L.place('Karachi');
    L.claim(x, 'operates_in', k, { confidence: 0.9 });
    L.claim(x, 'based_in', k, { confidence: 0.3 });
    const g = projectGraph(L.input(), { minConfidence: 0.5, predicates: ['operates_in', 'based_in'] });
    expect(g.edges()).toEqual([edgeKey(x, 'operates_in', k)]);
    expect(g.getNodeAttributes(k)).toMatchObject({ type: 'place', subtype: 'city', name: 'Karachi' });
    expect(projectGraph(L.input(), { predicates: ['based_in'] }).edges()).toEqual([edgeKey(x, 'based_in', k)]);
  });
});
