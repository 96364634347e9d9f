/**
 * Paths between two entities: the shortest one and the k shortest simple paths, with
 * every step's relations, their direction and the claims behind them ("how is
 * Jundullah tied to al-Qaeda?"). Connectivity ignores direction — an allegiance
 * links both ends for an analyst — but each step reports which way the relation runs.
 *
 * The first path comes from graphology-shortest-path (bidirectional BFS on the
 * collapsed undirected graph); further ones from Yen's algorithm (J. Y. Yen, "Finding
 * the k shortest loopless paths in a network", Management Science 17(11), 1971):
 * each next path deviates from a previous one at a spur node, with the spur's
 * already-used continuations and the root's nodes removed.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { WorkbenchError } from '../core/errors.js';
import type { Predicate } from '../model/ontology.js';
import type { CellGraph } from '../graph/types.js';
import { collapse } from './collapse.js';

export interface PathRelation {
  readonly edge: string;
  readonly predicate: Predicate;
  /** forward: the relation runs from this step's `from` to its `to`. */
  readonly direction: 'forward' | 'backward';
  readonly claims: readonly string[];
}

export interface PathStep {
  readonly from: string;
  readonly to: string;
  /** The strongest relation of the step (highest confidence, then key). */
  readonly predicate: Predicate;
  readonly direction: 'forward' | 'backward';
  readonly claims: readonly string[];
  /** Every relation joining the two entities. */
  readonly relations: readonly PathRelation[];
}

export interface Path {
  readonly nodes: readonly string[];
  readonly length: number;
  readonly steps: readonly PathStep[];
}

function neighbourMap(graph: CellGraph): Map<string, string[]> {
  const m = new Map<string, string[]>();
  graph.forEachNode((n) => { m.set(n, [...new Set(graph.neighbors(n))].filter((x) => x !== n).sort()); });
  return m;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Plain BFS avoiding some nodes and some (undirected) links; neighbours in id order, so ties break the same way. */
function bfs(adj: Map<string, string[]>, from: string, to: string, blockedNodes: Set<string>, blockedLinks: Set<string>): string[] | null {
  const prev = new Map<string, string>([[from, '']]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of adj.get(u) ?? []) {
        if (prev.has(v) || blockedNodes.has(v) || blockedLinks.has(pairKey(u, v))) continue;
        prev.set(v, u);
        if (v === to) {
          const path = [to];
          for (let x = u; x !== ''; x = prev.get(x)!) path.push(x);
          return path.reverse();
        }
        next.push(v);
      }
    }
    frontier = next;
  }
  return null;
}

function describe(graph: CellGraph, nodes: readonly string[]): Path {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const relations: Array<PathRelation & { confidence: number }> = [];
    for (const [s, t, direction] of [[from, to, 'forward'], [to, from, 'backward']] as const) {
      for (const e of graph.outEdges(s, t)) {
        // Checked rather than trusted: some graphology edge listings between two nodes
        // return both directions.
        if (graph.source(e) !== s) continue;
        const a = graph.getEdgeAttributes(e);
        relations.push({ edge: e, predicate: a.predicate, direction, claims: [...a.claims], confidence: a.confidence });
      }
    }
    relations.sort((x, y) => y.confidence - x.confidence || (x.edge < y.edge ? -1 : 1));
    const best = relations[0]!;
    steps.push({
      from, to, predicate: best.predicate, direction: best.direction,
      claims: [...new Set(relations.flatMap((r) => r.claims))].sort(),
      relations: relations.map(({ confidence: _c, ...r }) => r),
    });
  }
  return { nodes, length: nodes.length - 1, steps };
}

function check(graph: CellGraph, a: string, b: string): void {
  for (const n of [a, b]) if (!graph.hasNode(n)) throw new WorkbenchError('not_found', `no entity ${n} in the graph`);
}

/** The shortest path between two entities, or null when they are not connected. */
export function shortestPath(graph: CellGraph, a: string, b: string): Path | null {
  check(graph, a, b);
  if (a === b) return { nodes: [a], length: 0, steps: [] };
  const nodes = bidirectional(collapse(graph), a, b);
  return nodes ? describe(graph, nodes) : null;
}

/** Up to k shortest simple paths, shortest first (ties in a stable order). */
export function paths(graph: CellGraph, a: string, b: string, options: { k?: number } = {}): Path[] {
  const k = options.k ?? 3;
  const first = shortestPath(graph, a, b);
  if (!first || k < 1) return [];
  if (first.length === 0) return [first];
  const adj = neighbourMap(graph);
  const found: string[][] = [[...first.nodes]];
  const seen = new Set([found[0]!.join('\u0001')]);
  const pool: string[][] = [];
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const blockedLinks = new Set<string>();
      for (const p of found) {
        if (p.length > i + 1 && p.slice(0, i + 1).every((n, j) => n === root[j])) blockedLinks.add(pairKey(p[i]!, p[i + 1]!));
      }
      const blockedNodes = new Set(root.slice(0, -1));
      const tail = bfs(adj, spur, b, blockedNodes, blockedLinks);
      if (!tail) continue;
      const candidate = [...root.slice(0, -1), ...tail];
      const id = candidate.join('\u0001');
      if (!seen.has(id)) { seen.add(id); pool.push(candidate); }
    }
    if (pool.length === 0) break;
    pool.sort((x, y) => x.length - y.length || (x.join('\u0001') < y.join('\u0001') ? -1 : 1));
    found.push(pool.shift()!);
  }
  return found.map((nodes) => describe(graph, nodes));
}
