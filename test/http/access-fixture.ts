/**
 * The store the access tests run against, written by us: agency A owns one document,
 * claim and event per TLP marking; agency B owns one CLEAR document of its own; A
 * shares GREEN and AMBER with B. Users in both agencies hold every role, and each has
 * an API token. Every record's id carries its marking's tag, and every document's text
 * a marker word, so a test can look for leaks by plain substring search.
 */
import { createHash } from 'node:crypto';
import type { Marking } from '../../src/model/ontology.js';
import type { UserRole } from '../../src/model/access.js';
import type { ClaimRecord, DocumentRecord, EventRecord, Mention } from '../../src/core/records.js';
import type { Store } from '../../src/store/store.js';
import { operatorViewer } from '../../src/access/policy.js';
import { createAgency, createUser, issueToken } from '../../src/app/accounts.js';
import { shareWith } from '../../src/app/sharing.js';
import { nameKey } from '../../src/resolution/normalise.js';

export const AGENCY_A = 'agency-a';
export const AGENCY_B = 'agency-b';
export const PASSWORD = 'correct horse battery staple';

export const TAGS = ['clear', 'green', 'amber', 'strict', 'red'] as const;
export type Tag = (typeof TAGS)[number];
export const MARKING_OF: Record<Tag, Marking> = {
  clear: 'TLP:CLEAR', green: 'TLP:GREEN', amber: 'TLP:AMBER', strict: 'TLP:AMBER+STRICT', red: 'TLP:RED',
};
/** Agency B's own document. */
export const B_TAG = 'bown';
/** A second CLEAR document of A's, shared with no one: curation has something left after moving the rest. */
export const A_EXTRA = 'aextra';
/** Every tag in the store. */
export const ALL_TAGS: readonly string[] = [...TAGS, A_EXTRA, B_TAG];

export const ROLES: readonly UserRole[] = ['viewer', 'analyst', 'admin'];
export type CallerName = `${'a' | 'b'}-${UserRole}`;
export const CALLERS: readonly CallerName[] = ROLES.flatMap((r) => [`a-${r}` as CallerName, `b-${r}` as CallerName]);
export const agencyOf = (c: CallerName): string => (c.startsWith('a-') ? AGENCY_A : AGENCY_B);
export const roleOf = (c: CallerName): UserRole => c.slice(2) as UserRole;

/** Ids of the records that carry one tag. */
export function ids(tag: string) {
  return {
    document: `doc_${tag}`,
    org: `ent_${tag}_org`,
    person: `ent_${tag}_person`,
    dup: `ent_${tag}_dup`,
    claim: `clm_${tag}`,
    event: `evt_${tag}`,
    marker: `Marker${tag}word`,
  };
}

/** Every id and marker word a record with this tag brings; none may appear in a response to someone who may not see it. */
export const secretsOf = (tag: string): string[] => Object.values(ids(tag));

/** Which of A's tags each agency sees: A all of its own, B what the agreement names. */
export const VISIBLE: Record<string, ReadonlySet<string>> = {
  [AGENCY_A]: new Set<string>([...TAGS, A_EXTRA]),
  [AGENCY_B]: new Set<string>(['green', 'amber', B_TAG]),
};
export const sees = (agency: string, tag: string): boolean => VISIBLE[agency]!.has(tag);

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function textFor(tag: string): string {
  const t = ids(tag);
  return [
    `Report ${t.marker} from Quetta.`,
    `Leader ${tag} person leads the ${tag} org, officials said.`,
    `The ${tag} dup group is the same as the ${tag} org.`,
    `A bombing in Quetta on 8 August 2016 by the ${tag} org killed 9 people.`,
  ].join(' ');
}

function at(text: string, document: string, needle: string): Mention {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`);
  return { document, start, end: start + needle.length, text: needle };
}

async function seedTag(store: Store, tag: string, marking: Marking, agency: string): Promise<void> {
  const t = ids(tag);
  const text = textFor(tag);
  const doc: DocumentRecord = {
    id: t.document, title: `Report ${tag}`, source: `${tag}.txt`, published: '2016-09', sha256: sha(text), marking, agency,
    media_type: 'text/plain', text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  };
  const leads = at(text, t.document, `Leader ${tag} person leads the ${tag} org, officials said.`);
  const bombing = at(text, t.document, `A bombing in Quetta on 8 August 2016 by the ${tag} org killed 9 people.`);
  const claim: ClaimRecord = {
    id: t.claim, subject: t.person, predicate: 'leader_of', object: t.org, valid_from: '2016', valid_to: null, former: false, negated: false,
    confidence: 0.9, status: 'proposed', marking, agency, credibility: null, extractor: 'fixture',
    evidence: [{ document: t.document, start: leads.start, end: leads.end, quote: leads.text }],
  };
  const event: EventRecord = {
    id: t.event, type: 'bombing', date: '2016-08-08', place: 'ent_quetta', participants: [{ role: 'perpetrator', entity: t.org }],
    killed: 9, injured: null, arrested: null, amount: null, confidence: 0.9, status: 'accepted', marking, agency, extractor: 'fixture',
    evidence: [{ document: t.document, start: bombing.start, end: bombing.end, quote: bombing.text }],
  };
  await store.transaction(async (tx) => {
    await tx.insertDocument(doc);
    const entities = [
      { id: t.org, type: 'organization' as const, subtype: 'militant_group', name: `${tag} org`, mention: `${tag} org` },
      { id: t.person, type: 'person' as const, subtype: null, name: `Leader ${tag} person`, mention: `Leader ${tag} person` },
      { id: t.dup, type: 'organization' as const, subtype: 'militant_group', name: `${tag} dup group`, mention: `${tag} dup group` },
    ];
    for (const e of entities) {
      await tx.insertEntity({ id: e.id, type: e.type, subtype: e.subtype, name: e.name, aliases: [], lat: null, lon: null, attributes: {}, keys: [nameKey(e.name)] });
      await tx.insertMentions(e.id, [at(text, t.document, e.mention)]);
    }
    if (!(await tx.getEntity('ent_quetta'))) {
      await tx.insertEntity({ id: 'ent_quetta', type: 'place', subtype: 'city', name: 'Quetta', aliases: [], lat: 30.18, lon: 66.99, attributes: {}, keys: [nameKey('Quetta')] });
    }
    await tx.insertMentions('ent_quetta', [at(text, t.document, 'Quetta')]);
    await tx.insertClaim(claim);
    await tx.insertEvent(event);
  });
}

export interface Seeded {
  /** API token secret per caller. */
  readonly tokens: Record<CallerName, string>;
  /** User id per caller. */
  readonly users: Record<CallerName, string>;
  /** API token id per caller. */
  readonly tokenIds: Record<CallerName, string>;
  readonly agreement: string;
}

export async function seedAccessStore(store: Store): Promise<Seeded> {
  const operator = operatorViewer('cli:test', 'local');
  await createAgency(store, operator, { id: AGENCY_A, name: 'Agency A' });
  await createAgency(store, operator, { id: AGENCY_B, name: 'Agency B' });
  for (const tag of TAGS) await seedTag(store, tag, MARKING_OF[tag], AGENCY_A);
  await seedTag(store, A_EXTRA, 'TLP:CLEAR', AGENCY_A);
  await seedTag(store, B_TAG, 'TLP:CLEAR', AGENCY_B);
  const agreement = await shareWith(store, operator, { from: AGENCY_A, to: AGENCY_B, markings: ['TLP:GREEN', 'TLP:AMBER'] });
  const tokens = {} as Record<CallerName, string>;
  const users = {} as Record<CallerName, string>;
  const tokenIds = {} as Record<CallerName, string>;
  for (const caller of CALLERS) {
    const user = await createUser(store, operator, { name: caller, agency: agencyOf(caller), role: roleOf(caller), password: PASSWORD });
    users[caller] = user.id;
    const issued = await issueToken(store, operator, { user: user.id, label: 'access tests' });
    tokens[caller] = issued.secret;
    tokenIds[caller] = issued.token.id;
  }
  return { tokens, users, tokenIds, agreement: agreement.id };
}
