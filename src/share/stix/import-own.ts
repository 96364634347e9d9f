/**
 * Records back from objects that carry Cellgraph's extension. The bag holds the whole
 * record, so this is a read with light checks, not a mapping; anything malformed is
 * reported as a warning and skipped rather than guessed.
 */
import type { Owner } from './types.js';
import type {
  ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence, Mention, Participant,
} from '../../core/records.js';
import {
  CLAIM_STATUSES, ENTITY_TYPES, EVENT_TYPES, PREDICATES, ROLES, ontology,
  type ClaimStatus, type Credibility, type EntityType, type EventType, type Marking, type Predicate,
  type Reliability, type Role,
} from '../../model/ontology.js';
import { bool, list, num, str, type ExtensionBag } from './extension.js';
import { isObject } from './types.js';

const oneOf = <T>(allowed: readonly T[], v: unknown): T | null => (allowed.includes(v as T) ? (v as T) : null);

function evidence(v: unknown): Evidence[] {
  return list(v).filter(isObject).map((e) => ({
    document: str(e.document) ?? '', start: num(e.start) ?? 0, end: num(e.end) ?? 0, quote: str(e.quote) ?? '',
  }));
}

function mentions(v: unknown): Mention[] {
  return list(v).filter(isObject).map((m) => ({
    document: str(m.document) ?? '', start: num(m.start) ?? 0, end: num(m.end) ?? 0, text: str(m.text) ?? '',
  }));
}

function attributes(v: unknown): EntityRecord['attributes'] {
  if (!isObject(v)) return {};
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = x;
  }
  return out;
}

export function entityFromBag(b: ExtensionBag, fallbackName: unknown): EntityRecord | string {
  const type = oneOf<EntityType>(ENTITY_TYPES, b.entity_type);
  const id = str(b.record_id);
  if (!type || !id) return `entity without a valid record_id/entity_type`;
  return {
    id, type, subtype: str(b.entity_subtype), name: str(b.name) ?? str(fallbackName) ?? '',
    aliases: list(b.aliases).filter((a): a is string => typeof a === 'string'),
    lat: num(b.lat), lon: num(b.lon), attributes: attributes(b.attributes), mentions: mentions(b.mentions),
  };
}

export function documentFromBag(b: ExtensionBag, owner: Owner): DocumentRecord | string {
  const id = str(b.record_id);
  if (!id) return 'document without record_id';
  return {
    id, title: str(b.title), source: str(b.source), published: str(b.published_date),
    sha256: str(b.sha256) ?? '', ...owner, media_type: str(b.media_type) ?? 'text/plain', text: str(b.text) ?? '',
    ingested_at: str(b.ingested_at) ?? '', reliability: oneOf<Reliability>(ontology.reliability, b.reliability),
  };
}

export function claimFromBag(b: ExtensionBag, owner: Owner): ClaimRecord | string {
  const id = str(b.record_id);
  const predicate = oneOf<Predicate>(PREDICATES, b.predicate);
  const subject = str(b.subject);
  const object = str(b.object);
  if (!id || !predicate || !subject || !object) return 'claim without record_id, subject, object or a known predicate';
  return {
    id, subject, predicate, object, valid_from: str(b.valid_from), valid_to: str(b.valid_to),
    former: bool(b.former), negated: bool(b.negated), confidence: num(b.confidence) ?? 0,
    status: oneOf<ClaimStatus>(CLAIM_STATUSES, b.status) ?? 'proposed', ...owner,
    credibility: oneOf<Credibility>(ontology.credibility, b.credibility), extractor: str(b.extractor) ?? 'unknown',
    evidence: evidence(b.evidence),
  };
}

export function eventFromBag(b: ExtensionBag, owner: Owner): EventRecord | string {
  const id = str(b.record_id);
  const type = oneOf<EventType>(EVENT_TYPES, b.event_type);
  if (!id || !type) return 'event without record_id or a known event_type';
  const participants: Participant[] = [];
  for (const p of list(b.participants).filter(isObject)) {
    const role = oneOf<Role>(ROLES, p.role);
    const entity = str(p.entity);
    if (role && entity) participants.push({ role, entity });
  }
  const amount = isObject(b.amount) && num(b.amount.value) !== null
    ? { value: num(b.amount.value)!, unit: str(b.amount.unit) ?? '' } : null;
  return {
    id, type, date: str(b.date), place: str(b.place), participants,
    killed: num(b.killed), injured: num(b.injured), arrested: num(b.arrested), amount,
    confidence: num(b.confidence) ?? 0, status: oneOf<ClaimStatus>(CLAIM_STATUSES, b.status) ?? 'proposed', ...owner,
    extractor: str(b.extractor) ?? 'unknown', evidence: evidence(b.evidence),
  };
}
