/**
 * The `cellgraph/1` interchange file as a zod schema. The records of the ledger ARE the
 * interchange shape (src/core/records.ts), so parsing yields store records directly.
 *
 * Beyond the example in DESIGN.md the file carries what a lossless round trip needs
 * (documented in docs/interchange.md): documents, claims and events add the owning `agency`
 * (default `local`); documents add `text` (quotes and offsets are
 * checked against it and re-import needs it), `media_type`, `ingested_at` and
 * `reliability`; entities add `attributes`; claims add `credibility` and `extractor`;
 * events add `confidence`, `extractor` and `amount`. Nullable additions may be
 * omitted and default to null (or `{}` for attributes) so hand-written files stay short.
 *
 * Objects are strict: the format is versioned, so an unknown key is a typo or a newer
 * version, and silently dropping it would lose data on the round trip.
 */
import { z } from 'zod';
import {
  ontology, ENTITY_TYPES, PREDICATES, EVENT_TYPES, ROLES, CLAIM_STATUSES, MARKINGS,
  type EntityType, type Predicate, type EventType, type Role, type ClaimStatus, type Marking,
  type Reliability, type Credibility,
} from '../model/ontology.js';
import { isPartialDate } from '../core/partial-date.js';
import { LOCAL_AGENCY } from '../model/access.js';

export const FORMAT = 'cellgraph/1';

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

const entityType = z.enum(tuple<EntityType>(ENTITY_TYPES));
const predicate = z.enum(tuple<Predicate>(PREDICATES));
const eventType = z.enum(tuple<EventType>(EVENT_TYPES));
const role = z.enum(tuple<Role>(ROLES));
const status = z.enum(tuple<ClaimStatus>(CLAIM_STATUSES));
const marking = z.enum(tuple<Marking>(MARKINGS));
const reliability = z.enum(tuple<Reliability>(ontology.reliability));
const credibility = z.number().int().min(1).max(6).transform((n) => n as Credibility);

const id = z.string().min(1, 'must not be empty');
const partialDate = z.string().refine(isPartialDate, 'not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
const offset = z.number().int('must be an integer').nonnegative('must not be negative');
const confidence = z.number().min(0).max(1);
const count = z.number().int().nonnegative().nullable();

export const evidenceSchema = z.strictObject({
  document: id,
  start: offset,
  end: offset,
  quote: z.string(),
});

export const documentSchema = z.strictObject({
  id,
  title: z.string().nullable(),
  source: z.string().nullable(),
  published: partialDate.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  marking,
  agency: id.default(LOCAL_AGENCY),
  media_type: z.string().min(1),
  text: z.string(),
  ingested_at: z.string().min(1),
  reliability: reliability.nullable().default(null),
});

export const mentionSchema = z.strictObject({
  document: id,
  start: offset,
  end: offset,
  text: z.string(),
});

export const entitySchema = z.strictObject({
  id,
  type: entityType,
  subtype: z.string().nullable(),
  name: z.string().min(1, 'must not be empty'),
  aliases: z.array(z.string()),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  mentions: z.array(mentionSchema),
});

export const claimSchema = z.strictObject({
  id,
  subject: id,
  predicate,
  object: id,
  valid_from: partialDate.nullable(),
  valid_to: partialDate.nullable(),
  former: z.boolean(),
  negated: z.boolean(),
  confidence,
  status,
  marking,
  agency: id.default(LOCAL_AGENCY),
  credibility: credibility.nullable().default(null),
  extractor: z.string().min(1),
  evidence: z.array(evidenceSchema),
});

export const eventSchema = z.strictObject({
  id,
  type: eventType,
  date: partialDate.nullable(),
  place: id.nullable(),
  participants: z.array(z.strictObject({ role, entity: id })),
  killed: count,
  injured: count,
  arrested: count,
  amount: z.strictObject({ value: z.number(), unit: z.string().min(1) }).nullable().default(null),
  confidence,
  status,
  marking,
  agency: id.default(LOCAL_AGENCY),
  extractor: z.string().min(1),
  evidence: z.array(evidenceSchema),
});

export const interchangeSchema = z.strictObject({
  format: z.literal(FORMAT),
  documents: z.array(documentSchema),
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  events: z.array(eventSchema),
});
