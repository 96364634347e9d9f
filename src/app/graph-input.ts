/**
 * Reads what the graph projection needs from the store: canonical entities, all
 * claims and events, and the publication dates of documents.
 */
import type { Store } from '../store/store.js';
import type { GraphInput } from '../graph/types.js';

const ALL = 1_000_000_000;

export async function loadGraphInput(store: Store): Promise<GraphInput> {
  const [entities, claims, events, documents] = await Promise.all([
    store.listEntities({ limit: ALL }),
    store.listClaims({ limit: ALL }),
    store.listEvents({ limit: ALL }),
    store.listDocuments(),
  ]);
  return { entities, claims, events, documents: documents.map((d) => ({ id: d.id, published: d.published })) };
}
