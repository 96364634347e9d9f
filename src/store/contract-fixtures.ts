/**
 * Records the store contract suite writes: two short documents written for the
 * tests (not taken from any source) and builders with sensible defaults, so each
 * test states only what it is about.
 */
import type { ClaimRecord, DocumentRecord, EventRecord, Evidence, Mention } from '../core/records.js';
import { sha256Hex } from '../core/ids.js';
import type { EntityType } from '../model/ontology.js';
import { LOCAL_AGENCY } from '../model/access.js';
import type { EntityDraft, Transaction } from './store.js';

// Non-ASCII before the spans (an emoji is two UTF-16 units) so offsets are checked
// in the units JavaScript uses; CRLF and Urdu script for verbatim storage.
const TEXT_1 = [
  'Field note 🛰️ — café in Mastung.\r\n',
  'On 12 May 2015 gunmen of Lashkar-e-Jhangvi (LeJ) fired on a bus near Quetta, killing 43 people. ',
  'LeJ later pledged allegiance to Islamic State Khorasan. Its commander Usman Saifullah Kurd was named. ',
  'اردو متن بھی محفوظ رہنا چاہیے۔',
].join('');

const TEXT_2 = [
  'Bulletin: Tehrik-i-Taliban Pakistan (TTP) split in 2014; Jamaat-ul-Ahrar broke away. ',
  'Police in Quetta arrested three suspects linked to Lashkar-e-Jhangvi.',
].join('');

function doc(id: string, title: string, text: string, published: string | null): DocumentRecord {
  return {
    id, title, text, published,
    source: `notes/${id}.txt`,
    sha256: sha256Hex(text),
    marking: 'TLP:CLEAR',
    agency: LOCAL_AGENCY,
    media_type: 'text/plain',
    ingested_at: '2026-01-01T00:00:00.000Z',
    reliability: null,
  };
}

export const DOC_1 = doc('doc_one', 'Quetta bus attack note', TEXT_1, '2015-05');
export const DOC_2 = doc('doc_two', 'Split bulletin', TEXT_2, '2015');

/** The span of the nth occurrence (0-based) of `quote` in a document. */
export function span(d: DocumentRecord, quote: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = d.text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`fixture: "${quote}" #${nth} not in ${d.id}`);
  }
  return { document: d.id, start, end: start + quote.length, quote };
}

export function mention(d: DocumentRecord, quote: string, nth = 0): Mention {
  const { document, start, end } = span(d, quote, nth);
  return { document, start, end, text: quote };
}

export function entity(id: string, type: EntityType, name: string, extra: Partial<EntityDraft> = {}): EntityDraft {
  return {
    id, type, name,
    subtype: null, aliases: [], lat: null, lon: null, attributes: {},
    keys: [name.toLowerCase()],
    ...extra,
  };
}

export function claim(id: string, subject: string, predicate: ClaimRecord['predicate'], object: string,
  evidence: Evidence[], extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id, subject, predicate, object, evidence,
    valid_from: null, valid_to: null, former: false, negated: false,
    confidence: 0.7, status: 'proposed', marking: 'TLP:CLEAR', agency: LOCAL_AGENCY, credibility: null,
    extractor: 'rules/test@1',
    ...extra,
  };
}

export function event(id: string, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id, type: 'shooting', date: '2015-05-12', place: null, participants: [],
    killed: null, injured: null, arrested: null, amount: null,
    confidence: 0.6, status: 'proposed', marking: 'TLP:CLEAR', agency: LOCAL_AGENCY, extractor: 'rules/test@1', evidence: [],
    ...extra,
  };
}

/**
 * A small ledger: LeJ (org), TTP (org), JuA (org), Kurd (person), Quetta (place),
 * three claims and two events across both documents.
 */
export async function seed(tx: Transaction): Promise<void> {
  await tx.insertDocument(DOC_1);
  await tx.insertDocument(DOC_2);
  await tx.insertEntity(entity('ent_lej', 'organization', 'Lashkar-e-Jhangvi', {
    subtype: 'militant_group', aliases: ['LeJ'], keys: ['lashkar jhangvi', 'lej'], attributes: { designation: 'UN-1' },
  }));
  await tx.insertEntity(entity('ent_ttp', 'organization', 'Tehrik-i-Taliban Pakistan', {
    subtype: 'militant_group', aliases: ['TTP'], keys: ['tehrik taliban pakistan', 'ttp'],
  }));
  await tx.insertEntity(entity('ent_jua', 'organization', 'Jamaat-ul-Ahrar', { subtype: 'faction', keys: ['jamaat ahrar'] }));
  await tx.insertEntity(entity('ent_kurd', 'person', 'Usman Saifullah Kurd', { keys: ['usman saifullah kurd'] }));
  await tx.insertEntity(entity('ent_quetta', 'place', 'Quetta', {
    subtype: 'city', lat: 30.18, lon: 66.99, attributes: { country: 'PK', geonames: 1167528 }, keys: ['quetta'],
  }));
  await tx.insertMentions('ent_lej', [mention(DOC_1, 'Lashkar-e-Jhangvi'), mention(DOC_1, 'LeJ'), mention(DOC_2, 'Lashkar-e-Jhangvi')]);
  await tx.insertMentions('ent_ttp', [mention(DOC_2, 'Tehrik-i-Taliban Pakistan'), mention(DOC_2, 'TTP')]);
  await tx.insertMentions('ent_jua', [mention(DOC_2, 'Jamaat-ul-Ahrar')]);
  await tx.insertMentions('ent_kurd', [mention(DOC_1, 'Usman Saifullah Kurd')]);
  await tx.insertMentions('ent_quetta', [mention(DOC_1, 'Quetta'), mention(DOC_2, 'Quetta')]);
  await tx.insertClaim(claim('clm_kurd_leads', 'ent_kurd', 'leader_of', 'ent_lej', [span(DOC_1, 'Its commander Usman Saifullah Kurd')], {
    valid_from: '2015', credibility: 3, confidence: 0.8,
  }));
  await tx.insertClaim(claim('clm_lej_quetta', 'ent_lej', 'operates_in', 'ent_quetta', [
    span(DOC_1, 'Lashkar-e-Jhangvi (LeJ) fired on a bus near Quetta'),
    span(DOC_2, 'Quetta arrested three suspects linked to Lashkar-e-Jhangvi'),
  ]));
  await tx.insertClaim(claim('clm_jua_ttp', 'ent_jua', 'splinter_of', 'ent_ttp', [span(DOC_2, 'Jamaat-ul-Ahrar broke away')], {
    status: 'accepted', valid_from: '2014', former: true,
  }));
  await tx.insertEvent(event('evt_bus', {
    place: 'ent_quetta', killed: 43, participants: [{ role: 'perpetrator', entity: 'ent_lej' }],
    evidence: [span(DOC_1, 'fired on a bus near Quetta, killing 43 people')],
  }));
  await tx.insertEvent(event('evt_arrest', {
    type: 'arrest', date: null, place: 'ent_quetta', arrested: 3, amount: { value: 5000, unit: 'PKR' },
    participants: [{ role: 'arrested', entity: 'ent_lej' }],
    evidence: [span(DOC_2, 'Police in Quetta arrested three suspects')],
  }));
}
