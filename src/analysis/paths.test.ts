import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { projectGraph } from '../graph/project.js';
import { paths, shortestPath } from './paths.js';

/** Jundullah reaches al-Qaeda through three routes of lengths 2, 3 and 4. */
function network() {
  const L = ledger();
  const jd = L.org('Jundullah');
  const aq = L.org('al-Qaeda');
  const ttp = L.org('TTP');
  const is = L.org('Islamic State');
  const afg = L.org('Afghan Taliban');
  const hq = L.org('Haqqani Network');
  const c1 = L.claim(jd, 'affiliated_with', ttp);
  const c2 = L.claim(ttp, 'allied_with', aq);
  L.claim(jd, 'pledged_allegiance_to', is);
  L.claim(aq, 'rival_of', is, { id: 'x' });
  L.claim(is, 'rival_of', afg);
  L.claim(hq, 'faction_of', afg);
  L.claim(hq, 'allied_with', aq);
  return { L, jd, aq, ttp, is, afg, hq, c1, c2 };
}

describe('paths', () => {
  it('returns the shortest path with predicates, directions and claims', () => {
    const { L, jd, aq, ttp, c1, c2 } = network();
    const p = shortestPath(projectGraph(L.input()), jd, aq)!;
    expect(p.nodes[0]).toBe(jd);
    expect(p.length).toBe(2);
    // Both 2-hop routes exist (via TTP, via Islamic State); either is a shortest path.
    if (p.nodes[1] === ttp) {
      expect(p.steps.map((s) => [s.predicate, s.direction, s.claims])).toEqual([
        ['affiliated_with', 'forward', [c1]], ['allied_with', 'forward', [c2]],
      ]);
    } else {
      expect(p.steps[1]).toMatchObject({ predicate: 'rival_of', direction: 'backward', claims: ['x'] });
    }
  });

  it('reports a step against the direction of its relation as backward', () => {
    const L = ledger();
    const jd = L.org('Jundullah');
    const is = L.org('Islamic State');
    const aq = L.org('al-Qaeda');
    L.claim(jd, 'pledged_allegiance_to', is, { id: 'p' });
    L.claim(aq, 'rival_of', is, { id: 'r' });
    const p = shortestPath(projectGraph(L.input()), jd, aq)!;
    expect(p.steps.map((s) => [s.from, s.to, s.predicate, s.direction, s.relations.length])).toEqual([
      [jd, is, 'pledged_allegiance_to', 'forward', 1], [is, aq, 'rival_of', 'backward', 1],
    ]);
  });

  it('k-shortest returns distinct simple paths in order of length', () => {
    const { L, jd, aq } = network();
    const found = paths(projectGraph(L.input()), jd, aq, { k: 5 });
    expect(found.map((p) => p.length)).toEqual([2, 2, 4]);
    const ids = found.map((p) => p.nodes.join('>'));
    expect(new Set(ids).size).toBe(found.length);
    for (const p of found) expect(new Set(p.nodes).size).toBe(p.nodes.length);
    expect(found[2]!.nodes).toEqual([jd, 'org:islamic-state', 'org:afghan-taliban', 'org:haqqani-network', aq]);
  });

  it('returns nothing between unconnected entities and rejects unknown ones', () => {
    const L = ledger();
    const a = L.org('A');
    const b = L.org('B');
    const c = L.org('C');
    const d = L.org('D');
    L.claim(a, 'allied_with', b);
    L.claim(c, 'allied_with', d);
    const g = projectGraph(L.input());
    expect(paths(g, a, c)).toEqual([]);
    expect(() => paths(g, a, 'org:nobody')).toThrow(/no entity/);
  });
});
