/**
 * The rights checks shared by the account and sharing use cases. A refusal is
 * audited in a transaction of its own (the refused work never starts, so there is
 * no other to join) and then thrown, marked as audited so the HTTP layer does not
 * record it twice.
 */
import { recordAudit } from './audit.js';
import type { Viewer } from '../access/policy.js';
import { WorkbenchError } from '../core/errors.js';
import type { Store } from '../store/store.js';

export async function refuse(store: Store, actor: Viewer, attempt: string, target: string | null, why: string): Promise<never> {
  await recordAudit(store, { actor: actor.actor, agency: actor.agency, action: 'refused', target, detail: { attempt, why } });
  throw new WorkbenchError('forbidden', why, { audited: true });
}

/** The operator administers every agency; an admin only its own. */
export const administers = (actor: Viewer, agency: string): boolean =>
  actor.operator || (actor.role === 'admin' && actor.agency === agency);
