/**
 * Session routes for the web app: log in with a name and password, ask who is
 * logged in, log out.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';

export const sessionRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/login', tag: 'session', access: 'public', audit: false,
    summary: 'Log in: sets an HttpOnly session cookie and a readable CSRF cookie; answers the user and the CSRF token (429 after repeated failures)',
    // Lengths are bounded before argon2 sees them; the password rules themselves apply when it is set.
    body: z.object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1024) }).strict(),
    handler: async ({ body }, { session }) => session.login(body.name, body.password),
  }),
  route({
    method: 'GET', url: '/api/me', tag: 'session', access: 'read',
    summary: 'Who is logged in (user, agency, role; `operator: true` for the one-time-token session) and the CSRF token',
    handler: async (_i, { session }) => session.me(),
  }),
  route({
    method: 'POST', url: '/api/logout', tag: 'session', access: 'read', audit: false,
    summary: 'End the session and clear its cookies (audited as `logout`)',
    handler: async (_i, { session }) => { await session.logout(); return { ok: true }; },
  }),
];
