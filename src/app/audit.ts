/**
 * Writing and checking the audit log. A change is audited inside the transaction
 * that makes it, so the log and the ledger never disagree; logins, refusals and
 * reads, which change nothing else, get a transaction of their own.
 */
import { AuditChainVerifier, nextAuditEntry, type AuditChainResult, type AuditFields } from '../access/audit-chain.js';
import type { AuditEntry } from '../store/access.js';
import type { Store, Transaction } from '../store/store.js';

/** What a caller gives: `at` defaults to now, `agency` and `target` to null, `detail` to {}. */
export type AuditInput = Pick<AuditFields, 'actor' | 'action'> & Partial<Omit<AuditFields, 'actor' | 'action'>>;

function complete(input: AuditInput): AuditFields {
  return {
    at: input.at ?? new Date().toISOString(),
    actor: input.actor,
    agency: input.agency ?? null,
    action: input.action,
    target: input.target ?? null,
    detail: input.detail ?? {},
  };
}

/** Appends inside the caller's transaction: the entry commits or rolls back with the change it records. */
export async function appendAudit(tx: Transaction, fields: AuditInput): Promise<AuditEntry> {
  const entry = nextAuditEntry(await tx.lastAudit(), complete(fields));
  await tx.appendAudit(entry);
  return entry;
}

export async function recordAudit(store: Store, fields: AuditInput): Promise<AuditEntry> {
  return store.transaction((tx) => appendAudit(tx, fields));
}

const PAGE = 1000;

/** Walks the whole log a page at a time, so a long log never sits in memory at once. */
export async function verifyAudit(store: Pick<Store, 'listAudit'>): Promise<AuditChainResult> {
  const verifier = new AuditChainVerifier();
  let after = 0;
  for (;;) {
    const page = await store.listAudit({ after, limit: PAGE });
    for (const entry of page) if (!verifier.push(entry)) return verifier.result();
    if (page.length < PAGE) return verifier.result();
    after = page[page.length - 1]!.seq;
  }
}
