/**
 * A deterministic force layout (Fruchterman–Reingold with gravity), computed once for
 * every node the ledger ever holds so that moving the time slider shows and hides
 * nodes without moving them. Seeded by node ids: the same ledger draws the same chart.
 */
export interface Point { x: number; y: number }

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** Iterations shrink as the graph grows: each one costs n² for repulsion. */
export function forceLayout(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string]>, iterations = nodes.length > 2000 ? 30 : nodes.length > 500 ? 100 : 300): Map<string, Point> {
  const ids = [...nodes].sort();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const r = 50 + 50 * hash(id);
    xs[i] = r * Math.cos(angle);
    ys[i] = r * Math.sin(angle);
  });
  // Sorted so that floating-point sums, and thus positions, do not depend on the order edges arrive in.
  const links = edges.map(([s, t]) => [index.get(s), index.get(t)]).filter((p): p is [number, number] => p[0] !== undefined && p[1] !== undefined && p[0] !== p[1])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const k = 100 / Math.sqrt(Math.max(1, n)) * 2;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = 10;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = xs[i]! - xs[j]!;
        let ddy = ys[i]! - ys[j]!;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-6) { ddx = 0.01 * (i - j); ddy = 0.01; d2 = ddx * ddx + ddy * ddy; }
        const f = (k * k) / d2;
        dx[i]! += ddx * f; dy[i]! += ddy * f;
        dx[j]! -= ddx * f; dy[j]! -= ddy * f;
      }
    }
    for (const [a, b] of links) {
      const ddx = xs[a]! - xs[b]!;
      const ddy = ys[a]! - ys[b]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = d / k;
      dx[a]! -= ddx * f; dy[a]! -= ddy * f;
      dx[b]! += ddx * f; dy[b]! += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // Strong gravity keeps the many small components of a ledger close enough that edges stay readable.
      dx[i]! -= xs[i]! * 0.8; dy[i]! -= ys[i]! * 0.8;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const step = Math.min(d, temperature);
      xs[i]! += (dx[i]! / d) * step;
      ys[i]! += (dy[i]! / d) * step;
    }
    temperature = Math.max(0.5, temperature * 0.985);
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }]));
}
