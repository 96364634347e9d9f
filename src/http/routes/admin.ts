/**
 * Administration over HTTP: agencies, users, API tokens, sharing agreements and the
 * audit log. Every route needs the admin role; the use cases behind `ctx.admin` also
 * keep an agency's admin to its own agency and audit what they change (and refuse).
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { USER_ROLES } from '../../model/access.js';
import { WorkbenchError } from '../../core/errors.js';

const id = z.object({ id: z.string().min(1).max(200) });
const name = z.string().trim().min(1).max(200);

export const adminRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/admin/agencies', tag: 'admin', access: 'admin', summary: 'Agencies (ids and names)',
    handler: async (_i, { admin }) => admin.listAgencies(),
  }),
  route({
    method: 'POST', url: '/api/admin/agencies', tag: 'admin', access: 'admin', audit: false, summary: 'Create an agency (the operator only)',
    body: z.object({ id: z.string().min(2).max(40), name }).strict(),
    handler: async ({ body }, { admin }) => admin.createAgency(body),
  }),
  route({
    method: 'GET', url: '/api/admin/users', tag: 'admin', access: 'admin', summary: "Users of the caller's agency (the operator: of any agency, or all)",
    query: z.object({ agency: z.string().min(1).max(40).optional() }),
    handler: async ({ query }, { admin }) => admin.listUsers(query.agency),
  }),
  route({
    method: 'POST', url: '/api/admin/users', tag: 'admin', access: 'admin', audit: false,
    summary: "Create a user in the caller's agency (no password: a machine user that signs in with tokens only)",
    body: z.object({
      name, role: z.enum(USER_ROLES), agency: z.string().min(1).max(40).optional(), password: z.string().min(1).max(1024).nullable().optional(),
    }).strict(),
    handler: async ({ body }, { admin, viewer }) => admin.createUser({ name: body.name, role: body.role, agency: body.agency ?? viewer.agency, password: body.password ?? null }),
  }),
  route({
    method: 'PATCH', url: '/api/admin/users/{id}', tag: 'admin', access: 'admin', audit: false,
    summary: 'Change a user: role, password, disabled (each change audited)',
    params: id,
    body: z.object({ role: z.enum(USER_ROLES).optional(), password: z.string().min(1).max(1024).optional(), disabled: z.boolean().optional() })
      .strict().refine((b) => Object.keys(b).length > 0, 'nothing to change'),
    handler: async ({ params, body }, { admin }) => {
      if (body.password !== undefined) await admin.setUserPassword(params.id, body.password);
      if (body.role !== undefined) await admin.setUserRole(params.id, body.role);
      if (body.disabled === true) await admin.disableUser(params.id);
      if (body.disabled === false) await admin.enableUser(params.id);
      const user = (await admin.listUsers()).find((u) => u.id === params.id || u.name === params.id);
      if (!user) throw new WorkbenchError('not_found', `no user "${params.id}"`);
      return user;
    },
  }),
  route({
    method: 'GET', url: '/api/admin/tokens', tag: 'admin', access: 'admin', summary: "API tokens of the caller's agency's users (never their secrets)",
    query: z.object({ user: z.string().min(1).max(200).optional() }),
    handler: async ({ query }, { admin }) => admin.listTokens(query.user),
  }),
  route({
    method: 'POST', url: '/api/admin/tokens', tag: 'admin', access: 'admin', audit: false,
    summary: 'Issue an API token for a user; the secret is in this answer only',
    body: z.object({ user: z.string().min(1).max(200), label: z.string().max(200).default(''), expiresAt: z.string().max(40).nullable().optional() }).strict(),
    handler: async ({ body }, { admin }) => admin.issueToken(body),
  }),
  route({
    method: 'DELETE', url: '/api/admin/tokens/{id}', tag: 'admin', access: 'admin', audit: false, summary: 'Revoke an API token',
    params: id,
    handler: async ({ params }, { admin }) => admin.revokeToken(params.id),
  }),
  route({
    method: 'GET', url: '/api/admin/agreements', tag: 'admin', access: 'admin', summary: "Sharing agreements from or to the caller's agency",
    handler: async (_i, { admin }) => admin.listAgreements(),
  }),
  route({
    method: 'POST', url: '/api/admin/agreements', tag: 'admin', access: 'admin', audit: false,
    summary: "Share the caller's agency's records carrying the given markings (CLEAR, GREEN, AMBER) with a partner agency",
    body: z.object({ to: z.string().min(1).max(40), markings: z.array(z.string().max(20)).min(1).max(5), from: z.string().min(1).max(40).optional() }).strict(),
    handler: async ({ body }, { admin }) => admin.shareWith(body),
  }),
  route({
    method: 'DELETE', url: '/api/admin/agreements/{id}', tag: 'admin', access: 'admin', audit: false, summary: 'Revoke a sharing agreement',
    params: id,
    handler: async ({ params }, { admin }) => admin.revokeAgreement(params.id),
  }),
  route({
    method: 'GET', url: '/api/audit', tag: 'admin', access: 'admin', summary: "Audit log entries after `after`, oldest first (an agency admin sees its agency's)",
    query: z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
    handler: async ({ query }, { admin }) => ({ items: await admin.listAudit(query) }),
  }),
  route({
    method: 'GET', url: '/api/audit/verify', tag: 'admin', access: 'admin', summary: 'Check the hash chain of the whole audit log',
    handler: async (_i, { admin }) => admin.verifyAudit(),
  }),
];
