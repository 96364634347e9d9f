/**
 * The access vocabulary as data: who can do what, and which TLP markings may leave
 * an agency at all. Policy decisions live in `src/access/policy.ts`.
 */
import type { Marking } from './ontology.js';

export const USER_ROLES = ['viewer', 'analyst', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What a request needs: read what the policy lets it see, write its own agency's records, administer its agency. */
export const ACCESS_LEVELS = ['read', 'write', 'admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The least role that holds each access level. */
export const ROLE_FOR: Readonly<Record<AccessLevel, UserRole>> = { read: 'viewer', write: 'analyst', admin: 'admin' };

/**
 * The agency that owns what a single-user store holds: everything ingested from the
 * command line or by the one-time-token session of `cellgraph serve` belongs to it.
 */
export const LOCAL_AGENCY = 'local';

/**
 * Markings an agreement may hand to a partner agency. TLP 2.0 limits AMBER+STRICT to
 * the recipient's own organisation and RED to the named individuals present, so
 * neither ever crosses an agency boundary, whatever an agreement says.
 */
export const SHAREABLE_MARKINGS: readonly Marking[] = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER'];
