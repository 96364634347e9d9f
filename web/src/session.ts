/**
 * Who is using the app. A server with accounts answers GET /api/me with the user and a
 * CSRF token; the session itself is an HttpOnly cookie the page never sees. The token
 * is kept in memory (and can be read again from the `cellgraph_csrf` cookie) and sent
 * with every request that changes something. A server without accounts answers 404:
 * whoever opened its one-time login URL is the local operator, with every right (a
 * server with accounts says so with `operator: true`).
 * Viewers read; every other role may also review, upload and merge.
 */
export interface User { id: string; name: string; agency: string | null; role: string }
export interface SessionInfo { user: User; csrf: string | null; local: boolean }

const CSRF_COOKIE = 'cellgraph_csrf';
const LOCAL: SessionInfo = { user: { id: 'local', name: 'Local operator', agency: null, role: 'operator' }, csrf: null, local: true };

let current: SessionInfo | null = null;
let onExpired: (() => void) | null = null;
let expiredSignalled = false;

export const session = (): SessionInfo | null => current;
export const canWrite = (): boolean => current !== null && current.user.role !== 'viewer';

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name && v.length) {
      try { return decodeURIComponent(v.join('=')); } catch { return null; }
    }
  }
  return null;
}

export const csrfToken = (): string | null => current?.csrf ?? readCookie(document.cookie, CSRF_COOKIE);

/** Called by the API layer on any 401; the app shows the login form once until someone logs in. */
export function sessionExpired(): void {
  current = null;
  if (expiredSignalled) return;
  expiredSignalled = true;
  onExpired?.();
}

export function whenExpired(handler: () => void): void { onExpired = handler; }

function accept(body: unknown): SessionInfo {
  const b = body as { user?: Partial<User> & { operator?: unknown }; csrf?: unknown } | null;
  const u = b?.user;
  if (!u || typeof u.id !== 'string' || typeof u.name !== 'string' || typeof u.role !== 'string') throw new Error('the server sent an unexpected session');
  current = {
    user: { id: u.id, name: u.name, agency: typeof u.agency === 'string' ? u.agency : null, role: u.role },
    csrf: typeof b?.csrf === 'string' ? b.csrf : null,
    // The one-time-URL session: logging out would lock the operator out until the server restarts.
    local: u.operator === true,
  };
  expiredSignalled = false;
  return current;
}

/** Asks the server who this is: a session, the local operator (no accounts), or null (log in first). */
export async function loadSession(): Promise<SessionInfo | null> {
  const res = await fetch('/api/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (res.status === 404) { current = LOCAL; expiredSignalled = false; return current; }
  if (res.status === 401) { current = null; return null; }
  if (!res.ok) throw new Error(`could not ask the server who you are (${res.status})`);
  return accept(await res.json());
}

async function message(res: Response, fallback: string): Promise<string> {
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

export async function login(name: string, password: string): Promise<SessionInfo> {
  const res = await fetch('/api/login', {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (res.status === 401 || res.status === 403) throw new Error(await message(res, 'Wrong name or password.'));
  if (!res.ok) throw new Error(await message(res, `Login failed (${res.status}).`));
  return accept(await res.json());
}

export async function logout(): Promise<void> {
  const csrf = csrfToken();
  const res = await fetch('/api/logout', {
    method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
  });
  // Already logged out on the server is as good as logged out now.
  if (!res.ok && res.status !== 401) throw new Error(await message(res, `Logout failed (${res.status}).`));
  current = null;
}
