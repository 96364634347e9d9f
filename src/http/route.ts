/**
 * Routes as data: method, path, summary and zod schemas for params, query and body.
 * `mount` validates every input before the handler runs and records the route for
 * the OpenAPI document, so the served API and its description cannot drift apart.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { WorkbenchError } from '../core/errors.js';
import type { Store } from '../store/store.js';

export interface RouteContext {
  readonly store: Store;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Content type of the request body when it is not JSON (uploads). */
  readonly consumes?: string;
  /** Content type of the response when it is not JSON. */
  readonly produces?: string;
  readonly handler: (input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> }, ctx: RouteContext) => Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;

export const route = <P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec<P, Q, B> => spec;

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (!schema) return value as z.infer<T>;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.length ? `${where}.${issue.path.join('.')}` : where;
  throw new WorkbenchError('invalid_input', `${at}: ${issue.message}`);
}

/** Fastify path syntax (`:id`) from the OpenAPI-style path (`{id}`). */
export const fastifyPath = (url: string): string => url.replace(/\{(\w+)\}/g, ':$1');

export function mount(app: FastifyInstance, routes: readonly AnyRoute[], store: Store): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: fastifyPath(spec.url),
      handler: async (request, reply) => {
        const input = {
          params: parse(spec.params, request.params, 'path'),
          query: parse(spec.query, request.query, 'query'),
          body: spec.consumes ? undefined : parse(spec.body, request.body, 'body'),
        };
        const result = await spec.handler(input, { store, request, reply });
        return reply.sent ? reply : result;
      },
    });
  }
}

/** Query helpers shared by list routes. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};
