/**
 * The graph questions and entity curation over HTTP, mirroring the CLI: every answer
 * carries the claims behind it; every curation is one transaction and recorded.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { claimsById, loadGraphInput, projectStore } from '../../app/graph-input.js';
import { paths, neighbours, rank, communities, changes, findDisputes, type RankMetric } from '../../analysis/index.js';
import { mergeEntities, renameEntity, splitEntity, undoMerge } from '../../app/curation.js';
import type { Ledger } from '../../store/store.js';

const bool = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');
const date = z.string().max(10).optional();
const asOfQuery = { asOf: date, includeProposed: bool };
const entityId = z.string().min(1).max(200);
const ALL = 1_000_000_000;

const projection = (ledger: Ledger, q: { asOf?: string; includeProposed: boolean }) =>
  projectStore(ledger, { asOf: q.asOf ? parsePartialDate(q.asOf) : null, includeProposed: q.includeProposed });

async function requireEntity(ledger: Ledger, id: string): Promise<string> {
  const e = await ledger.getEntity(id);
  if (!e) throw new WorkbenchError('not_found', `no entity "${id}"`);
  return e.id;
}

export const questionRoutes: AnyRoute[] = [
  route({
    method: 'GET', access: 'read', url: '/api/path', tag: 'questions', summary: 'Shortest and k-shortest paths between two entities as of a date, with the claims on each step',
    query: z.object({ a: entityId, b: entityId, k: z.coerce.number().int().min(1).max(10).default(1), ...asOfQuery }),
    handler: async ({ query }, { ledger }) => {
      const [a, b] = [await requireEntity(ledger, query.a), await requireEntity(ledger, query.b)];
      const graph = await projection(ledger, query);
      const found = graph.hasNode(a) && graph.hasNode(b) ? paths(graph, a, b, { k: query.k }) : [];
      return { paths: found, claims: await claimsById(ledger, found.flatMap((p) => p.steps.flatMap((s) => s.claims))) };
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/neighbours', tag: 'questions', summary: 'Entities within N hops of one entity as of a date',
    query: z.object({ entity: entityId, hops: z.coerce.number().int().min(1).max(4).default(1), ...asOfQuery }),
    handler: async ({ query }, { ledger }) => {
      const id = await requireEntity(ledger, query.entity);
      const graph = await projection(ledger, query);
      return graph.hasNode(id) ? neighbours(graph, id, { hops: query.hops }) : { nodes: [], edges: [] };
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/rank', tag: 'questions', summary: 'Centrality: degree, betweenness, PageRank or eigenvector',
    query: z.object({ metric: z.enum(['degree', 'betweenness', 'pagerank', 'eigenvector']).default('degree'), top: z.coerce.number().int().min(1).max(1000).default(20), ...asOfQuery }),
    handler: async ({ query }, { ledger }) => rank(await projection(ledger, query), query.metric as RankMetric, { top: query.top }),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/communities', tag: 'questions', summary: 'Communities (Louvain, deterministic seed)',
    query: z.object(asOfQuery),
    handler: async ({ query }, { ledger }) => communities(await projection(ledger, query), { seed: 1 }),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/changes', tag: 'questions', summary: 'What changed between two dates: allegiances, splits, leaders replaced or killed, cells, designations',
    query: z.object({ from: z.string().max(10), to: z.string().max(10), includeProposed: bool }),
    handler: async ({ query }, { ledger }) => {
      const [from, to] = [parsePartialDate(query.from), parsePartialDate(query.to)];
      if (from > to) throw new WorkbenchError('invalid_input', `from ${from} is after to ${to}`);
      return changes(await loadGraphInput(ledger), from, to, { includeProposed: query.includeProposed });
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/disputes', tag: 'questions', summary: 'A claim and its denial; sources that disagree on dates or numbers',
    handler: async (_i, { ledger }) => findDisputes(await ledger.listClaims({ limit: ALL }), await ledger.listEvents({ limit: ALL })),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/merges', tag: 'curation', summary: 'The merge history',
    query: z.object({ entity: entityId.optional() }),
    handler: async ({ query }, { ledger }) => ledger.listMerges(query.entity),
  }),
  route({
    method: 'POST', url: '/api/merges', tag: 'curation', access: 'write', audit: 'merge', summary: 'Merge entity `source` into `target` (reversible, recorded with who and why)',
    body: z.object({ source: entityId, target: entityId, reason: z.string().trim().min(1).max(500) }).strict(),
    handler: async ({ body }, { ledger, caller }) => {
      const [s, t] = [await ledger.getEntity(body.source), await ledger.getEntity(body.target)];
      if (!s || !t) throw new WorkbenchError('not_found', `no entity "${!s ? body.source : body.target}"`);
      if (s.type !== t.type) throw new WorkbenchError('invalid_input', `cannot merge a ${s.type} into a ${t.type}`);
      return mergeEntities(ledger, s.id, t.id, { name: caller.name }, body.reason);
    },
  }),
  route({
    method: 'DELETE', url: '/api/merges/{id}', tag: 'curation', access: 'write', audit: 'unmerge', summary: 'Undo a merge; the pair is remembered as different',
    params: z.object({ id: z.string().min(1).max(200) }),
    query: z.object({ reason: z.string().max(500).default('merge undone') }),
    handler: async ({ params, query }, { ledger, caller }) => { await undoMerge(ledger, params.id, { name: caller.name }, query.reason); return { undone: params.id }; },
  }),
  route({
    method: 'POST', url: '/api/entities/{id}/split', tag: 'curation', access: 'write', audit: 'split', summary: 'Split an entity: what the given documents say about it becomes a new entity',
    params: z.object({ id: entityId }),
    body: z.object({ documents: z.array(z.string().min(1).max(200)).min(1).max(1000), name: z.string().trim().max(300).nullable().default(null) }).strict(),
    handler: async ({ params, body }, { ledger, caller }) => splitEntity(ledger, params.id, body.documents, body.name, { name: caller.name }),
  }),
  route({
    method: 'PATCH', url: '/api/entities/{id}', tag: 'curation', access: 'write', audit: 'edit', summary: 'Rename an entity (the old name stays an alias)',
    params: z.object({ id: entityId }),
    body: z.object({ name: z.string().trim().min(1).max(300) }).strict(),
    handler: async ({ params, body }, { ledger }) => { await renameEntity(ledger, params.id, body.name); return ledger.getEntity(params.id); },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/same-as', tag: 'curation', summary: '"Possibly the same" suggestions and decisions',
    query: z.object({ pending: bool }),
    handler: async ({ query }, { ledger }) => ledger.listSameAs({ pending: query.pending }),
  }),
  route({
    method: 'POST', url: '/api/same-as', tag: 'curation', access: 'write', audit: 'same_as', summary: 'Decide a suggestion: same (merges) or different (never asked again)',
    body: z.object({ a: entityId, b: entityId, decision: z.enum(['same', 'different']) }).strict(),
    handler: async ({ body }, { ledger, caller }) => {
      await requireEntity(ledger, body.a);
      await requireEntity(ledger, body.b);
      if (body.decision === 'same') return mergeEntities(ledger, body.a, body.b, { name: caller.name }, 'decided same');
      await ledger.transaction((tx) => tx.decideSameAs(body.a, body.b, 'different', caller.name));
      return { a: body.a, b: body.b, decision: 'different' };
    },
  }),
];
