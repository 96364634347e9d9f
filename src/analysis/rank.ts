/**
 * Ranks entities by a centrality metric. Degree counts distinct neighbours; PageRank
 * and eigenvector come from graphology-metrics, betweenness from our typed-array
 * Brandes (betweenness.ts, same definition, faster). All run on the collapsed simple
 * undirected graph (collapse.ts), weighted by the number of relations per pair where
 * the metric takes weights (PageRank, eigenvector). Betweenness is unweighted: a
 * weight there would read as a distance, and more claims should mean closer, not farther.
 */
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { WorkbenchError, oneLine } from '../core/errors.js';
import type { CellGraph } from '../graph/types.js';
import { betweenness } from './betweenness.js';
import { cjsDefault } from './cjs-interop.js';
import { claimsAround, collapse } from './collapse.js';

const eigenvectorCentrality = cjsDefault(eigenvectorModule);
const pagerank = cjsDefault(pagerankModule);

export type RankMetric = 'degree' | 'betweenness' | 'pagerank' | 'eigenvector';

export interface Ranked {
  readonly node: string;
  readonly name: string;
  readonly score: number;
  /** The claims on the relations that give the node its place. */
  readonly claims: readonly string[];
}

export function scores(graph: CellGraph, metric: RankMetric): Record<string, number> {
  const simple = collapse(graph);
  switch (metric) {
    case 'degree': {
      const out: Record<string, number> = {};
      const denom = Math.max(1, simple.order - 1);
      simple.forEachNode((n) => { out[n] = simple.degree(n) / denom; });
      return out;
    }
    case 'betweenness':
      return betweenness(simple, { normalized: true });
    case 'pagerank':
      return pagerank(simple, { getEdgeWeight: 'weight' });
    case 'eigenvector':
      try {
        return eigenvectorCentrality(simple, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-6 });
      } catch (e) {
        throw new WorkbenchError('unsupported', `eigenvector centrality did not converge on this graph: ${oneLine(e)}`);
      }
    default:
      throw new WorkbenchError('invalid_input', `unknown metric "${String(metric)}" (degree, betweenness, pagerank, eigenvector)`);
  }
}

/** The top entities by a metric, best first, ties by id. */
export function rank(graph: CellGraph, metric: RankMetric, options: { top?: number } = {}): Ranked[] {
  const s = scores(graph, metric);
  const top = options.top ?? 20;
  return Object.entries(s)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([node, score]) => ({ node, name: graph.getNodeAttribute(node, 'name'), score, claims: claimsAround(graph, node) }));
}
