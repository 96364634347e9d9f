/**
 * Read and review routes over the ledger: stats, entities, claims, events, search.
 */
import { z } from 'zod';
import { route, paging, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { ENTITY_TYPES, PREDICATES, EVENT_TYPES, CLAIM_STATUSES } from '../../model/ontology.js';
import { nameKey } from '../../resolution/normalise.js';
import { parsePartialDate } from '../../core/partial-date.js';

const id = z.object({ id: z.string().min(1).max(200) });
const notFound = (what: string, value: string) => new WorkbenchError('not_found', `no ${what} "${value}"`);

export const ledgerRoutes: AnyRoute[] = [
  route({
    method: 'GET', access: 'read', url: '/api/stats', tag: 'ledger', summary: 'Counts of documents, entities by type, claims by predicate, events by type',
    handler: async (_i, { ledger }) => ledger.stats(),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/entities', tag: 'entities', summary: 'List entities, most mentioned first; `q` finds by any alias or spelling',
    query: z.object({ type: z.enum(ENTITY_TYPES as [string, ...string[]]).optional(), q: z.string().max(300).optional(), ...paging }),
    handler: async ({ query }, { ledger }) => {
      if (query.q) {
        const found = await ledger.findEntitiesByKeys([nameKey(query.q)], query.type as never);
        return { items: found.slice(query.offset, query.offset + query.limit), total: found.length };
      }
      const items = await ledger.listEntities({ type: query.type as never, limit: query.limit, offset: query.offset });
      return { items, limit: query.limit, offset: query.offset };
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/entities/{id}', tag: 'entities', summary: 'One entity with its mentions, claims and events',
    params: id,
    handler: async ({ params }, { ledger }) => {
      const entity = await ledger.getEntity(params.id);
      if (!entity) throw notFound('entity', params.id);
      const [claims, events] = await Promise.all([ledger.listClaims({ entity: entity.id }), ledger.listEvents({ entity: entity.id })]);
      return { entity, claims, events };
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/claims', tag: 'claims', summary: 'List claims, filtered by status, predicate, entity or document',
    query: z.object({
      status: z.enum(CLAIM_STATUSES as [string, ...string[]]).optional(),
      predicate: z.enum(PREDICATES as [string, ...string[]]).optional(),
      entity: z.string().max(200).optional(), document: z.string().max(200).optional(), ...paging,
    }),
    handler: async ({ query }, { ledger }) => ({
      items: await ledger.listClaims({ ...query, status: query.status as never, predicate: query.predicate as never }),
      limit: query.limit, offset: query.offset,
    }),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/claims/{id}', tag: 'claims', summary: 'One claim with its evidence',
    params: id,
    handler: async ({ params }, { ledger }) => (await ledger.getClaim(params.id)) ?? Promise.reject(notFound('claim', params.id)),
  }),
  route({
    method: 'PATCH', url: '/api/claims/{id}', tag: 'review', access: 'write', audit: 'edit', summary: 'Review a claim: accept, reject, dispute, grade or correct its dates',
    params: id,
    body: z.object({
      status: z.enum(CLAIM_STATUSES as [string, ...string[]]).optional(),
      confidence: z.number().min(0).max(1).optional(),
      credibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.null()]).optional(),
      valid_from: z.string().nullable().optional(),
      valid_to: z.string().nullable().optional(),
      negated: z.boolean().optional(),
      former: z.boolean().optional(),
    }).strict(),
    handler: async ({ params, body }, { ledger }) => {
      const patch = {
        ...body,
        status: body.status as never,
        valid_from: body.valid_from === undefined || body.valid_from === null ? body.valid_from : parsePartialDate(body.valid_from),
        valid_to: body.valid_to === undefined || body.valid_to === null ? body.valid_to : parsePartialDate(body.valid_to),
      };
      return ledger.transaction(async (tx) => {
        if (!(await tx.getClaim(params.id))) throw notFound('claim', params.id);
        await tx.updateClaim(params.id, patch);
        return tx.getClaim(params.id);
      });
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/events', tag: 'events', summary: 'List events, filtered by type, entity or document',
    query: z.object({
      type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
      entity: z.string().max(200).optional(), document: z.string().max(200).optional(), ...paging,
    }),
    handler: async ({ query }, { ledger }) => ({
      items: await ledger.listEvents({ ...query, type: query.type as never }), limit: query.limit, offset: query.offset,
    }),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/events/{id}', tag: 'events', summary: 'One event with participants and evidence',
    params: id,
    handler: async ({ params }, { ledger }) => (await ledger.getEvent(params.id)) ?? Promise.reject(notFound('event', params.id)),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/search', tag: 'search', summary: 'Full-text search over documents, and entities by any alias',
    query: z.object({ q: z.string().trim().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).default(20) }),
    handler: async ({ query }, { ledger }) => ({
      documents: await ledger.searchDocuments(query.q, query.limit),
      entities: (await ledger.findEntitiesByKeys([nameKey(query.q)])).slice(0, query.limit),
    }),
  }),
];
