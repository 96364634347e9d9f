/**
 * Who may talk to a local server. `cellgraph serve` prints a URL with a one-time
 * login token (as Jupyter does): opening it exchanges the token for a session
 * cookie and the token stops working. Scripts send the API token as a bearer
 * token. Everything else gets 401 — nobody else on the machine reads the store
 * by accident.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

export const SESSION_COOKIE = 'cellgraph_session';

export interface AuthState {
  readonly apiToken: string;
  /** Consumed on first use. */
  loginToken: string | null;
  readonly sessions: Set<string>;
}

export function newAuthState(): AuthState {
  return { apiToken: token(), loginToken: token(), sessions: new Set() };
}

const token = (): string => randomBytes(24).toString('base64url');

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function isAuthenticated(state: AuthState, request: FastifyRequest): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer && same(bearer, state.apiToken)) return true;
  const session = cookieValue(request.headers.cookie, SESSION_COOKIE);
  return session !== null && state.sessions.has(session);
}

/** Exchanges `?token=` for a session cookie, then redirects to the same path without it. */
function tryLogin(state: AuthState, request: FastifyRequest, reply: FastifyReply): boolean {
  const url = new URL(request.url, 'http://local');
  const given = url.searchParams.get('token');
  if (!given || !state.loginToken || !same(given, state.loginToken)) return false;
  state.loginToken = null;
  const session = token();
  state.sessions.add(session);
  url.searchParams.delete('token');
  void reply
    .header('set-cookie', `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`)
    .redirect(`${url.pathname}${url.search}`, 303);
  return true;
}

export function installAuth(app: FastifyInstance, state: AuthState): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && tryLogin(state, request, reply)) return reply;
    if (isAuthenticated(state, request)) return undefined;
    return reply.status(401).send(errorBody('unauthorized', 'log in with the URL printed by `cellgraph serve`, or send the API token as a bearer token'));
  });
}
