/**
 * Who is asking. Four ways in, checked before any route runs:
 *
 * - the one-time login URL `cellgraph serve` prints (as Jupyter does): opening it
 *   gives a session for the machine's operator, kept in memory, and the token stops
 *   working;
 * - the operator's API token printed next to it, for scripts on the same machine;
 * - a user's session cookie from POST /api/login;
 * - a user's API token (`cellgraph admin token …`) as a bearer token.
 *
 * Anything else under /api/ gets 401, except the login route. A request carried by a
 * session cookie that changes something must repeat the session's CSRF token in the
 * `x-csrf-token` header (SameSite=Strict already stops other sites; the header stops
 * whatever slips past it). Bearer requests carry no ambient credential and are exempt.
 * The web app's files hold no data and are served to anyone, so the login form can load.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCAL_AGENCY } from '../model/access.js';
import { operatorViewer } from '../access/policy.js';
import type { UserRecord } from '../store/access.js';
import type { Store } from '../store/store.js';
import { sessionUser, tokenUser, viewerForUser } from '../app/accounts.js';
import { errorBody } from './errors.js';
import type { Caller } from './route.js';

export const SESSION_COOKIE = 'cellgraph_session';
export const CSRF_COOKIE = 'cellgraph_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** How long a login lasts. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const OPERATOR_NAME = 'operator';

interface OperatorSession {
  readonly csrf: string;
  readonly expires: number;
}

export interface AuthState {
  /** The operator's bearer token, printed by `cellgraph serve`. */
  readonly apiToken: string;
  /** Consumed on first use. */
  loginToken: string | null;
  /** Operator sessions by sha256 of the cookie: they live as long as the process. */
  readonly operatorSessions: Map<string, OperatorSession>;
}

export function newAuthState(): AuthState {
  return { apiToken: secret(), loginToken: secret(), operatorSessions: new Map() };
}

const secret = (): string => randomBytes(32).toString('base64url');
const digest = (value: string): string => createHash('sha256').update(value).digest('hex');

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

/** The identity a request arrived with. */
export interface Identity {
  readonly caller: Caller;
  /** The account behind it; null for the operator. */
  readonly user: UserRecord | null;
  readonly via: 'session' | 'bearer';
  /** The session cookie's value and its CSRF token, for session requests. */
  readonly cookie: string | null;
  readonly csrf: string | null;
}

const identities = new WeakMap<FastifyRequest, Identity>();
export const identityOf = (request: FastifyRequest): Identity | null => identities.get(request) ?? null;
export const rememberIdentity = (request: FastifyRequest, identity: Identity): void => { identities.set(request, identity); };

export const operatorCaller = (): Caller => ({ viewer: operatorViewer(`http:${OPERATOR_NAME}`, LOCAL_AGENCY), name: OPERATOR_NAME });

export async function userCaller(store: Store, user: UserRecord): Promise<Caller> {
  return { viewer: await viewerForUser(store, user), name: user.name };
}

/** `Set-Cookie` values for a session and its readable CSRF twin; `maxAge` 0 clears them. */
export function sessionCookies(cookie: string, csrf: string, maxAgeSeconds: number): string[] {
  const common = `SameSite=Strict; Secure; Path=/; Max-Age=${maxAgeSeconds}`;
  return [`${SESSION_COOKIE}=${cookie}; HttpOnly; ${common}`, `${CSRF_COOKIE}=${csrf}; ${common}`];
}

export function newOperatorSession(state: AuthState, now: number = Date.now()): { cookie: string; csrf: string } {
  const cookie = secret();
  const csrf = secret();
  state.operatorSessions.set(digest(cookie), { csrf, expires: now + SESSION_TTL_MS });
  return { cookie, csrf };
}

export function endOperatorSession(state: AuthState, cookie: string): boolean {
  return state.operatorSessions.delete(digest(cookie));
}

/** Exchanges `?token=` for an operator session cookie, then redirects to the same path without it. */
function tryLoginToken(state: AuthState, request: FastifyRequest, reply: FastifyReply): boolean {
  const url = new URL(request.url, 'http://local');
  const given = url.searchParams.get('token');
  if (!given || !state.loginToken || !same(given, state.loginToken)) return false;
  state.loginToken = null;
  const { cookie, csrf } = newOperatorSession(state);
  url.searchParams.delete('token');
  void reply.header('set-cookie', sessionCookies(cookie, csrf, SESSION_TTL_MS / 1000)).redirect(`${url.pathname}${url.search}`, 303);
  return true;
}

async function identify(store: Store, state: AuthState, request: FastifyRequest): Promise<Identity | null> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    if (same(bearer, state.apiToken)) return { caller: operatorCaller(), user: null, via: 'bearer', cookie: null, csrf: null };
    const user = await tokenUser(store, bearer);
    // A bearer that names no one is refused even if a cookie came along: no guessing which one counts.
    if (!user || user.disabled_at !== null) return null;
    return { caller: await userCaller(store, user), user, via: 'bearer', cookie: null, csrf: null };
  }
  const cookie = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!cookie) return null;
  const operator = state.operatorSessions.get(digest(cookie));
  if (operator) {
    if (operator.expires > Date.now()) return { caller: operatorCaller(), user: null, via: 'session', cookie, csrf: operator.csrf };
    state.operatorSessions.delete(digest(cookie));
    return null;
  }
  const found = await sessionUser(store, cookie);
  if (!found || found.user.disabled_at !== null) return null;
  return { caller: await userCaller(store, found.user), user: found.user, via: 'session', cookie, csrf: found.session.csrf };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  /** `METHOD /fastify/path` of routes anyone may call (the login route). */
  readonly publicRoutes: ReadonlySet<string>;
}

export function installAuth(app: FastifyInstance, store: Store, state: AuthState, options: AuthOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && tryLoginToken(state, request, reply)) return reply;
    const pathname = request.url.split('?')[0]!;
    if (pathname !== '/api' && !pathname.startsWith('/api/')) return undefined;
    const isPublic = options.publicRoutes.has(`${request.method} ${request.routeOptions.url ?? ''}`);
    const identity = await identify(store, state, request);
    if (identity) rememberIdentity(request, identity);
    if (!identity) {
      if (isPublic) return undefined;
      return reply.status(401).send(errorBody('unauthorized', 'log in (POST /api/login, or the URL printed by `cellgraph serve`), or send an API token as a bearer token'));
    }
    if (identity.via === 'session' && !SAFE_METHODS.has(request.method) && !isPublic) {
      const given = request.headers[CSRF_HEADER];
      if (typeof given !== 'string' || !identity.csrf || !same(given, identity.csrf)) {
        return reply.status(403).send(errorBody('csrf', `a request that changes something must carry the session's CSRF token in the ${CSRF_HEADER} header`));
      }
    }
    return undefined;
  });
}
