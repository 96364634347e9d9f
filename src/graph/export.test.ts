import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGEXF } from './export-gexf.js';
import { toGraphML } from './export-graphml.js';
import { toGraphologyJSON } from './export-json.js';
import { ledger } from './ledger-fixture.js';
import { projectGraph } from './project.js';

function sample() {
  const L = ledger();
  const jd = L.org('Jundullah & "Friends" <x>');
  const is = L.org('Islamic State');
  const k = L.place('Karachi');
  L.claim(jd, 'pledged_allegiance_to', is, { from: '2014-11', to: '2016-07', id: 'claim_a' });
  L.claim(jd, 'operates_in', k, { id: 'claim_b' });
  return projectGraph(L.input());
}

describe('graph exports', () => {
  it('serialises to graphology JSON with edge attributes and claim ids', () => {
    const json = toGraphologyJSON(sample());
    expect(json.nodes).toHaveLength(3);
    const edge = json.edges.find((e) => e.attributes?.predicate === 'pledged_allegiance_to');
    expect(edge).toMatchObject({ source: 'org:jundullah-friends-x-', target: 'org:islamic-state' });
    expect(edge?.attributes).toMatchObject({ valid_from: '2014-11', valid_to: '2016-07', claims: ['claim_a'] });
    const again = MultiDirectedGraph.from(json);
    expect(again.size).toBe(2);
  });

  it('writes well-formed GraphML that a GraphML parser reads back', () => {
    const xml = toGraphML(sample());
    const g = parseGraphML(DirectedGraph, xml);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    const pledge = g.edges().find((e) => g.getEdgeAttribute(e, 'predicate') === 'pledged_allegiance_to')!;
    expect(g.getEdgeAttributes(pledge)).toMatchObject({ valid_from: '2014-11', valid_to: '2016-07', claims: 'claim_a' });
    expect(g.getNodeAttribute('org:jundullah-friends-x-', 'name')).toBe('Jundullah & "Friends" <x>');
  });

  it('writes dynamic GEXF with edge intervals for a timeline', () => {
    const xml = toGEXF(sample());
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toMatch(/label="pledged_allegiance_to" start="2014-11-01" end="2016-07-31"/);
    expect(xml).toMatch(/label="operates_in">/);
    const g = parseGEXF(DirectedGraph, xml);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
  });
});
