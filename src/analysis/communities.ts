/**
 * Communities by Louvain modularity (graphology-communities-louvain) on the collapsed
 * weighted graph. Louvain visits nodes in random order; a seeded generator makes the
 * result identical on every run, which an analyst comparing two briefs needs.
 */
import louvainModule from 'graphology-communities-louvain';
import type { CellGraph } from '../graph/types.js';
import { cjsDefault } from './cjs-interop.js';
import { collapse, seededRandom } from './collapse.js';

const louvain = cjsDefault(louvainModule);

export interface Community {
  readonly id: number;
  readonly members: ReadonlyArray<{ readonly node: string; readonly name: string }>;
  /** Claims on the relations inside the community. */
  readonly claims: readonly string[];
}

export interface Communities { readonly communities: Community[]; readonly modularity: number }

export function communities(graph: CellGraph, options: { seed?: number; resolution?: number } = {}): Communities {
  const simple = collapse(graph);
  if (simple.size === 0) {
    return { communities: simple.nodes().sort().map((node, id) => ({ id, members: [{ node, name: simple.getNodeAttribute(node, 'name') }], claims: [] })), modularity: 0 };
  }
  const result = louvain.detailed(simple, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 42), resolution: options.resolution ?? 1 });
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(result.communities)) {
    const list = groups.get(c) ?? [];
    list.push(node);
    groups.set(c, list);
  }
  // Renumber by size then first member, so ids do not depend on Louvain's internal numbering.
  const ordered = [...groups.values()].map((m) => m.sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out = ordered.map((members, id): Community => {
    const inside = new Set(members);
    const claims = new Set<string>();
    for (const m of members) {
      graph.forEachOutEdge(m, (_e, a, _s, t) => { if (inside.has(t)) for (const c of a.claims) claims.add(c); });
    }
    return { id, members: members.map((node) => ({ node, name: graph.getNodeAttribute(node, 'name') })), claims: [...claims].sort() };
  });
  return { communities: out, modularity: result.modularity };
}
