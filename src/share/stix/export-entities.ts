/**
 * Entity records as STIX domain objects: militant organisations (and the people who
 * act for them) as `threat-actor`, other organisations and people as `identity`,
 * places as `location`. The extension bag holds the whole record, so the importer
 * never has to guess back from STIX vocabulary.
 */
import type { ClaimRecord, EntityRecord, EventRecord } from '../../core/records.js';
import type { Predicate } from '../../model/ontology.js';
import type { ExtensionBag } from './extension.js';
import { periodEnd, periodStart } from './ids.js';
import type { Ledger } from './types.js';

const MILITANT_SUBTYPES = new Set(['militant_group', 'faction', 'cell']);
/** How a person's tie to a group reads as a STIX threat-actor role. */
const ROLE_OF: Partial<Record<Predicate, string>> = {
  leader_of: 'director', founder_of: 'director', member_of: 'agent', spokesperson_of: 'agent',
};
/** Metres of uncertainty STIX `precision` gets for a point standing for a whole area. */
const PRECISION: Record<string, number> = {
  country: 500000, region: 300000, province: 150000, district: 30000, city: 10000, locality: 2000, facility: 100,
};

export const isMilitant = (e: EntityRecord | undefined): boolean =>
  !!e && e.type === 'organization' && MILITANT_SUBTYPES.has(e.subtype ?? '');

/** Claims and events by the entities they involve, so per-entity lookups stay linear in the ledger. */
export interface LedgerIndex {
  claimsOf: ReadonlyMap<string, readonly ClaimRecord[]>;
  eventsOf: ReadonlyMap<string, readonly EventRecord[]>;
}

export function indexLedger(ledger: Ledger): LedgerIndex {
  const claimsOf = new Map<string, ClaimRecord[]>();
  const eventsOf = new Map<string, EventRecord[]>();
  const add = <T>(m: Map<string, T[]>, k: string, v: T): void => {
    const l = m.get(k);
    if (!l) m.set(k, [v]); else if (l[l.length - 1] !== v) l.push(v);
  };
  for (const c of ledger.claims) { add(claimsOf, c.subject, c); add(claimsOf, c.object, c); }
  for (const ev of ledger.events) for (const p of ev.participants) add(eventsOf, p.entity, ev);
  return { claimsOf, eventsOf };
}

/** Threat-actor roles of a person from live claims tying them to a militant group. */
export function personRoles(e: EntityRecord, index: LedgerIndex, byId: ReadonlyMap<string, EntityRecord>): string[] {
  const roles = new Set<string>();
  for (const c of index.claimsOf.get(e.id) ?? []) {
    if (c.subject !== e.id || c.negated || c.status === 'rejected') continue;
    const role = ROLE_OF[c.predicate];
    if (role && isMilitant(byId.get(c.object))) roles.add(role);
  }
  return [...roles].sort();
}

/** The STIX type Cellgraph gives an entity when no foreign original fixes it. */
export function stixTypeOf(e: EntityRecord, roles: readonly string[]): string {
  if (e.type === 'place') return 'location';
  if (isMilitant(e) || (e.type === 'person' && roles.length > 0)) return 'threat-actor';
  return 'identity';
}

/** Earliest start and latest end of the dated, live claims and events an entity takes part in. */
export function seenRange(e: EntityRecord, index: LedgerIndex): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  const take = (from: string | null, to: string | null): void => {
    if (from && (!first || periodStart(from) < first)) first = periodStart(from);
    if (to && (!last || periodEnd(to) > last)) last = periodEnd(to);
  };
  for (const c of index.claimsOf.get(e.id) ?? []) if (!c.negated && c.status !== 'rejected') take(c.valid_from, c.valid_to);
  for (const ev of index.eventsOf.get(e.id) ?? []) if (ev.status !== 'rejected') take(ev.date, ev.date);
  if (first && last && last < first) last = null;
  return { first, last };
}

export function entityBag(e: EntityRecord): ExtensionBag {
  return {
    record_type: 'entity', record_id: e.id, entity_type: e.type, entity_subtype: e.subtype,
    name: e.name, aliases: [...e.aliases], lat: e.lat, lon: e.lon,
    attributes: { ...e.attributes }, mentions: e.mentions.map((m) => ({ ...m })),
  };
}

/** The STIX properties (beyond the common ones) for an entity as the given type. */
export function entityProperties(
  e: EntityRecord, type: string, roles: readonly string[], index: LedgerIndex,
): Record<string, unknown> {
  const aliases = e.aliases.length ? { aliases: [...e.aliases] } : {};
  switch (type) {
    case 'threat-actor':
    case 'intrusion-set': {
      const { first, last } = seenRange(e, index);
      return {
        name: e.name,
        ...(type === 'threat-actor' ? { threat_actor_types: ['terrorist'] } : {}),
        ...aliases,
        ...(type === 'threat-actor' && roles.length ? { roles: [...roles] } : {}),
        ...(first ? { first_seen: first } : {}),
        ...(last ? { last_seen: last } : {}),
      };
    }
    case 'location':
      return locationProperties(e);
    default:
      return {
        name: e.name,
        identity_class: e.type === 'person' ? 'individual' : e.type === 'organization' ? 'organization' : 'unknown',
      };
  }
}

function locationProperties(e: EntityRecord): Record<string, unknown> {
  const a = e.attributes;
  const code = [a.country_code, a.country].find((v): v is string => typeof v === 'string' && /^[A-Z]{2}$/i.test(v));
  const admin = e.subtype === 'province' ? e.name : typeof a.admin1 === 'string' ? a.admin1 : null;
  const hasPoint = e.lat !== null && e.lon !== null;
  const out: Record<string, unknown> = { name: e.name };
  if (code) out.country = code.toUpperCase();
  if (admin) out.administrative_area = admin;
  if (e.subtype === 'city') out.city = e.name;
  if (hasPoint) {
    out.latitude = e.lat;
    out.longitude = e.lon;
    const p = PRECISION[e.subtype ?? ''];
    if (p) out.precision = p;
  }
  // STIX wants a region, a country or a point; an ungeocoded place has none of them.
  if (!code && !hasPoint) out.region = e.subtype === 'region' ? e.name.toLowerCase().replace(/\s+/g, '-') : 'unknown';
  return out;
}
