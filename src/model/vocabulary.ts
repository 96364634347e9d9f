/**
 * Lookups over the ontology that throw on unknown names, so a typo never reads as
 * "nothing there" (the followthemoney TS port's silent `[]` is what we avoid).
 */
import { WorkbenchError } from '../core/errors.js';
import {
  ontology, ENTITY_TYPES, PREDICATES, EVENT_TYPES, ROLES, CLAIM_STATUSES, MARKINGS,
  type EntityType, type Predicate, type EventType, type Role, type ClaimStatus, type Marking,
} from './ontology.js';

const oneOf = <T extends string>(kind: string, allowed: readonly T[]) => (value: string): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new WorkbenchError('invalid_input', `unknown ${kind} "${value}" (expected one of: ${allowed.join(', ')})`);
};

export const asEntityType = oneOf<EntityType>('entity type', ENTITY_TYPES);
export const asPredicate = oneOf<Predicate>('predicate', PREDICATES);
export const asEventType = oneOf<EventType>('event type', EVENT_TYPES);
export const asRole = oneOf<Role>('role', ROLES);
export const asClaimStatus = oneOf<ClaimStatus>('claim status', CLAIM_STATUSES);

/** Accepts "AMBER", "tlp:amber" or "TLP:AMBER" and returns the canonical form. */
export function asMarking(value: string): Marking {
  const upper = value.trim().toUpperCase();
  const canonical = upper.startsWith('TLP:') ? upper : `TLP:${upper}`;
  const fixed = canonical === 'TLP:WHITE' ? 'TLP:CLEAR' : canonical;
  return oneOf<Marking>('marking', MARKINGS)(fixed);
}

export function subtypesOf(type: EntityType): readonly string[] {
  return ontology.entityTypes[type].subtypes;
}

/** True when a claim's subject/object types fit the predicate's domain and range. */
export function fitsPredicate(predicate: Predicate, subjectType: EntityType, objectType: EntityType): boolean {
  const p = ontology.predicates[predicate];
  return (p.domain as readonly string[]).includes(subjectType) && (p.range as readonly string[]).includes(objectType);
}

/** Order of TLP markings from least to most restrictive. */
export function markingRank(marking: Marking): number {
  return MARKINGS.indexOf(marking);
}

/** The stricter of two markings (claims inherit their document's marking and may be stricter). */
export function stricterMarking(a: Marking, b: Marking): Marking {
  return markingRank(a) >= markingRank(b) ? a : b;
}
