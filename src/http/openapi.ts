/**
 * The OpenAPI 3.1 document, generated from the same route table that is served.
 */
import { z } from 'zod';
import type { AnyRoute } from './route.js';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType | undefined, io: 'input' | 'output' = 'input'): Json | undefined {
  if (!schema) return undefined;
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  const json = schemaOf(schema);
  if (!json || typeof json.properties !== 'object') return [];
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(json.properties as Record<string, Json>).map(([name, s]) => ({
    name, in: where, required: where === 'path' || required.has(name), schema: s,
  }));
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
  required: ['error'],
};

export function openApiDocument(routes: readonly AnyRoute[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const op: Json = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${r.url.replace(/[{}]/g, '').split('/').map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('')}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        200: { description: 'OK', content: { [r.produces ?? 'application/json']: {} } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
      security: r.access === 'public' ? [] : [{ bearer: [] }, { session: [] }],
      'x-cellgraph-access': r.access,
    };
    if (r.consumes) {
      op.requestBody = { required: true, content: { [r.consumes]: { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } };
    } else if (r.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } };
    }
    paths[r.url] = { ...(paths[r.url] ?? {}), [r.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Cellgraph API', version, description: 'Sourced, time-aware claims about militant networks.' },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'cellgraph_session' },
      },
    },
  };
}
