/**
 * Publishing routes: sourced briefs (Markdown, HTML, PDF), incident aggregates, and
 * exports in every format the CLI writes.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { makeBrief, renderBrief } from '../../app/brief.js';
import { exportStix } from '../../app/exchange.js';
import { exportStoredIncidents } from '../../app/import-incidents.js';
import { aggregateEvents, aggregateToCsv, type AggregateBy, type LayoutName } from '../../datasets/index.js';

const bool = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');
const date = z.string().max(10).optional();
const ALL = 1_000_000_000;
const TYPES = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const;

export const reportRoutes: AnyRoute[] = [
  route({
    method: 'GET', access: 'read', audit: 'export', url: '/api/brief', tag: 'publish', produces: 'text/html',
    summary: 'A sourced brief (every statement footnoted to its quote) as Markdown, HTML or PDF',
    query: z.object({ format: z.enum(['md', 'html', 'pdf']).default('html'), topic: z.string().max(200).optional(), asOf: date, since: date, includeProposed: bool }),
    handler: async ({ query }, { ledger, reply }) => {
      const asOf = query.asOf ? parsePartialDate(query.asOf) : null;
      const since = query.since ? parsePartialDate(query.since) : null;
      if (asOf && since && since > asOf) throw new WorkbenchError('invalid_input', `since ${since} is after asOf ${asOf}`);
      if (query.topic && !(await ledger.getEntity(query.topic))) throw new WorkbenchError('not_found', `no entity "${query.topic}"`);
      const brief = await makeBrief(ledger, { topic: query.topic ?? null, asOf, since, includeProposed: query.includeProposed });
      const body = await renderBrief(brief, query.format);
      return reply.type(TYPES[query.format]).send(body);
    },
  }),
  route({
    method: 'GET', access: 'read', url: '/api/aggregates', tag: 'publish', summary: 'Incidents and fatalities by province, group or attack type (JSON, or CSV with format=csv)',
    query: z.object({ by: z.enum(['province', 'group', 'type']).default('province'), byYear: bool, year: z.coerce.number().int().min(1).max(9999).optional(), format: z.enum(['json', 'csv']).default('json') }),
    handler: async ({ query }, { ledger, reply }) => {
      const rows = aggregateEvents(await ledger.listEvents({ limit: ALL }), await ledger.listEntities({ limit: ALL }),
        query.by as AggregateBy, { byYear: query.byYear || query.year !== undefined, year: query.year });
      return query.format === 'csv' ? reply.type('text/csv; charset=utf-8').send(aggregateToCsv(rows, query.by as AggregateBy)) : rows;
    },
  }),
  route({
    method: 'GET', access: 'read', audit: 'export', url: '/api/export/{format}', tag: 'export', summary: 'Export as a STIX 2.1 bundle or a GTD/ACLED/UCDP incident table',
    params: z.object({ format: z.enum(['stix', 'gtd', 'acled', 'ucdp']) }),
    query: z.object({ document: z.string().max(200).optional() }),
    handler: async ({ params, query }, { ledger, reply }) => {
      if (params.format === 'stix') return exportStix(ledger, { document: query.document });
      const csv = await exportStoredIncidents(ledger, params.format as LayoutName, query.document ? { document: query.document } : {});
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  }),
];
