/**
 * Graph routes for the web app: the projection as of a date, and one entity's timeline.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { loadGraphInput } from '../../app/graph-input.js';
import { graphView, timeline } from '../graph-view.js';

const bool = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

export const graphRoutes: AnyRoute[] = [
  route({
    method: 'GET', access: 'read', url: '/api/graph', tag: 'graph',
    summary: 'Nodes and edges of the graph as of a date (YYYY, YYYY-MM or YYYY-MM-DD; absent: all time), and the span of dates in the ledger',
    query: z.object({ asOf: z.string().max(10).optional(), includeProposed: bool }),
    handler: async ({ query }, { ledger }) => {
      const asOf = query.asOf ? parsePartialDate(query.asOf) : null;
      return graphView(await loadGraphInput(ledger), { asOf, includeProposed: query.includeProposed });
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/timeline', tag: 'graph', summary: "An entity's relations (with validity intervals) and events, in date order",
    query: z.object({ entity: z.string().min(1).max(200) }),
    handler: async ({ query }, { ledger }) => {
      if (!(await ledger.getEntity(query.entity))) throw new WorkbenchError('not_found', `no entity "${query.entity}"`);
      return timeline(await loadGraphInput(ledger), query.entity);
    },
  }),
];
