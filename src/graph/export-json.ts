/**
 * graphology's own serialisation (nodes[].key/attributes, edges[].key/source/target/
 * attributes), so a browser or another tool can rebuild the graph with Graph.from().
 */
import type { SerializedGraph } from 'graphology-types';
import type { CellGraph, EdgeAttributes, NodeAttributes } from './types.js';

export function toGraphologyJSON(graph: CellGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}
