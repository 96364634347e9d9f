/**
 * The one policy that decides what a viewer may see and change. Every read path
 * (API routes, search, graph projection, exports, briefs, federation) reaches the
 * ledger through `visibleLedger` (visible-ledger.ts), which asks this module about
 * every record; nothing above it holds the unfiltered store.
 *
 * The rule: an agency sees all of its own records; it sees another agency's record
 * only when an active agreement from that agency names the record's marking, and
 * AMBER+STRICT and RED never leave their agency (TLP 2.0). Nothing is shared by
 * default, not even TLP:CLEAR: an admin decides.
 */
import type { Marking } from '../model/ontology.js';
import { ROLE_FOR, SHAREABLE_MARKINGS, USER_ROLES, type AccessLevel, type UserRole } from '../model/access.js';
import type { AgreementRecord } from '../store/access.js';

export interface Viewer {
  /** User id, `cli:<login>` for the command line, or `peer:<id>` for a federated server. */
  readonly actor: string;
  readonly agency: string;
  readonly role: UserRole;
  /** For each partner agency, the markings it shares with this viewer's agency. */
  readonly received: ReadonlyMap<string, ReadonlySet<Marking>>;
  /** The machine's operator (the command line on the store file): sees and may change everything. */
  readonly operator: boolean;
}

/** What the policy needs to know about a record. */
export interface Owned {
  readonly agency: string;
  readonly marking: Marking;
}

/** Builds a viewer from the agreements in force towards its agency. */
export function viewerFor(
  who: { readonly actor: string; readonly agency: string; readonly role: UserRole },
  agreements: readonly AgreementRecord[],
): Viewer {
  const received = new Map<string, Set<Marking>>();
  for (const a of agreements) {
    if (a.revoked_at !== null || a.to_agency !== who.agency || a.from_agency === who.agency) continue;
    const set = received.get(a.from_agency) ?? new Set<Marking>();
    for (const m of a.markings) if (SHAREABLE_MARKINGS.includes(m)) set.add(m);
    received.set(a.from_agency, set);
  }
  return { ...who, received, operator: false };
}

export function operatorViewer(actor: string, agency: string): Viewer {
  return { actor, agency, role: 'admin', received: new Map(), operator: true };
}

export function canSee(viewer: Viewer, record: Owned): boolean {
  if (viewer.operator || record.agency === viewer.agency) return true;
  if (!SHAREABLE_MARKINGS.includes(record.marking)) return false;
  return viewer.received.get(record.agency)?.has(record.marking) === true;
}

export function hasLevel(viewer: Viewer, level: AccessLevel): boolean {
  return viewer.operator || USER_ROLES.indexOf(viewer.role) >= USER_ROLES.indexOf(ROLE_FOR[level]);
}

/** Changing a record takes the analyst role in the agency that owns it. */
export function canChange(viewer: Viewer, record: Owned): boolean {
  return viewer.operator || (record.agency === viewer.agency && hasLevel(viewer, 'write'));
}

/** Whether the viewer sees every record in the store without filtering (lets the ledger skip work). */
export const seesEverything = (viewer: Viewer): boolean => viewer.operator;
