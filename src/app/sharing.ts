/**
 * Sharing agreements between agencies: the only way one agency's records become
 * visible to another (see access/policy.ts). An agency's admin decides what leaves
 * it; AMBER+STRICT and RED never do (TLP 2.0), so agreements naming them are refused
 * rather than silently trimmed.
 */
import { appendAudit } from './audit.js';
import { administers, refuse } from './admin-checks.js';
import type { Viewer } from '../access/policy.js';
import { SHAREABLE_MARKINGS } from '../model/access.js';
import { MARKINGS, type Marking } from '../model/ontology.js';
import { WorkbenchError } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { AgreementRecord } from '../store/access.js';
import type { Store } from '../store/store.js';

/** Why a marking may not cross an agency boundary, in TLP 2.0's own terms. */
const NEVER_SHARED: Readonly<Partial<Record<Marking, string>>> = {
  'TLP:AMBER+STRICT': 'TLP:AMBER+STRICT is limited to the recipient\'s own organisation (TLP 2.0) and never leaves its agency',
  'TLP:RED': 'TLP:RED is for the named individuals present only (TLP 2.0) and never leaves its agency',
};

function parseMarkings(markings: readonly string[]): Marking[] {
  if (markings.length === 0) throw new WorkbenchError('invalid_input', 'name the markings to share, e.g. --markings TLP:GREEN,TLP:AMBER');
  const out: Marking[] = [];
  for (const raw of markings) {
    const m = raw.trim().toUpperCase();
    if (!(MARKINGS as readonly string[]).includes(m)) {
      throw new WorkbenchError('invalid_input', `unknown marking "${raw}" (expected one of ${SHAREABLE_MARKINGS.join(', ')})`);
    }
    const marking = m as Marking;
    const never = NEVER_SHARED[marking];
    if (never || !SHAREABLE_MARKINGS.includes(marking)) throw new WorkbenchError('invalid_input', `cannot share ${marking}: ${never ?? 'it never leaves its agency'}`);
    if (!out.includes(marking)) out.push(marking);
  }
  return out;
}

/** `from` shares records carrying any of `markings` with `to`, until revoked. */
export async function shareWith(
  store: Store, actor: Viewer, input: { readonly from: string; readonly to: string; readonly markings: readonly string[] },
): Promise<AgreementRecord> {
  const markings = parseMarkings(input.markings);
  if (input.from === input.to) throw new WorkbenchError('invalid_input', 'an agency already sees its own records; name a different agency to share with');
  if (!administers(actor, input.from)) await refuse(store, actor, 'share', input.to, `only an admin of ${input.from} decides what it shares`);
  return store.transaction(async (tx) => {
    for (const agency of [input.from, input.to]) {
      if (!(await tx.getAgency(agency))) throw new WorkbenchError('not_found', `no agency "${agency}" (see \`cellgraph admin agency list\`)`);
    }
    const agreement: AgreementRecord = {
      id: randomId('agr'), from_agency: input.from, to_agency: input.to, markings,
      created_by: actor.actor, created_at: new Date().toISOString(), revoked_at: null,
    };
    await tx.insertAgreement(agreement);
    await appendAudit(tx, {
      actor: actor.actor, agency: actor.agency, action: 'share', target: agreement.id,
      detail: { from: agreement.from_agency, to: agreement.to_agency, markings: markings.join(',') },
    });
    return agreement;
  });
}

export async function revokeAgreement(store: Store, actor: Viewer, id: string): Promise<AgreementRecord> {
  const agreement = (await store.listAgreements()).find((a) => a.id === id);
  if (!agreement) throw new WorkbenchError('not_found', `no agreement "${id}" (see \`cellgraph admin agreements\`)`);
  if (!administers(actor, agreement.from_agency)) {
    await refuse(store, actor, 'unshare', id, `only an admin of ${agreement.from_agency} can end what it shares`);
  }
  if (agreement.revoked_at) throw new WorkbenchError('conflict', `agreement ${id} was already revoked`);
  const at = new Date().toISOString();
  await store.transaction(async (tx) => {
    await tx.revokeAgreement(id, at);
    await appendAudit(tx, {
      actor: actor.actor, agency: actor.agency, action: 'unshare', target: id,
      detail: { from: agreement.from_agency, to: agreement.to_agency },
    });
  });
  return { ...agreement, revoked_at: at };
}

/** The operator sees every agreement; an admin those from or to its agency. */
export async function listAgreements(store: Store, actor: Viewer): Promise<AgreementRecord[]> {
  if (actor.operator) return store.listAgreements();
  if (actor.role !== 'admin') await refuse(store, actor, 'agreement_list', null, `listing agreements takes the admin role (you are ${actor.role})`);
  const all = await store.listAgreements();
  return all.filter((a) => a.from_agency === actor.agency || a.to_agency === actor.agency);
}
