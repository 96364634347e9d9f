/**
 * A ledger for the visibility tests: agency ctd-a holds one document, claim and event
 * under every TLP marking, and shares GREEN and AMBER with ctd-b. The sentences are
 * written for the tests. Each marking has its own brigade, so a name tells which
 * marking it came from; "Hub Front" is in every document, "Red Shadow Cell" is named
 * only by the RED claim, and "Green Mention Cell" only by a mention in the GREEN one.
 * Invisible documents repeat "bulletin" so full-text search ranks them first.
 */
import { sha256Hex } from '../core/ids.js';
import type { ClaimRecord, DocumentRecord, EventRecord, Evidence, Mention } from '../core/records.js';
import type { Marking } from '../model/ontology.js';
import type { AgreementRecord } from '../store/access.js';
import type { EntityDraft, Transaction } from '../store/store.js';

export const A = 'ctd-a';
export const B = 'ctd-b';

export const LEVELS = ['clear', 'green', 'amber', 'strict', 'red'] as const;
export type Level = (typeof LEVELS)[number];

export const MARKING: Readonly<Record<Level, Marking>> = {
  clear: 'TLP:CLEAR', green: 'TLP:GREEN', amber: 'TLP:AMBER', strict: 'TLP:AMBER+STRICT', red: 'TLP:RED',
};

const BRIGADE: Readonly<Record<Level, string>> = {
  clear: 'Clear Brigade', green: 'Green Brigade', amber: 'Amber Brigade', strict: 'Strict Brigade', red: 'Red Brigade',
};

export const HUB = 'ent_hub';
export const RED_SHADOW = 'ent_red_shadow';
export const GREEN_MENTION = 'ent_green_mention';
export const ALIAS_GREEN = 'ent_alias_green';
export const ALIAS_RED = 'ent_alias_red';

export const ids = (level: Level) => ({
  document: `doc_${level}`, claim: `clm_${level}`, event: `evt_${level}`, brigade: `ent_${level}_brigade`,
});

/** Names and quotes that must never reach ctd-b. */
export const HIDDEN_FROM_B = ['Clear Brigade', 'Strict Brigade', 'Red Brigade', 'Red Shadow Cell', 'Alias Red', 'eyes only'];

function textOf(level: Level): string {
  const noise = level === 'green' || level === 'amber' ? 'bulletin' : Array(6).fill('bulletin').join(' ');
  const extra = level === 'green' ? ' Green Mention Cell and Alias Green were seen.' : level === 'red' ? ' Alias Red was seen, eyes only.' : '';
  return `${BRIGADE[level]} allied with Hub Front in the district. ${noise}.${extra}`;
}

function documentOf(level: Level): DocumentRecord {
  const text = textOf(level);
  return {
    id: ids(level).document, title: `${level} note`, source: `notes/${level}.txt`, published: '2020-01',
    sha256: sha256Hex(text), marking: MARKING[level], agency: A, media_type: 'text/plain', text,
    ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  };
}

function spanIn(d: DocumentRecord, quote: string): Evidence {
  const start = d.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in ${d.id}`);
  return { document: d.id, start, end: start + quote.length, quote };
}

const mentionOf = (d: DocumentRecord, quote: string): Mention => {
  const { document, start, end } = spanIn(d, quote);
  return { document, start, end, text: quote };
};

export function organisation(id: string, name: string): EntityDraft {
  return { id, type: 'organization', subtype: 'militant_group', name, aliases: [], lat: null, lon: null, attributes: {}, keys: [name.toLowerCase()] };
}

export function claimOf(id: string, subject: string, object: string, evidence: Evidence, owner: { marking: Marking; agency: string }): ClaimRecord {
  return {
    id, subject, predicate: 'allied_with', object, valid_from: '2019', valid_to: null, former: false, negated: false,
    confidence: 0.8, status: 'accepted', marking: owner.marking, agency: owner.agency, credibility: null,
    extractor: 'rules/test@1', evidence: [evidence],
  };
}

function eventOf(level: Level, d: DocumentRecord): EventRecord {
  return {
    id: ids(level).event, type: 'attack', date: '2020-01-05', place: null,
    participants: [{ role: 'perpetrator', entity: ids(level).brigade }],
    killed: 2, injured: null, arrested: null, amount: null, confidence: 0.8, status: 'accepted',
    marking: MARKING[level], agency: A, extractor: 'rules/test@1', evidence: [spanIn(d, `${BRIGADE[level]} allied with Hub Front`)],
  };
}

export const GREEN_QUOTE = (): Evidence => spanIn(documentOf('green'), 'Green Brigade allied with Hub Front');

/** Writes the ledger, the two agencies and the A→B agreement; returns the agreement. */
export async function seedTwoAgencies(tx: Transaction): Promise<AgreementRecord> {
  await tx.insertAgency({ id: A, name: 'CTD A', created_at: '2026-01-01T00:00:00.000Z' });
  await tx.insertAgency({ id: B, name: 'CTD B', created_at: '2026-01-01T00:00:00.000Z' });
  await tx.insertEntity(organisation(HUB, 'Hub Front'));
  await tx.insertEntity(organisation(RED_SHADOW, 'Red Shadow Cell'));
  await tx.insertEntity(organisation(GREEN_MENTION, 'Green Mention Cell'));
  await tx.insertEntity(organisation(ALIAS_GREEN, 'Alias Green'));
  await tx.insertEntity(organisation(ALIAS_RED, 'Alias Red'));
  for (const level of LEVELS) {
    const d = documentOf(level);
    const { brigade, claim } = ids(level);
    await tx.insertDocument(d);
    await tx.insertEntity(organisation(brigade, BRIGADE[level]));
    await tx.insertMentions(brigade, [mentionOf(d, BRIGADE[level])]);
    await tx.insertMentions(HUB, [mentionOf(d, 'Hub Front')]);
    await tx.insertClaim(claimOf(claim, brigade, HUB, spanIn(d, `${BRIGADE[level]} allied with Hub Front`), { marking: MARKING[level], agency: A }));
    await tx.insertEvent(eventOf(level, d));
  }
  const green = documentOf('green');
  const red = documentOf('red');
  await tx.insertMentions(GREEN_MENTION, [mentionOf(green, 'Green Mention Cell')]);
  await tx.insertMentions(ALIAS_GREEN, [mentionOf(green, 'Alias Green')]);
  await tx.insertMentions(ALIAS_RED, [mentionOf(red, 'Alias Red')]);
  await tx.insertClaim(claimOf('clm_red_shadow', RED_SHADOW, ids('green').brigade, spanIn(red, 'Red Brigade allied with Hub Front'), { marking: 'TLP:RED', agency: A }));
  for (const [a, b] of [[ids('green').brigade, ids('amber').brigade], [ids('green').brigade, ids('red').brigade], [RED_SHADOW, ALIAS_RED]] as const) {
    await tx.upsertSameAs({ a, b, score: 0.7, reasons: ['test'] });
  }
  await tx.mergeEntities(ALIAS_GREEN, ids('amber').brigade, 'cli:test', 'same group');
  await tx.mergeEntities(ALIAS_RED, RED_SHADOW, 'cli:test', 'same group');
  const agreement: AgreementRecord = {
    id: 'agr_a_b', from_agency: A, to_agency: B, markings: ['TLP:GREEN', 'TLP:AMBER'],
    created_by: 'cli:test', created_at: '2026-01-01T00:00:00.000Z', revoked_at: null,
  };
  await tx.insertAgreement(agreement);
  return agreement;
}
