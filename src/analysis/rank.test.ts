import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { projectGraph } from '../graph/project.js';
import { communities } from './communities.js';
import { neighbours } from './neighbours.js';
import { rank } from './rank.js';

/** Two triangles joined by a bridge hub–link–hub2: the bridge nodes carry all paths between the halves. */
function bowtie() {
  const L = ledger();
  const [a, b, c, d, e, f] = ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => L.org(n)) as [string, string, string, string, string, string];
  const link = L.org('Link');
  L.claim(a, 'allied_with', b); L.claim(b, 'allied_with', c); L.claim(c, 'allied_with', a);
  L.claim(d, 'allied_with', e); L.claim(e, 'allied_with', f); L.claim(f, 'allied_with', d);
  const bridge1 = L.claim(c, 'affiliated_with', link);
  L.claim(link, 'affiliated_with', d);
  L.claim(c, 'supports', link); // a second relation on the same pair: one weighted tie
  return { g: projectGraph(L.input()), a, c, d, link, bridge1 };
}

describe('rank', () => {
  it('puts the bridge first for betweenness and carries its claims', () => {
    const { g, link, bridge1 } = bowtie();
    const top = rank(g, 'betweenness', { top: 3 });
    expect(top[0]!.node).toBe(link);
    expect(top[0]!.claims).toContain(bridge1);
    expect(top.slice(1).map((r) => r.node).sort()).toEqual(['org:c', 'org:d']);
  });

  it('computes degree on distinct neighbours, and pagerank/eigenvector scores', () => {
    const { g, c, a } = bowtie();
    const deg = rank(g, 'degree', { top: 10 });
    expect(deg.find((r) => r.node === c)!.score).toBeCloseTo(3 / 6);
    expect(deg.find((r) => r.node === a)!.score).toBeCloseTo(2 / 6);
    const pr = rank(g, 'pagerank', { top: 10 });
    expect(pr.reduce((s, r) => s + r.score, 0)).toBeCloseTo(1, 5);
    expect(rank(g, 'eigenvector', { top: 1 })[0]!.node).toMatch(/org:(c|d)/);
  });
});

describe('neighbours', () => {
  it('stops at the hop limit and lists the relations among the reached nodes', () => {
    const { g, a, c, link } = bowtie();
    const one = neighbours(g, a, { hops: 1 });
    expect(one.nodes.map((n) => [n.node, n.hops])).toEqual([[a, 0], ['org:b', 1], [c, 1]]);
    expect(one.edges).toHaveLength(3);
    const two = neighbours(g, a, { hops: 2 });
    expect(two.nodes.find((n) => n.node === link)?.hops).toBe(2);
    expect(two.nodes.some((n) => n.node === 'org:d')).toBe(false);
  });
});

describe('communities', () => {
  it('finds the two halves and is identical across runs', () => {
    const { g } = bowtie();
    const first = communities(g);
    const again = communities(g);
    expect(again).toEqual(first);
    const sets = first.communities.map((c) => c.members.map((m) => m.node).sort().join(','));
    expect(sets.some((s) => s.startsWith('org:a,org:b,org:c'))).toBe(true);
    expect(sets.some((s) => s.includes('org:d,org:e,org:f'))).toBe(true);
    expect(first.modularity).toBeGreaterThan(0.3);
    expect(first.communities[0]!.claims.length).toBeGreaterThan(0);
  });
});
