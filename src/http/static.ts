/**
 * Serves the analyst's web app (the Vite build in dist/web) behind the same session
 * as the API: the auth hook runs before every route, files included. Any GET that is
 * not an API path and not a file gets index.html, so a reload on a deep link works.
 * The content security policy keeps the page from loading anything off this server.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from './errors.js';

/** src/http and dist/http both sit two levels below the package root. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'",
  "script-src 'self'", "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

export async function registerWebApp(app: FastifyInstance, root: string = WEB_ROOT): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    // wildcard: false registers one route per built file, leaving `/*` free for the SPA fallback below.
    await app.register(fastifyStatic, {
      root, wildcard: false, index: false,
      setHeaders: (res) => { res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY); res.setHeader('x-content-type-options', 'nosniff'); },
    });
  }
  app.get('/*', async (request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (pathname === '/api' || pathname.startsWith('/api/') || path.extname(pathname) !== '') {
      return reply.status(404).send(errorBody('not_found', `no route GET ${pathname}`));
    }
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build:web`. The API is served under /api/.');
    }
    return reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache').sendFile('index.html', root);
  });
}
