/**
 * Records from other producers' objects, mapped as far as STIX lets us: actors and
 * intrusion sets become organisations, identities people or organisations, locations
 * places, reports documents, relationships in our vocabulary claims. The originals are
 * kept verbatim beside the ledger, so whatever the mapping drops is written back out.
 */
import type { Owner } from './types.js';
import type { ClaimRecord, DocumentRecord, EntityRecord } from '../../core/records.js';
import { sha256Hex } from '../../core/ids.js';
import { PREDICATES, type Marking, type Predicate } from '../../model/ontology.js';
import { list, num, str } from './extension.js';
import { dayOf, recordIdForForeign, snake, toTimestamp } from './ids.js';
import type { StixObject } from './types.js';
import { isObject } from './types.js';

const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');
/** Confidence given to a foreign relationship that states none (STIX leaves it undefined). */
export const FOREIGN_DEFAULT_CONFIDENCE = 0.5;

export function foreignEntity(o: StixObject): EntityRecord | null {
  const base = { id: recordIdForForeign('ent', o.id), lat: null, lon: null, mentions: [] };
  // The ledger requires a name; a nameless object is still addressable by its STIX id.
  const name = str(o.name) || strings(o.aliases)[0] || o.id;
  const aliases = [...new Set(strings(o.aliases).filter((a) => a !== name))];
  switch (o.type) {
    case 'threat-actor':
    case 'intrusion-set': {
      const state = strings(o.threat_actor_types).includes('nation-state');
      return { ...base, type: 'organization', subtype: state ? 'state_agency' : 'militant_group', name, aliases, attributes: { stix_id: o.id } };
    }
    case 'identity': {
      if (o.identity_class === 'individual') return { ...base, type: 'person', subtype: null, name, aliases: [], attributes: { stix_id: o.id } };
      const government = strings(o.sectors).some((s) => s.startsWith('government'));
      return { ...base, type: 'organization', subtype: government ? 'state_agency' : 'other', name, aliases: [], attributes: { stix_id: o.id } };
    }
    case 'location': {
      const city = str(o.city);
      const admin = str(o.administrative_area);
      const country = str(o.country);
      const region = str(o.region);
      const subtype = city ? 'city' : admin ? 'province' : country ? 'country' : region ? 'region' : 'locality';
      const attributes: Record<string, string> = { stix_id: o.id };
      if (country) attributes.country_code = country;
      if (admin) attributes.admin1 = admin;
      return {
        ...base, type: 'place', subtype, name: str(o.name) || city || admin || country || region || o.id, aliases: [],
        lat: num(o.latitude), lon: num(o.longitude), attributes,
      };
    }
    default:
      return null;
  }
}

export function foreignDocument(o: StixObject, owner: Owner): DocumentRecord {
  const text = str(o.description) ?? '';
  const source = list(o.external_references).filter(isObject).map((r) => str(r.url)).find((u) => !!u) ?? null;
  return {
    id: recordIdForForeign('doc', o.id), title: str(o.name), source, published: dayOf(o.published),
    sha256: sha256Hex(text), ...owner, media_type: 'text/plain', text,
    ingested_at: toTimestamp(str(o.created)), reliability: null,
  };
}

/** A claim, when the relationship type is one of our predicates and both ends are entities we hold. */
export function foreignClaim(o: StixObject, entityOf: ReadonlyMap<string, string>, owner: Owner): ClaimRecord | null {
  const predicate = snake(str(o.relationship_type) ?? '') as Predicate;
  if (!PREDICATES.includes(predicate)) return null;
  const subject = entityOf.get(str(o.source_ref) ?? '');
  const object = entityOf.get(str(o.target_ref) ?? '');
  if (!subject || !object) return null;
  const confidence = num(o.confidence);
  return {
    id: recordIdForForeign('clm', o.id), subject, predicate, object,
    valid_from: dayOf(o.start_time), valid_to: dayOf(o.stop_time), former: false, negated: false,
    confidence: confidence === null ? FOREIGN_DEFAULT_CONFIDENCE : confidence / 100,
    status: 'proposed', ...owner, credibility: null,
    extractor: `stix:${str(o.created_by_ref) ?? 'unknown-producer'}`, evidence: [],
  };
}
