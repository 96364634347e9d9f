/**
 * Logging in and out over HTTP: what the session routes (routes/session.ts) may do.
 * Bound to one request, so a route handler never sees the store or the auth state.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { createSession, endSession, login } from '../app/accounts.js';
import {
  endOperatorSession, identityOf, OPERATOR_NAME, SESSION_TTL_MS, sessionCookies, type AuthState, type Identity,
} from './auth.js';
import { HttpRefusal } from './errors.js';
import type { LoginLimiter } from './login-limiter.js';

export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly agency: string;
  readonly role: string;
  /** Present (true) for the machine's operator only. */
  readonly operator?: true;
}

export interface SessionView {
  readonly user: SessionUser;
  /** The token to send as `x-csrf-token`; null for bearer requests, which need none. */
  readonly csrf: string | null;
}

export interface SessionPort {
  /** Checks the password (rate-limited per address and name) and sets the session cookies. */
  login(name: string, password: string): Promise<SessionView>;
  me(): SessionView;
  logout(): Promise<void>;
}

export interface SessionDeps {
  readonly store: Store;
  readonly state: AuthState;
  readonly limiter: LoginLimiter;
  /** Marks a refusal as already written to the audit log (login audits its own failures). */
  readonly audited: (request: FastifyRequest) => void;
}

function view(identity: Identity): SessionView {
  const user: SessionUser = identity.user
    ? { id: identity.user.id, name: identity.user.name, agency: identity.user.agency, role: identity.user.role }
    : { id: OPERATOR_NAME, name: OPERATOR_NAME, agency: identity.caller.viewer.agency, role: 'admin', operator: true };
  return { user, csrf: identity.csrf };
}

function required(request: FastifyRequest): Identity {
  const identity = identityOf(request);
  if (!identity) throw new HttpRefusal(401, 'unauthorized', 'not logged in');
  return identity;
}

export function sessionPort(deps: SessionDeps, request: FastifyRequest, reply: FastifyReply): SessionPort {
  return {
    async login(name, password) {
      const wait = deps.limiter.retryAfter(request.ip, name);
      if (wait > 0) throw new HttpRefusal(429, 'rate_limited', `too many failed logins; try again in ${wait} s`, wait);
      const user = await login(deps.store, name, password, { ip: request.ip });
      if (!user) {
        deps.limiter.failed(request.ip, name);
        deps.audited(request);
        throw new HttpRefusal(401, 'unauthorized', 'wrong name or password');
      }
      deps.limiter.succeeded(request.ip, name);
      const session = await createSession(deps.store, user, SESSION_TTL_MS);
      void reply.header('set-cookie', sessionCookies(session.cookie, session.csrf, SESSION_TTL_MS / 1000));
      return { user: { id: user.id, name: user.name, agency: user.agency, role: user.role }, csrf: session.csrf };
    },
    me: () => view(required(request)),
    async logout() {
      const identity = required(request);
      if (identity.cookie) {
        if (identity.user) await endSession(deps.store, identity.cookie);
        else endOperatorSession(deps.state, identity.cookie);
        void reply.header('set-cookie', sessionCookies('', '', 0));
      }
    },
  };
}
