/**
 * The neighbourhood of an entity within a number of hops, ignoring direction, with the
 * relations found among the reached entities and the claims behind them. A bounded
 * BFS of our own: it stops at the hop limit instead of walking the whole component.
 */
import { WorkbenchError } from '../core/errors.js';
import type { Predicate } from '../model/ontology.js';
import type { CellGraph } from '../graph/types.js';

export interface Neighbour { readonly node: string; readonly name: string; readonly hops: number }
export interface NeighbourEdge {
  readonly edge: string;
  readonly source: string;
  readonly target: string;
  readonly predicate: Predicate;
  readonly claims: readonly string[];
}
export interface Neighbourhood { readonly nodes: Neighbour[]; readonly edges: NeighbourEdge[] }

export function neighbours(graph: CellGraph, start: string, options: { hops?: number } = {}): Neighbourhood {
  if (!graph.hasNode(start)) throw new WorkbenchError('not_found', `no entity ${start} in the graph`);
  const hops = options.hops ?? 1;
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let h = 1; h <= hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const u of frontier) {
      graph.forEachNeighbor(u, (v) => {
        if (dist.has(v)) return;
        dist.set(v, h);
        next.push(v);
      });
    }
    frontier = next;
  }
  const nodes = [...dist].map(([node, h]) => ({ node, name: graph.getNodeAttribute(node, 'name'), hops: h }))
    .sort((a, b) => a.hops - b.hops || (a.node < b.node ? -1 : 1));
  const edges: NeighbourEdge[] = [];
  for (const { node } of nodes) {
    graph.forEachOutEdge(node, (edge, a, source, target) => {
      if (dist.has(target)) edges.push({ edge, source, target, predicate: a.predicate, claims: [...a.claims] });
    });
  }
  return { nodes, edges };
}
