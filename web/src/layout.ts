/**
 * A deterministic layout for the link chart, computed once for every node the ledger
 * ever holds so that moving the time slider shows and hides nodes without moving them.
 * ForceAtlas2 with Barnes–Hut repulsion (n log n per step, so 5,000 nodes stay
 * affordable on the main thread), started from positions seeded by node ids and fed
 * nodes and edges in sorted order: the same ledger always draws the same chart.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

// The package is CommonJS: bundlers and Node hand over module.exports as the default import,
// but NodeNext typing sees the namespace, so one cast serves the web build and the Node tests.
const forceAtlas2 = forceAtlas2Module as unknown as {
  assign(graph: UndirectedGraph, params: { iterations: number; settings: ForceAtlas2Settings }): void;
  inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
};

export interface Point { x: number; y: number }

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** Fewer steps for big graphs: the layout must not hold up the first view for seconds. */
export function defaultIterations(n: number): number {
  return n > 2000 ? 25 : n > 500 ? 150 : 300;
}

export function forceLayout(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string]>, iterations = defaultIterations(nodes.length)): Map<string, Point> {
  const ids = [...new Set(nodes)].sort();
  const n = ids.length;
  const graph = new UndirectedGraph();
  ids.forEach((id, i) => {
    // A spiral, jittered by the id's hash: spread out enough that no two nodes start together.
    const angle = 2.399963 * i;
    const r = 10 * Math.sqrt(i + 1) * (0.9 + 0.2 * hash(id));
    graph.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  // Sorted and de-duplicated, so that sums, and thus positions, do not depend on the order edges arrive in.
  const keys = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const [s, t] of edges) {
    if (s === t || !graph.hasNode(s) || !graph.hasNode(t)) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const k = `${a}\u0000${b}`;
    if (!keys.has(k)) { keys.add(k); pairs.push([a, b]); }
  }
  pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
  for (const [a, b] of pairs) graph.addEdge(a, b);
  if (n > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      settings: {
        ...settings,
        // Strong gravity keeps the many small components of a ledger close enough that edges stay readable.
        strongGravityMode: true, gravity: 1, scalingRatio: 10,
        barnesHutOptimize: n > 300, barnesHutTheta: n > 2000 ? 0.8 : 0.6,
      },
    });
  }
  return new Map(ids.map((id) => {
    const a = graph.getNodeAttributes(id) as Point;
    return [id, { x: a.x, y: a.y }];
  }));
}
