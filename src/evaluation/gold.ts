/**
 * The `cellgraph-gold/1` annotation file: what a careful reader finds in one document,
 * in the ontology's vocabulary, with acceptable alternatives (`alt_*`) and items a
 * reader may or may not annotate (`optional`). References between gold items are
 * checked, so a typo in a gold file fails loudly instead of scoring as a miss.
 */
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES, EVENT_TYPES, ROLES, type EntityType, type Predicate, type EventType, type Role } from '../model/ontology.js';
import { isPartialDate } from '../core/partial-date.js';
import { WorkbenchError } from '../core/errors.js';

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];
const predicate = z.enum(tuple<Predicate>(PREDICATES));
const eventType = z.enum(tuple<EventType>(EVENT_TYPES));
const date = z.string().refine(isPartialDate, 'not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
const count = z.number().int().nonnegative().optional();

const goldEntity = z.object({
  id: z.string().min(1),
  type: z.enum(tuple<EntityType>(ENTITY_TYPES)),
  subtype: z.string().optional(),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  optional: z.boolean().default(false),
});

const goldRelation = z.object({
  subject: z.string(),
  predicate,
  object: z.string(),
  alt_subjects: z.array(z.string()).default([]),
  alt_objects: z.array(z.string()).default([]),
  alt_predicates: z.array(predicate).default([]),
  valid_from: date.optional(),
  valid_to: date.optional(),
  former: z.boolean().default(false),
  negated: z.boolean().default(false),
  optional: z.boolean().default(false),
  quote: z.string().optional(),
});

const goldEvent = z.object({
  type: eventType,
  alt_types: z.array(eventType).default([]),
  date: date.optional(),
  place: z.string().optional(),
  alt_places: z.array(z.string()).default([]),
  participants: z.array(z.object({ role: z.enum(tuple<Role>(ROLES)), entity: z.string() })).default([]),
  killed: count,
  injured: count,
  arrested: count,
  optional: z.boolean().default(false),
  quote: z.string().optional(),
  notes: z.string().optional(),
});

const goldDispute = z.object({
  claim: z.string(),
  for: z.string().optional(),
  against: z.string().optional(),
  quote: z.string().optional(),
});

export const goldSchema = z.object({
  format: z.literal('cellgraph-gold/1'),
  document: z.string().min(1),
  title: z.string().optional(),
  published: date.optional(),
  notes: z.string().optional(),
  entities: z.array(goldEntity),
  relations: z.array(goldRelation).default([]),
  events: z.array(goldEvent).default([]),
  disputes: z.array(goldDispute).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEntity = Gold['entities'][number];
export type GoldRelation = Gold['relations'][number];
export type GoldEvent = Gold['events'][number];

/** Validates a parsed gold file; `label` names it in error messages. */
export function parseGold(json: unknown, label = 'gold'): Gold {
  const result = goldSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new WorkbenchError('invalid_input', `${label}: ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
  }
  const gold = result.data;
  const ids = new Set<string>();
  for (const e of gold.entities) {
    if (ids.has(e.id)) throw new WorkbenchError('invalid_input', `${label}: duplicate entity id "${e.id}"`);
    ids.add(e.id);
  }
  const check = (where: string, ref: string | undefined): void => {
    if (ref !== undefined && !ids.has(ref)) throw new WorkbenchError('invalid_input', `${label}: ${where} names unknown entity "${ref}"`);
  };
  gold.relations.forEach((r, i) => {
    for (const ref of [r.subject, r.object, ...r.alt_subjects, ...r.alt_objects]) check(`relations.${i}`, ref);
  });
  gold.events.forEach((e, i) => {
    for (const ref of [e.place, ...e.alt_places, ...e.participants.map((p) => p.entity)]) check(`events.${i}`, ref);
  });
  return gold;
}
