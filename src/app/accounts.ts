/**
 * Accounts: agencies, users, API tokens, logins and sessions. Every change is
 * audited in the transaction that makes it. The machine's operator (the command
 * line on the store file) may do anything; an agency's admin manages that agency's
 * users and no one else's; everyone else is refused — and the refusal is audited.
 */
import { appendAudit, recordAudit } from './audit.js';
import { administers, refuse } from './admin-checks.js';
import { viewerFor, type Viewer } from '../access/policy.js';
import { dummyPasswordHash, hashPassword, newSecret, secretHash, verifyPassword } from '../access/passwords.js';
import { USER_ROLES, type UserRole } from '../model/access.js';
import { WorkbenchError } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { AgencyRecord, SessionRecord, TokenRecord, UserRecord } from '../store/access.js';
import type { Store, Transaction } from '../store/store.js';

/** A user as listings and APIs show it: never the password hash. */
export type UserView = Omit<UserRecord, 'password_hash'> & { readonly has_password: boolean };
/** A token as listings show it: never the secret's hash. */
export type TokenView = Omit<TokenRecord, 'hash'>;

export const AGENCY_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;
/** Login names: letters, digits and . _ - @, starting with a letter or digit. */
export const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export const userView = ({ password_hash, ...rest }: UserRecord): UserView => ({ ...rest, has_password: password_hash !== null });
export const tokenView = ({ hash: _hash, ...rest }: TokenRecord): TokenView => rest;

const now = (): string => new Date().toISOString();
const isRole = (role: string): role is UserRole => (USER_ROLES as readonly string[]).includes(role);
const rank = (role: UserRole): number => USER_ROLES.indexOf(role);

async function requireAdminOf(store: Store, actor: Viewer, agency: string, attempt: string, target: string | null): Promise<void> {
  if (administers(actor, agency)) return;
  const why = actor.role === 'admin'
    ? `an admin of ${actor.agency} cannot manage agency ${agency}`
    : `${attempt.replace(/_/g, ' ')} takes the admin role (you are ${actor.role})`;
  await refuse(store, actor, attempt, target, why);
}

async function requireRoleWithin(store: Store, actor: Viewer, role: UserRole, attempt: string, target: string | null): Promise<void> {
  if (actor.operator || rank(role) <= rank(actor.role)) return;
  await refuse(store, actor, attempt, target, `a ${actor.role} cannot grant the ${role} role`);
}

function parseRole(role: string): UserRole {
  if (!isRole(role)) throw new WorkbenchError('invalid_input', `unknown role "${role}" (expected ${USER_ROLES.join(', ')})`);
  return role;
}

/** A user by id or login name. */
async function findUser(store: Store | Transaction, ref: string): Promise<UserRecord> {
  const user = (await store.getUser(ref)) ?? (await store.findUserByName(ref));
  if (!user) throw new WorkbenchError('not_found', `no user "${ref}"`);
  return user;
}

async function requireAgency(store: Store | Transaction, id: string): Promise<AgencyRecord> {
  const agency = await store.getAgency(id);
  if (!agency) throw new WorkbenchError('not_found', `no agency "${id}" (see \`cellgraph admin agency list\`)`);
  return agency;
}

const audit = (tx: Transaction, actor: Viewer, action: string, target: string | null, detail: Record<string, string | number | boolean | null> = {}) =>
  appendAudit(tx, { actor: actor.actor, agency: actor.agency, action, target, detail });

// ---------------------------------------------------------------- agencies

export async function createAgency(store: Store, actor: Viewer, input: { readonly id: string; readonly name: string }): Promise<AgencyRecord> {
  if (!actor.operator) await refuse(store, actor, 'agency_add', input.id, 'only the operator (the command line on the store) creates agencies');
  if (!AGENCY_ID.test(input.id)) {
    throw new WorkbenchError('invalid_input', `agency id "${input.id}" must be 2–40 lower-case letters, digits or dashes, starting with a letter or digit`);
  }
  const name = input.name.trim();
  if (!name) throw new WorkbenchError('invalid_input', 'an agency needs a name (--name)');
  return store.transaction(async (tx) => {
    if (await tx.getAgency(input.id)) throw new WorkbenchError('conflict', `agency "${input.id}" already exists`);
    const agency: AgencyRecord = { id: input.id, name, created_at: now() };
    await tx.insertAgency(agency);
    await audit(tx, actor, 'agency_add', agency.id, { name });
    return agency;
  });
}

export async function listAgencies(store: Store, actor: Viewer): Promise<AgencyRecord[]> {
  const all = await store.listAgencies();
  // Agency ids and names are what agreements are made between, so any admin may list them.
  if (actor.operator || actor.role === 'admin') return all;
  return all.filter((a) => a.id === actor.agency);
}

// ---------------------------------------------------------------- users

export interface NewUser {
  readonly name: string;
  readonly agency: string;
  readonly role: string;
  /** Omitted or null: a machine user that signs in only with API tokens. */
  readonly password?: string | null;
}

export async function createUser(store: Store, actor: Viewer, input: NewUser): Promise<UserView> {
  const name = input.name.trim();
  if (!USER_NAME.test(name)) {
    throw new WorkbenchError('invalid_input', `login name "${input.name}" must be 1–64 letters, digits or . _ @ -, starting with a letter or digit`);
  }
  const role = parseRole(input.role);
  await requireAdminOf(store, actor, input.agency, 'user_add', name);
  await requireRoleWithin(store, actor, role, 'user_add', name);
  // Hashed before the transaction: argon2 is deliberately slow and must not hold a writer open.
  const passwordHash = input.password == null ? null : await hashPassword(input.password);
  return store.transaction(async (tx) => {
    await requireAgency(tx, input.agency);
    if (await tx.findUserByName(name)) throw new WorkbenchError('conflict', `a user named "${name}" already exists`);
    const user: UserRecord = {
      id: randomId('usr'), name, agency: input.agency, role, password_hash: passwordHash, created_at: now(), disabled_at: null,
    };
    await tx.insertUser(user);
    await audit(tx, actor, 'user_add', user.id, { name, agency: user.agency, role, password: passwordHash !== null });
    return userView(user);
  });
}

export async function listUsers(store: Store, actor: Viewer, agency?: string): Promise<UserView[]> {
  const scope = agency ?? (actor.operator ? undefined : actor.agency);
  if (scope !== undefined) await requireAdminOf(store, actor, scope, 'user_list', scope);
  else if (!actor.operator) await refuse(store, actor, 'user_list', null, 'only the operator lists every agency\'s users');
  return (await store.listUsers(scope)).map(userView);
}

/** Loads the target user and checks the actor administers its agency. */
async function managedUser(store: Store, actor: Viewer, ref: string, attempt: string): Promise<UserRecord> {
  const user = await findUser(store, ref);
  await requireAdminOf(store, actor, user.agency, attempt, user.id);
  return user;
}

export async function setUserRole(store: Store, actor: Viewer, input: { readonly user: string; readonly role: string }): Promise<UserView> {
  const role = parseRole(input.role);
  const user = await managedUser(store, actor, input.user, 'user_role');
  await requireRoleWithin(store, actor, role, 'user_role', user.id);
  return store.transaction(async (tx) => {
    await tx.updateUser(user.id, { role });
    await audit(tx, actor, 'user_role', user.id, { name: user.name, from: user.role, to: role });
    return userView({ ...user, role });
  });
}

/**
 * Sets a password. An admin of the user's agency may set anyone's there; a user may
 * change their own by giving the current one.
 */
export async function setUserPassword(
  store: Store, actor: Viewer, input: { readonly user: string; readonly password: string; readonly current?: string },
): Promise<void> {
  const user = await findUser(store, input.user);
  const self = actor.actor === user.id;
  if (!administers(actor, user.agency)) {
    if (!self) await requireAdminOf(store, actor, user.agency, 'password_set', user.id);
    const ok = user.password_hash !== null && input.current !== undefined && await verifyPassword(user.password_hash, input.current);
    if (!ok) await refuse(store, actor, 'password_set', user.id, 'the current password is wrong');
  }
  const passwordHash = await hashPassword(input.password);
  await store.transaction(async (tx) => {
    await tx.updateUser(user.id, { password_hash: passwordHash });
    await audit(tx, actor, 'password_set', user.id, { name: user.name });
  });
}

export async function disableUser(store: Store, actor: Viewer, input: { readonly user: string }): Promise<UserView> {
  const user = await managedUser(store, actor, input.user, 'user_disable');
  if (user.disabled_at) throw new WorkbenchError('conflict', `user ${user.name} is already disabled`);
  const at = now();
  return store.transaction(async (tx) => {
    await tx.updateUser(user.id, { disabled_at: at });
    await audit(tx, actor, 'user_disable', user.id, { name: user.name });
    return userView({ ...user, disabled_at: at });
  });
}

export async function enableUser(store: Store, actor: Viewer, input: { readonly user: string }): Promise<UserView> {
  const user = await managedUser(store, actor, input.user, 'user_enable');
  if (!user.disabled_at) throw new WorkbenchError('conflict', `user ${user.name} is not disabled`);
  return store.transaction(async (tx) => {
    await tx.updateUser(user.id, { disabled_at: null });
    await audit(tx, actor, 'user_enable', user.id, { name: user.name });
    return userView({ ...user, disabled_at: null });
  });
}

// ---------------------------------------------------------------- API tokens

function parseExpiry(expiresAt: string | null | undefined): string | null {
  if (expiresAt == null) return null;
  const t = Date.parse(expiresAt);
  if (Number.isNaN(t)) throw new WorkbenchError('invalid_input', `cannot read the expiry date "${expiresAt}" (use e.g. 2026-12-31 or an ISO timestamp)`);
  if (t <= Date.now()) throw new WorkbenchError('invalid_input', `the expiry ${expiresAt} is already past`);
  return new Date(t).toISOString();
}

/** Issues a token for a user: the secret is returned this once; only its hash is stored. */
export async function issueToken(
  store: Store, actor: Viewer, input: { readonly user: string; readonly label: string; readonly expiresAt?: string | null },
): Promise<{ secret: string; token: TokenRecord }> {
  const user = await findUser(store, input.user);
  if (actor.actor !== user.id) await requireAdminOf(store, actor, user.agency, 'token_issue', user.id);
  if (user.disabled_at) throw new WorkbenchError('conflict', `user ${user.name} is disabled`);
  const label = input.label.trim();
  if (label.length > 200) throw new WorkbenchError('invalid_input', 'a token label may have at most 200 characters');
  const expires = parseExpiry(input.expiresAt);
  const secret = newSecret();
  const token: TokenRecord = {
    id: randomId('tok'), user: user.id, label, hash: secretHash(secret), created_at: now(), expires_at: expires, revoked_at: null,
  };
  await store.transaction(async (tx) => {
    await tx.insertToken(token);
    await audit(tx, actor, 'token_issue', token.id, { user: user.id, name: user.name, label, expires_at: expires });
  });
  return { secret, token };
}

async function findToken(store: Store, id: string): Promise<TokenRecord> {
  const token = (await store.listTokens()).find((t) => t.id === id);
  if (!token) throw new WorkbenchError('not_found', `no token "${id}" (see \`cellgraph admin token list\`)`);
  return token;
}

export async function revokeToken(store: Store, actor: Viewer, id: string): Promise<TokenView> {
  const token = await findToken(store, id);
  const user = await findUser(store, token.user);
  if (actor.actor !== user.id) await requireAdminOf(store, actor, user.agency, 'token_revoke', token.id);
  if (token.revoked_at) throw new WorkbenchError('conflict', `token ${id} was already revoked`);
  const at = now();
  await store.transaction(async (tx) => {
    await tx.revokeToken(token.id, at);
    await audit(tx, actor, 'token_revoke', token.id, { user: user.id, name: user.name });
  });
  return tokenView({ ...token, revoked_at: at });
}

/** Tokens the actor may see: the operator all (or one user's), an admin its agency's users', anyone else their own. */
export async function listTokens(store: Store, actor: Viewer, user?: string): Promise<TokenView[]> {
  if (user !== undefined) {
    const owner = await findUser(store, user);
    if (actor.actor !== owner.id) await requireAdminOf(store, actor, owner.agency, 'token_list', owner.id);
    return (await store.listTokens(owner.id)).map(tokenView);
  }
  if (actor.operator) return (await store.listTokens()).map(tokenView);
  if (actor.role !== 'admin') return (await store.listTokens(actor.actor)).map(tokenView);
  const members = new Set((await store.listUsers(actor.agency)).map((u) => u.id));
  return (await store.listTokens()).filter((t) => members.has(t.user)).map(tokenView);
}

// ---------------------------------------------------------------- signing in

/**
 * Checks a login. Unknown and disabled users are checked against a dummy hash, so
 * the time taken does not reveal which names exist. Both outcomes are audited with
 * the name tried, never the password.
 */
export async function login(store: Store, name: string, password: string, meta: { readonly ip: string }): Promise<UserRecord | null> {
  // Awaited on every path, so the one-off cost of making it falls on whichever login comes first.
  const dummy = await dummyPasswordHash();
  const user = await store.findUserByName(name);
  const usable = user !== null && user.disabled_at === null && user.password_hash !== null;
  const ok = await verifyPassword(usable ? user.password_hash! : dummy, password);
  if (usable && ok) {
    await recordAudit(store, { actor: user.id, agency: user.agency, action: 'login', target: user.id, detail: { name: user.name, ip: meta.ip } });
    return user;
  }
  const reason = user === null ? 'unknown user' : user.disabled_at ? 'disabled' : user.password_hash === null ? 'no password' : 'wrong password';
  await recordAudit(store, {
    actor: 'anonymous', agency: user?.agency ?? null, action: 'login_failed', target: user?.id ?? null,
    detail: { name: name.slice(0, 200), ip: meta.ip, reason },
  });
  return null;
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  readonly cookie: string;
  readonly csrf: string;
  readonly expiresAt: string;
}

export async function createSession(store: Store, user: UserRecord, ttlMs: number): Promise<NewSession> {
  if (!(ttlMs > 0)) throw new WorkbenchError('invalid_input', 'a session needs a positive lifetime');
  const cookie = newSecret();
  const csrf = newSecret();
  const created = new Date();
  const expiresAt = new Date(created.getTime() + ttlMs).toISOString();
  const session: SessionRecord = { hash: secretHash(cookie), user: user.id, csrf, created_at: created.toISOString(), expires_at: expiresAt };
  await store.transaction((tx) => tx.insertSession(session));
  return { cookie, csrf, expiresAt };
}

const live = (expiresAt: string | null): boolean => expiresAt === null || Date.parse(expiresAt) > Date.now();

/** The signed-in user behind a session cookie; null when unknown, expired or the user is disabled. */
export async function sessionUser(store: Store, cookie: string): Promise<{ user: UserRecord; session: SessionRecord } | null> {
  const session = await store.getSession(secretHash(cookie));
  if (!session || !live(session.expires_at)) return null;
  const user = await store.getUser(session.user);
  if (!user || user.disabled_at) return null;
  return { user, session };
}

export async function endSession(store: Store, cookie: string): Promise<void> {
  const hash = secretHash(cookie);
  await store.transaction(async (tx) => {
    const session = await tx.getSession(hash);
    if (!session) return;
    await tx.deleteSession(hash);
    const user = await tx.getUser(session.user);
    await appendAudit(tx, { actor: session.user, agency: user?.agency ?? null, action: 'logout', target: session.user });
  });
}

/** The user behind an API token; null when unknown, revoked, expired or the user is disabled. */
export async function tokenUser(store: Store, secret: string): Promise<UserRecord | null> {
  const token = await store.findTokenByHash(secretHash(secret));
  if (!token || token.revoked_at || !live(token.expires_at)) return null;
  const user = await store.getUser(token.user);
  return user && !user.disabled_at ? user : null;
}

/** The policy's view of a signed-in user: its agency, its role, and what partners share with that agency. */
export async function viewerForUser(store: Store, user: UserRecord): Promise<Viewer> {
  return viewerWithAgreements(store, { actor: user.id, agency: user.agency, role: user.role });
}

/** Anyone acting for an agency (a user, a peer server, `--for` on the command line), with the agreements in force towards it. */
export async function viewerWithAgreements(
  store: Pick<Store, 'listAgreements'>, who: { readonly actor: string; readonly agency: string; readonly role: UserRole },
): Promise<Viewer> {
  return viewerFor(who, await store.listAgreements({ to: who.agency, active: true }));
}
