/**
 * Reads what the graph projection needs from the store (canonical entities, all
 * claims and events, publication dates of documents), projects it as of a date, and
 * fetches the claims an answer rests on. Shared by the CLI, the HTTP API and briefs.
 */
import type { LedgerQueries } from '../store/store.js';
import type { ClaimRecord } from '../core/records.js';
import type { CellGraph, GraphInput, ProjectOptions } from '../graph/types.js';
import { projectGraph } from '../graph/project.js';

const ALL = 1_000_000_000;

export async function loadGraphInput(store: LedgerQueries): Promise<GraphInput> {
  const [entities, claims, events, documents] = await Promise.all([
    store.listEntities({ limit: ALL }),
    store.listClaims({ limit: ALL }),
    store.listEvents({ limit: ALL }),
    store.listDocuments(),
  ]);
  return { entities, claims, events, documents: documents.map((d) => ({ id: d.id, published: d.published })) };
}

/** The store's network as of a date. */
export async function projectStore(store: LedgerQueries, options: ProjectOptions): Promise<CellGraph> {
  return projectGraph(await loadGraphInput(store), options);
}

/** The claim records behind an answer, in the order given, without repeats. */
export async function claimsById(store: LedgerQueries, ids: Iterable<string>): Promise<ClaimRecord[]> {
  const out: ClaimRecord[] = [];
  for (const id of new Set(ids)) {
    const c = await store.getClaim(id);
    if (c) out.push(c);
  }
  return out;
}
