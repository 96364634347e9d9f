/**
 * Collapses the claim multigraph to a simple undirected weighted graph: one edge per
 * pair of entities, weighted by how many relations join them. Centrality and
 * community algorithms are defined on simple graphs, and an alliance claimed twice
 * should strengthen a tie, not double-count a path.
 */
import { UndirectedGraph } from 'graphology';
import type { CellGraph } from '../graph/types.js';

export interface SimpleEdge { weight: number; claims: string[]; [key: string]: unknown }
export type SimpleGraph = UndirectedGraph<{ name: string }, SimpleEdge>;

export function collapse(graph: CellGraph): SimpleGraph {
  const g: SimpleGraph = new UndirectedGraph<{ name: string }, SimpleEdge>();
  graph.forEachNode((n, a) => { g.addNode(n, { name: a.name }); });
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    const existing = g.edge(s, t);
    if (existing === undefined) g.addEdge(s, t, { weight: 1, claims: [...a.claims] });
    else {
      const attrs = g.getEdgeAttributes(existing);
      attrs.weight += 1;
      attrs.claims.push(...a.claims);
    }
  });
  return g;
}

/** Claim ids on the relations touching a node. */
export function claimsAround(graph: CellGraph, node: string): string[] {
  const out = new Set<string>();
  graph.forEachEdge(node, (_e, a) => { for (const c of a.claims) out.add(c); });
  return [...out].sort();
}

/** mulberry32: a tiny seeded generator, so randomised algorithms repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
