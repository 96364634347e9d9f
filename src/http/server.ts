/**
 * The HTTP API: a fastify app over a store. Routes are data (`routes/*.ts`), inputs
 * are validated with zod, errors leave as `{error: {code, message}}`, bodies are
 * size-limited, and nothing is served without a session or the API token.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { Store } from '../store/store.js';
import { handleError, errorBody } from './errors.js';
import { installAuth, newAuthState, type AuthState } from './auth.js';
import { mount, type AnyRoute } from './route.js';
import { openApiDocument } from './openapi.js';
import { ledgerRoutes } from './routes/ledger.js';
import { documentRoutes } from './routes/documents.js';
import { questionRoutes } from './routes/questions.js';
import { reportRoutes } from './routes/reports.js';
import { graphRoutes } from './routes/graph.js';
import { registerWebApp } from './static.js';

export interface ServerOptions {
  readonly store: Store;
  readonly auth?: AuthState;
  /** Largest JSON body, bytes. */
  readonly bodyLimit?: number;
  /** Largest uploaded file, bytes. */
  readonly uploadLimit?: number;
  readonly logger?: boolean;
}

export const ROUTES: readonly AnyRoute[] = [...ledgerRoutes, ...documentRoutes, ...graphRoutes, ...questionRoutes, ...reportRoutes];

export async function buildServer(options: ServerOptions): Promise<{ app: FastifyInstance; auth: AuthState }> {
  const auth = options.auth ?? newAuthState();
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
  installAuth(app, auth);
  const spec = openApiDocument([...ROUTES, { method: 'GET', url: '/api/openapi.json', summary: 'This document', tag: 'meta', handler: async () => null }], '0.1.0');
  app.get('/api/openapi.json', async () => spec);
  mount(app, ROUTES, options.store);
  await registerWebApp(app);
  return { app, auth };
}
