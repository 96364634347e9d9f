/**
 * Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for
 * betweenness centrality", J. Math. Sociology 25(2), 2001) on the collapsed undirected
 * graph, unweighted. Same definition and normalisation as graphology-metrics'
 * betweenness (checked against it in the tests), but over a compressed adjacency in
 * typed arrays and without per-source predecessor lists (a predecessor of w is any
 * neighbour one step closer to the source), which makes it several times faster on
 * the 10k-node cores analysts ask about.
 */
import type { SimpleGraph } from './collapse.js';

export function betweenness(graph: SimpleGraph, options: { normalized?: boolean } = {}): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const offsets = new Int32Array(n + 1);
  nodes.forEach((node, i) => { offsets[i + 1] = offsets[i]! + graph.degree(node); });
  const adj = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_e, _a, s, t) => {
    const si = index.get(s)!;
    const ti = index.get(t)!;
    adj[fill[si]!++] = ti;
    adj[fill[ti]!++] = si;
  });

  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = adj[k]!;
        if (dist[w] === -1) { dist[w] = dv + 1; order[tail++] = w; }
        if (dist[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const dw = dist[w]! - 1;
      for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
        const v = adj[k]!;
        if (dist[v] === dw) delta[v]! += sigma[v]! * coeff;
      }
      cb[w]! += delta[w]!;
    }
  }
  const normalized = options.normalized ?? true;
  const scale = normalized ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : 0.5;
  const out: Record<string, number> = {};
  nodes.forEach((node, i) => { out[node] = cb[i]! * scale; });
  return out;
}
