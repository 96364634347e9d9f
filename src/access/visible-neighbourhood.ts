/**
 * The neighbourhood question on a filtered ledger. The engine walks every claim; the
 * viewer's walk can only be smaller (a subgraph never brings a node closer), so the
 * engine's answer holds every claim the viewer's walk can reach, already filtered by
 * status, negation and date. The walk is then run again over the visible ones only,
 * so a node reached only through an invisible claim is not there at all.
 */
import { WorkbenchError } from '../core/errors.js';
import type { ClaimRecord } from '../core/records.js';
import type { Neighbourhood, NeighbourhoodOptions } from '../store/store.js';
import type { Visibility, VisibilitySource } from './visibility.js';

export async function visibleNeighbourhood(
  source: VisibilitySource, visibility: Visibility, entity: string, options: NeighbourhoodOptions,
): Promise<Neighbourhood> {
  const start = await visibility.canonical(entity);
  if (!(await visibility.entityVisible(start))) throw new WorkbenchError('not_found', `no entity ${entity}`);
  const whole = await source.neighbourhood(start, options);
  const edges: ClaimRecord[] = [];
  for (const id of whole.claims) {
    const claim = await source.getClaim(id);
    if (claim && visibility.sees(claim)) edges.push(claim);
  }
  return walkEdges(start, options.hops, edges);
}

/** Breadth-first over the given claims as undirected edges, in the engines' order of nodes and claims. */
export function walkEdges(start: string, hops: number, claims: readonly Pick<ClaimRecord, 'id' | 'subject' | 'object'>[]): Neighbourhood {
  const around = new Map<string, Array<readonly [claim: string, other: string]>>();
  const link = (from: string, claim: string, to: string): void => {
    const list = around.get(from);
    if (list) list.push([claim, to]);
    else around.set(from, [[claim, to]]);
  };
  for (const c of claims) {
    link(c.subject, c.id, c.object);
    if (c.object !== c.subject) link(c.object, c.id, c.subject);
  }
  const seen = new Map<string, number>([[start, 0]]);
  const walked = new Set<string>();
  let frontier = [start];
  for (let h = 1; h <= hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const [claim, other] of around.get(node) ?? []) {
        walked.add(claim);
        if (!seen.has(other)) { seen.set(other, h); next.push(other); }
      }
    }
    frontier = next;
  }
  const nodes = [...seen].map(([id, n]) => ({ id, hops: n }))
    .sort((a, b) => a.hops - b.hops || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, claims: [...walked].sort() };
}
