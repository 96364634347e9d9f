/**
 * The HTTP API: a fastify app over a store. Routes are data (`routes/*.ts`), each
 * with the access level it needs; inputs are validated with zod, errors leave as
 * `{error: {code, message}}`, bodies are size-limited, and nothing under /api/ is
 * served without a session or a token. Each request works on the ledger as its
 * caller may see it, and every refusal is written to the audit log (an anonymous
 * flood of them as one `refused_burst` entry per address and window: refusal-limiter.ts).
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { Store } from '../store/store.js';
import { visibleLedger } from '../access/visible-ledger.js';
import { recordAudit } from '../app/audit.js';
import { adminPort } from '../app/admin-port.js';
import { federationPort } from '../app/federation.js';
import { handleError, errorBody, markAudited, wasAudited } from './errors.js';
import { identityOf, installAuth, newAuthState, type AuthState } from './auth.js';
import { fastifyPath, mount, type AnyRoute, type RequestScope } from './route.js';
import { sessionPort } from './session-port.js';
import { LoginLimiter, type LoginLimits } from './login-limiter.js';
import { DEFAULT_REFUSAL_LIMITS, RefusalLimiter, type RefusalBurst, type RefusalLimits } from './refusal-limiter.js';
import { openApiDocument } from './openapi.js';
import { sessionRoutes } from './routes/session.js';
import { ledgerRoutes } from './routes/ledger.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { questionRoutes } from './routes/questions.js';
import { reportRoutes } from './routes/reports.js';
import { graphRoutes } from './routes/graph.js';
import { adminRoutes } from './routes/admin.js';
import { federationRoutes } from './routes/federation.js';
import { registerWebApp } from './static.js';

export interface ServerOptions {
  readonly store: Store;
  readonly auth?: AuthState;
  /** Largest JSON body, bytes. */
  readonly bodyLimit?: number;
  /** Largest uploaded file, bytes. */
  readonly uploadLimit?: number;
  readonly loginLimits?: LoginLimits;
  readonly refusalLimits?: RefusalLimits;
  /** The refusal limiter's clock, epoch ms; tests drive it. */
  readonly now?: () => number;
  readonly logger?: boolean;
}

export const ROUTES: readonly AnyRoute[] = [
  ...sessionRoutes, ...ledgerRoutes, ...claimRoutes, ...documentRoutes, ...graphRoutes, ...questionRoutes, ...reportRoutes, ...adminRoutes,
  ...federationRoutes,
];

const OPENAPI_ROUTE: AnyRoute = { method: 'GET', url: '/api/openapi.json', summary: 'This document', tag: 'meta', access: 'read', handler: async () => null };

const isApi = (request: FastifyRequest): boolean => {
  const pathname = request.url.split('?')[0]!;
  return pathname === '/api' || pathname.startsWith('/api/');
};

function errorCode(payload: unknown): string {
  if (typeof payload !== 'string') return 'unknown';
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : 'unknown';
  } catch {
    return 'unknown';
  }
}

const routeOf = (request: FastifyRequest): string =>
  // The route pattern, never the URL: a query string may carry a login token.
  `${request.method} ${request.routeOptions.url?.replace(/:(\w+)/g, '{$1}') ?? request.url.split('?')[0]!.slice(0, 200)}`;

async function writeBursts(store: Store, bursts: readonly RefusalBurst[]): Promise<void> {
  for (const b of bursts) {
    await recordAudit(store, {
      actor: 'anonymous', action: 'refused_burst',
      detail: {
        ip: b.ip, count: b.count, from: new Date(b.from).toISOString(), to: new Date(b.to).toISOString(),
        route: b.route, reason: b.reason,
        // Audit details are flat: the per-reason counts as `reason:count` pairs.
        reasons: Object.entries(b.reasons).map(([r, n]) => `${r}:${n}`).join(' '),
      },
    });
  }
}

/** Answers 429 to an address that has been refused too often, before it costs a store read. */
function refuseFloods(app: FastifyInstance, limiter: RefusalLimiter): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return undefined;
    const wait = limiter.retryAfter(request.ip);
    if (wait === 0) return undefined;
    limiter.blocked(request.ip, routeOf(request));
    markAudited(request);
    return reply.status(429).header('retry-after', String(wait)).send(errorBody('rate_limited', `too many refused requests; try again in ${wait} s`));
  });
}

/**
 * Writes every 4xx answer under /api/ to the audit log as `refused`, with the route and
 * the reason. An anonymous caller's refusals pass through the limiter; a known caller's
 * are always written one by one.
 */
function auditRefusals(app: FastifyInstance, store: Store, limiter: RefusalLimiter): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || reply.statusCode >= 500 || !isApi(request) || wasAudited(request)) return payload;
    markAudited(request);
    const viewer = identityOf(request)?.caller.viewer;
    const id = (request.params as { id?: unknown } | undefined)?.id;
    const route = routeOf(request);
    const reason = errorCode(payload);
    if (!viewer) {
      const verdict = limiter.refused(request.ip, reason, route);
      await writeBursts(store, verdict.bursts);
      if (!verdict.audit) return payload;
    }
    await recordAudit(store, {
      actor: viewer?.actor ?? 'anonymous', agency: viewer?.agency ?? null, action: 'refused',
      target: typeof id === 'string' ? id.slice(0, 200) : null,
      detail: { route, status: reply.statusCode, reason, ip: request.ip },
    });
    return payload;
  });
  // Windows nobody refuses into again are closed by this sweep, and whatever is open at shutdown is written then.
  const sweep = setInterval(() => {
    writeBursts(store, limiter.closed()).catch((e: unknown) => { app.log.error(`refused_burst not written: ${(e as Error).message}`); });
  }, limiter.windowMs);
  sweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    await writeBursts(store, limiter.drain());
  });
}

let openApiCache: Record<string, unknown> | null = null;
/** Built on first request: the route table is fixed, and describing it takes a while. */
const openApi = (): Record<string, unknown> => (openApiCache ??= openApiDocument([...ROUTES, OPENAPI_ROUTE], '0.1.0'));

export async function buildServer(options: ServerOptions): Promise<{ app: FastifyInstance; auth: AuthState }> {
  const { store } = options;
  const auth = options.auth ?? newAuthState();
  const limiter = new LoginLimiter(options.loginLimits);
  const refusals = new RefusalLimiter(options.refusalLimits ?? DEFAULT_REFUSAL_LIMITS, options.now);
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Request logs carry method, path and status only; never bodies or document text.
    logger: options.logger ? { level: 'info' } : false,
  });
  await app.register(multipart, {
    limits: { fileSize: options.uploadLimit ?? 20 * 1024 * 1024, files: 20, fields: 10, fieldSize: 1024 },
    throwFileSizeLimit: true,
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
  const publicRoutes = new Set(ROUTES.filter((r) => r.access === 'public').map((r) => `${r.method} ${fastifyPath(r.url)}`));
  refuseFloods(app, refusals);
  installAuth(app, store, auth, { publicRoutes });
  auditRefusals(app, store, refusals);
  app.get('/api/openapi.json', async () => openApi());
  const scope: RequestScope = {
    caller: (request) => identityOf(request)?.caller ?? null,
    ledger: (viewer, onRead) => visibleLedger(store, viewer, { onRead }),
    admin: (viewer) => adminPort(store, viewer),
    federation: (viewer) => federationPort(store, viewer),
    session: (request, reply) => sessionPort({ store, state: auth, limiter, audited: markAudited }, request, reply),
    audit: async (caller, action, target, detail) => {
      await recordAudit(store, { actor: caller.viewer.actor, agency: caller.viewer.agency, action, target, detail });
    },
  };
  mount(app, ROUTES, scope);
  await registerWebApp(app);
  return { app, auth };
}
