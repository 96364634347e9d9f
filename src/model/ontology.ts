/**
 * The vocabulary every part of Cellgraph shares, as one declarative data file.
 *
 * Entity types, relation predicates (with domain and range), event types, event
 * roles and quantities. Code derives its unions and validators from this object;
 * adding a predicate means editing this data, nothing else. Kept as a TypeScript
 * constant rather than YAML so the compiler can derive exact literal types from it
 * (see docs/design-choices.md).
 */

export const ontology = {
  version: 1,
  entityTypes: {
    organization: {
      subtypes: ['militant_group', 'faction', 'cell', 'state_agency', 'political_party', 'religious_institution', 'other'],
    },
    person: { subtypes: [] },
    place: {
      subtypes: ['country', 'province', 'district', 'city', 'locality', 'region', 'facility'],
    },
    event: { subtypes: [] },
    document: { subtypes: [] },
  },
  /** Predicates: subject domain → object range, plus a human label and whether the relation has a direction. */
  predicates: {
    pledged_allegiance_to: { domain: ['organization', 'person'], range: ['organization', 'person'], label: 'pledged allegiance to', symmetric: false },
    supports: { domain: ['organization', 'person', 'place'], range: ['organization'], label: 'supports', symmetric: false },
    affiliated_with: { domain: ['organization'], range: ['organization'], label: 'affiliated with', symmetric: false },
    allied_with: { domain: ['organization'], range: ['organization'], label: 'allied with', symmetric: true },
    rival_of: { domain: ['organization'], range: ['organization'], label: 'rival of', symmetric: true },
    splinter_of: { domain: ['organization'], range: ['organization'], label: 'splinter of', symmetric: false },
    faction_of: { domain: ['organization'], range: ['organization'], label: 'faction of', symmetric: false },
    branch_of: { domain: ['organization'], range: ['organization'], label: 'branch of', symmetric: false },
    wing_of: { domain: ['organization'], range: ['organization'], label: 'wing of', symmetric: false },
    merged_into: { domain: ['organization'], range: ['organization'], label: 'merged into', symmetric: false },
    leader_of: { domain: ['person'], range: ['organization'], label: 'leader of', symmetric: false },
    founder_of: { domain: ['person'], range: ['organization'], label: 'founder of', symmetric: false },
    member_of: { domain: ['person'], range: ['organization'], label: 'member of', symmetric: false },
    spokesperson_of: { domain: ['person'], range: ['organization'], label: 'spokesperson of', symmetric: false },
    succeeded: { domain: ['person'], range: ['person'], label: 'succeeded', symmetric: false },
    follower_of: { domain: ['person'], range: ['person'], label: 'follower of', symmetric: false },
    relative_of: { domain: ['person'], range: ['person'], label: 'relative of', symmetric: true },
    operates_in: { domain: ['organization', 'person'], range: ['place'], label: 'operates in', symmetric: false },
    based_in: { domain: ['organization', 'person'], range: ['place'], label: 'based in', symmetric: false },
    located_in: { domain: ['place'], range: ['place'], label: 'located in', symmetric: false },
  },
  eventTypes: [
    'attack', 'bombing', 'shooting', 'arrest', 'killing', 'pledge', 'statement',
    'leadership_change', 'raid', 'seizure', 'designation', 'offensive', 'capture',
  ],
  roles: ['perpetrator', 'claimed_by', 'target', 'victim', 'arresting_agency', 'arrested', 'killed_person', 'leader', 'location'],
  quantities: ['killed', 'injured', 'arrested', 'members'],
  claimStatuses: ['proposed', 'accepted', 'rejected', 'disputed'],
  markings: ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'],
  /** Admiralty (NATO) grading: source reliability A–F, information credibility 1–6. */
  reliability: ['A', 'B', 'C', 'D', 'E', 'F'],
  credibility: [1, 2, 3, 4, 5, 6],
} as const;

export type Ontology = typeof ontology;
export type EntityType = keyof Ontology['entityTypes'];
export type OrganizationSubtype = Ontology['entityTypes']['organization']['subtypes'][number];
export type PlaceSubtype = Ontology['entityTypes']['place']['subtypes'][number];
export type EntitySubtype = OrganizationSubtype | PlaceSubtype;
export type Predicate = keyof Ontology['predicates'];
export type EventType = Ontology['eventTypes'][number];
export type Role = Ontology['roles'][number];
export type ClaimStatus = Ontology['claimStatuses'][number];
export type Marking = Ontology['markings'][number];
export type Reliability = Ontology['reliability'][number];
export type Credibility = Ontology['credibility'][number];

export const ENTITY_TYPES = Object.keys(ontology.entityTypes) as EntityType[];
export const PREDICATES = Object.keys(ontology.predicates) as Predicate[];
export const EVENT_TYPES: readonly EventType[] = ontology.eventTypes;
export const ROLES: readonly Role[] = ontology.roles;
export const CLAIM_STATUSES: readonly ClaimStatus[] = ontology.claimStatuses;
export const MARKINGS: readonly Marking[] = ontology.markings;
