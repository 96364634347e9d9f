/**
 * The breadth-first walk behind `LedgerReader.neighbourhood`, shared by the engines:
 * each engine supplies one query that expands a whole frontier at once (so a 2-hop
 * question costs two round trips, not one per node) and this file keeps the hop
 * counts and the claims seen.
 */
import { WorkbenchError } from '../core/errors.js';
import { isPartialDate, type PartialDate } from '../core/partial-date.js';
import type { Neighbourhood, NeighbourhoodOptions } from './store.js';

/** One edge out of the frontier: the claim and the canonical id at its other end. */
export type Step = (frontier: readonly string[]) => Promise<ReadonlyArray<readonly [claim: string, other: string]>>;

export const MAX_HOPS = 6;

export function checkNeighbourhoodOptions(options: NeighbourhoodOptions): { hops: number; asOf: PartialDate | null } {
  const { hops } = options;
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) {
    throw new WorkbenchError('invalid_input', `hops must be an integer from 0 to ${MAX_HOPS}, got ${hops}`);
  }
  const asOf = options.asOf ?? null;
  if (asOf !== null && !isPartialDate(asOf)) {
    throw new WorkbenchError('invalid_input', `invalid as-of date "${asOf}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return { hops, asOf };
}

export async function walk(start: string, hops: number, step: Step): Promise<Neighbourhood> {
  const seen = new Map<string, number>([[start, 0]]);
  const claims = new Set<string>();
  let frontier = [start];
  for (let h = 1; h <= hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const [claim, other] of await step(frontier)) {
      claims.add(claim);
      if (!seen.has(other)) { seen.set(other, h); next.push(other); }
    }
    frontier = next;
  }
  const nodes = [...seen].map(([id, n]) => ({ id, hops: n }))
    .sort((a, b) => a.hops - b.hops || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, claims: [...claims].sort() };
}
