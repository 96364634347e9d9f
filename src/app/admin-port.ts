/**
 * What an administrator may do, bound to one viewer: the account, sharing and audit
 * use cases with the store and the actor already filled in. The HTTP admin routes get
 * this instead of the store, so a route cannot act as anyone but its caller, and each
 * use case still checks the caller's rights itself (and audits refusals).
 */
import type { Viewer } from '../access/policy.js';
import type { AuditChainResult } from '../access/audit-chain.js';
import type { AgencyRecord, AgreementRecord, AuditEntry, TokenRecord } from '../store/access.js';
import type { Store } from '../store/store.js';
import { WorkbenchError } from '../core/errors.js';
import {
  createAgency, createUser, disableUser, enableUser, issueToken, listAgencies, listTokens, listUsers, revokeToken,
  setUserPassword, setUserRole, tokenView, type NewUser, type TokenView, type UserView,
} from './accounts.js';
import { listAgreements, revokeAgreement, shareWith } from './sharing.js';
import { recordAudit, verifyAudit } from './audit.js';

export interface AdminPort {
  listAgencies(): Promise<AgencyRecord[]>;
  createAgency(input: { id: string; name: string }): Promise<AgencyRecord>;
  listUsers(agency?: string): Promise<UserView[]>;
  createUser(input: NewUser): Promise<UserView>;
  setUserRole(user: string, role: string): Promise<UserView>;
  setUserPassword(user: string, password: string): Promise<void>;
  disableUser(user: string): Promise<UserView>;
  enableUser(user: string): Promise<UserView>;
  listTokens(user?: string): Promise<TokenView[]>;
  /** The secret is in the answer this once. */
  issueToken(input: { user: string; label: string; expiresAt?: string | null }): Promise<{ secret: string; token: TokenView }>;
  revokeToken(id: string): Promise<TokenView>;
  listAgreements(): Promise<AgreementRecord[]>;
  /** Shares from the caller's own agency (the operator names `from`). */
  shareWith(input: { from?: string; to: string; markings: readonly string[] }): Promise<AgreementRecord>;
  revokeAgreement(id: string): Promise<AgreementRecord>;
  /** Entries after `after`, oldest first: the operator sees all, an agency admin its agency's. */
  listAudit(options: { after?: number; limit: number }): Promise<AuditEntry[]>;
  verifyAudit(): Promise<AuditChainResult>;
}

const PAGE = 1000;

async function refuse(store: Store, viewer: Viewer, attempt: string, why: string): Promise<never> {
  await recordAudit(store, { actor: viewer.actor, agency: viewer.agency, action: 'refused', detail: { attempt, why } });
  throw new WorkbenchError('forbidden', why, { audited: true });
}

export function adminPort(store: Store, viewer: Viewer): AdminPort {
  const isAdmin = viewer.operator || viewer.role === 'admin';
  const requireAdmin = async (attempt: string): Promise<void> => {
    if (!isAdmin) await refuse(store, viewer, attempt, `${attempt.replace(/_/g, ' ')} takes the admin role (you are ${viewer.role})`);
  };
  return {
    listAgencies: () => listAgencies(store, viewer),
    createAgency: (input) => createAgency(store, viewer, input),
    listUsers: (agency) => listUsers(store, viewer, agency),
    createUser: (input) => createUser(store, viewer, input),
    setUserRole: (user, role) => setUserRole(store, viewer, { user, role }),
    setUserPassword: (user, password) => setUserPassword(store, viewer, { user, password }),
    disableUser: (user) => disableUser(store, viewer, { user }),
    enableUser: (user) => enableUser(store, viewer, { user }),
    listTokens: (user) => listTokens(store, viewer, user),
    async issueToken(input) {
      const { secret, token } = await issueToken(store, viewer, input);
      return { secret, token: tokenView(token as TokenRecord) };
    },
    revokeToken: (id) => revokeToken(store, viewer, id),
    listAgreements: () => listAgreements(store, viewer),
    shareWith: (input) => shareWith(store, viewer, { from: input.from ?? viewer.agency, to: input.to, markings: input.markings }),
    revokeAgreement: (id) => revokeAgreement(store, viewer, id),
    async listAudit({ after = 0, limit }) {
      await requireAdmin('audit_list');
      if (viewer.operator) return store.listAudit({ after, limit });
      const out: AuditEntry[] = [];
      let from = after;
      for (;;) {
        const page = await store.listAudit({ after: from, limit: PAGE });
        for (const entry of page) {
          if (entry.agency === viewer.agency) out.push(entry);
          if (out.length === limit) return out;
        }
        if (page.length < PAGE) return out;
        from = page[page.length - 1]!.seq;
      }
    },
    async verifyAudit() {
      await requireAdmin('audit_verify');
      return verifyAudit(store);
    },
  };
}
