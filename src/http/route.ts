/**
 * Routes as data: method, path, summary, the access level they need, and zod schemas
 * for params, query and body. `mount` checks the caller's level and validates every
 * input before the handler runs, and records the route for the OpenAPI document, so
 * the served API and its description cannot drift apart.
 *
 * A handler never holds the raw store: it gets the ledger as its viewer may see it
 * (`visibleLedger`), so a route cannot forget the policy. Reads of AMBER and RED
 * records, successful writes and exports are audited here, once per request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { WorkbenchError } from '../core/errors.js';
import type { AccessLevel } from '../model/access.js';
import type { Marking } from '../model/ontology.js';
import type { Ledger } from '../store/store.js';
import { hasLevel, type Viewer } from '../access/policy.js';
import type { ReadItem } from '../access/visible-ledger.js';
import type { AdminPort } from '../app/admin-port.js';
import type { FederationPort } from '../app/federation.js';
import type { SessionPort } from './session-port.js';

/** `public` only for the login route: everything else needs a session or a token. */
export type RouteAccess = AccessLevel | 'public';

/** Who is asking, as the routes see it. */
export interface Caller {
  readonly viewer: Viewer;
  /** Login name for display and for `analyst:<name>` extractors. */
  readonly name: string;
}

export interface RouteContext {
  readonly ledger: Ledger;
  readonly viewer: Viewer;
  readonly caller: Caller;
  /** Account, sharing and audit use cases bound to the viewer; only admin routes may touch it. */
  readonly admin: AdminPort;
  /** Login, logout and "who am I" for the session routes. */
  readonly session: SessionPort;
  /** Keys, outbox and inbox for a partner server, bound to the caller. */
  readonly federation: FederationPort;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  /** The least access level the caller needs (see access/policy.ts `hasLevel`). */
  readonly access: RouteAccess;
  /**
   * The audit action written after the handler succeeds (`edit`, `merge`, `ingest`,
   * `export`…). Write routes default to `edit`; `false` when the use case audits itself.
   */
  readonly audit?: string | false;
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

/** True when a NUL character hides anywhere in a decoded value (strings, arrays, objects). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1));
}

/** Fastify path syntax (`:id`) from the OpenAPI-style path (`{id}`). */
export const fastifyPath = (url: string): string => url.replace(/\{(\w+)\}/g, ':$1');

/** Ids named in one `read` audit entry at most. */
export const MAX_AUDITED_IDS = 2000;

/** Markings whose reads are written to the audit log (the visible ledger reports only these; checked again here). */
export const AUDITED_READS: readonly Marking[] = ['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'];

/** What `mount` needs from the server for each request. */
export interface RequestScope {
  /** The caller the auth hook identified; null only on public routes. */
  caller(request: FastifyRequest): Caller | null;
  ledger(viewer: Viewer, onRead: (item: ReadItem) => void): Ledger;
  admin(viewer: Viewer): AdminPort;
  session(request: FastifyRequest, reply: FastifyReply): SessionPort;
  federation(viewer: Viewer): FederationPort;
  audit(caller: Caller, action: string, target: string | null, detail: Record<string, string | number | boolean | null>): Promise<void>;
}

const ANONYMOUS: Caller = {
  viewer: { actor: 'anonymous', agency: '', role: 'viewer', received: new Map(), operator: false },
  name: 'anonymous',
};

function adminOnly(spec: AnyRoute, make: () => AdminPort): AdminPort {
  let port: AdminPort | null = null;
  return new Proxy({} as AdminPort, {
    get(_t, key) {
      if (spec.access !== 'admin') throw new WorkbenchError('internal', `${spec.method} ${spec.url} is not an admin route`);
      port ??= make();
      return port[key as keyof AdminPort];
    },
  });
}

export function mount(app: FastifyInstance, routes: readonly AnyRoute[], scope: RequestScope): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: fastifyPath(spec.url),
      handler: async (request, reply) => {
        const caller = scope.caller(request);
        if (!caller && spec.access !== 'public') throw new WorkbenchError('internal', `${spec.method} ${spec.url} reached without a caller`);
        const who = caller ?? ANONYMOUS;
        if (spec.access !== 'public' && !hasLevel(who.viewer, spec.access)) {
          throw new WorkbenchError('forbidden', `${spec.method} ${spec.url} needs the ${spec.access === 'write' ? 'analyst' : spec.access === 'admin' ? 'admin' : 'viewer'} role`);
        }
        // No stored text holds NUL (readers drop it), and the engines' query languages choke on it.
        if (holdsNul(request.params) || holdsNul(request.query) || (!spec.consumes && holdsNul(request.body))) {
          throw new WorkbenchError('invalid_input', 'NUL characters are not allowed in a request');
        }
        const input = {
          params: parse(spec.params, request.params, 'path'),
          query: parse(spec.query, request.query, 'query'),
          body: spec.consumes ? undefined : parse(spec.body, request.body, 'body'),
        };
        const read = new Map<string, ReadItem>();
        const onRead = (item: ReadItem): void => { if (AUDITED_READS.includes(item.marking)) read.set(`${item.kind}:${item.id}`, item); };
        // Built on first use: the login route, for one, never touches the ledger.
        let ledger: Ledger | null = null;
        let federation: FederationPort | null = null;
        const ctx: RouteContext = {
          get ledger() { return (ledger ??= scope.ledger(who.viewer, onRead)); },
          get federation() { return (federation ??= scope.federation(who.viewer)); },
          viewer: who.viewer,
          caller: who,
          admin: adminOnly(spec, () => scope.admin(who.viewer)),
          session: scope.session(request, reply),
          request,
          reply,
        };
        const result = await spec.handler(input, ctx);
        if (caller) await auditRequest(scope, caller, spec, input, [...read.values()]);
        return reply.sent ? reply : result;
      },
    });
  }
}

type Detail = Record<string, string | number | boolean | null>;

/** The path and query parameters of a request, as audit detail (bodies are never copied: they may hold passwords). */
function parameters(input: { params: unknown; query: unknown }): Detail {
  const out: Detail = {};
  for (const source of [input.params, input.query]) {
    if (!source || typeof source !== 'object') continue;
    for (const [k, v] of Object.entries(source)) {
      if (typeof v === 'string') out[k] = v.slice(0, 200);
      else if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
    }
  }
  return out;
}

async function auditRequest(scope: RequestScope, caller: Caller, spec: AnyRoute, input: { params: unknown; query: unknown }, read: ReadItem[]): Promise<void> {
  const routeName = `${spec.method} ${spec.url}`;
  const id = (input.params as { id?: unknown } | undefined)?.id;
  const target = typeof id === 'string' ? id : null;
  // One after the other: each entry's hash covers the one before it.
  if (read.length > 0) {
    const ids = read.map((r) => r.id).sort();
    await scope.audit(caller, 'read', read.length === 1 ? read[0]!.id : null, {
      route: routeName, count: ids.length, ids: ids.slice(0, MAX_AUDITED_IDS).join(' '),
      // A whole-graph read of a large ledger would make one entry of megabytes; the count and the route say the rest.
      more: Math.max(0, ids.length - MAX_AUDITED_IDS),
      markings: [...new Set(read.map((r) => r.marking))].sort().join(' '),
    });
  }
  const action = spec.audit ?? (spec.method !== 'GET' && spec.access !== 'public' ? 'edit' : false);
  if (action) await scope.audit(caller, action, target, { route: routeName, ...parameters(input) });
}

/** Query helpers shared by list routes. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};
