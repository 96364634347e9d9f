/**
 * A small, realistic ledger for the STIX tests: three documents under different TLP
 * markings, militant groups, a state agency, people with and without a group, places
 * from country to an ungeocoded village, dated, former, negated and disputed claims,
 * and events with counts, roles and an amount. Text and quotes are invented for the test.
 */
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence } from '../../core/records.js';
import { sha256Hex } from '../../core/ids.js';
import type { Ledger } from './types.js';

const TEXT_A = 'Analysts say the Khorasan branch was formed in January 2015 when several commanders of the '
  + 'Pakistani Taliban pledged allegiance to the Islamic State. Its first emir was Abu Example, a former TTP commander. '
  + 'The group later claimed the bombing in Quetta on 8 August 2016 that killed 70 people and injured 112.';
const TEXT_B = 'Police in Karachi arrested two suspected members of Lashkar-e-Jhangvi in March 2017, the Counter '
  + 'Terrorism Department said. One of them denied being a member of the group. Officials said the cell was paid '
  + '50000 rupees a month. Jamaat-ul-Ahrar, a splinter of the TTP, was also active in the area until 2016.';
const TEXT_C = 'A local elder from Sample Village, Haji Placeholder, told reporters he had never met the militants.';

function ev(document: string, text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { document, start, end: start + quote.length, quote };
}

const doc = (id: string, over: Partial<DocumentRecord> & Pick<DocumentRecord, 'text'>): DocumentRecord => ({
  id, title: null, source: null, published: null, sha256: sha256Hex(over.text), marking: 'TLP:CLEAR', agency: 'local',
  media_type: 'text/plain', ingested_at: '2026-11-01T10:00:00.000Z', reliability: null, ...over,
});

const documents: DocumentRecord[] = [
  doc('doc_a', { title: 'Growth of a militant branch', source: 'https://example.org/brief.pdf', published: '2017-01',
    text: TEXT_A, marking: 'TLP:CLEAR', agency: 'local', reliability: 'B', media_type: 'application/pdf' }),
  doc('doc_b', { title: 'Karachi arrests', source: 'reports/karachi.txt', published: '2017-03-15', text: TEXT_B,
    marking: 'TLP:GREEN', agency: 'local', ingested_at: '2026-11-02T08:30:00.123Z' }),
  doc('doc_c', { title: null, source: null, published: null, text: TEXT_C, marking: 'TLP:AMBER', agency: 'local' }),
];

const mention = (document: string, text: string, name: string) => {
  const start = text.indexOf(name);
  return { document, start, end: start + name.length, text: name };
};

const ent = (over: Partial<EntityRecord> & Pick<EntityRecord, 'id' | 'type' | 'name'>): EntityRecord => ({
  subtype: null, aliases: [], lat: null, lon: null, attributes: {}, mentions: [], ...over,
});

const entities: EntityRecord[] = [
  ent({ id: 'ent_iskp', type: 'organization', subtype: 'militant_group', name: 'Islamic State Khorasan Province',
    aliases: ['ISKP', 'Khorasan branch'], attributes: { designation: 'UN-QDe.161' },
    mentions: [mention('doc_a', TEXT_A, 'Khorasan branch')] }),
  ent({ id: 'ent_is', type: 'organization', subtype: 'militant_group', name: 'Islamic State', aliases: ['ISIS', 'Daesh'],
    mentions: [mention('doc_a', TEXT_A, 'Islamic State')] }),
  ent({ id: 'ent_ttp', type: 'organization', subtype: 'militant_group', name: 'Tehrik-i-Taliban Pakistan',
    aliases: ['TTP', 'Pakistani Taliban'], mentions: [mention('doc_a', TEXT_A, 'Pakistani Taliban'), mention('doc_b', TEXT_B, 'TTP')] }),
  ent({ id: 'ent_jua', type: 'organization', subtype: 'faction', name: 'Jamaat-ul-Ahrar', mentions: [mention('doc_b', TEXT_B, 'Jamaat-ul-Ahrar')] }),
  ent({ id: 'ent_lej', type: 'organization', subtype: 'militant_group', name: 'Lashkar-e-Jhangvi', aliases: ['LeJ'],
    mentions: [mention('doc_b', TEXT_B, 'Lashkar-e-Jhangvi')] }),
  ent({ id: 'ent_ctd', type: 'organization', subtype: 'state_agency', name: 'Counter Terrorism Department', aliases: ['CTD'],
    mentions: [mention('doc_b', TEXT_B, 'Counter Terrorism Department')] }),
  ent({ id: 'ent_emir', type: 'person', name: 'Abu Example', mentions: [mention('doc_a', TEXT_A, 'Abu Example')] }),
  ent({ id: 'ent_suspect', type: 'person', name: 'Unnamed suspect' }),
  ent({ id: 'ent_elder', type: 'person', name: 'Haji Placeholder', mentions: [mention('doc_c', TEXT_C, 'Haji Placeholder')] }),
  ent({ id: 'ent_pk', type: 'place', subtype: 'country', name: 'Pakistan', lat: 30, lon: 70, attributes: { country_code: 'PK' } }),
  ent({ id: 'ent_quetta', type: 'place', subtype: 'city', name: 'Quetta', lat: 30.18, lon: 66.99,
    attributes: { gazetteer_id: 'geonames:1167528', country_code: 'PK', admin1: 'Balochistan', admin2: null },
    mentions: [mention('doc_a', TEXT_A, 'Quetta')] }),
  ent({ id: 'ent_karachi', type: 'place', subtype: 'city', name: 'Karachi', lat: 24.86, lon: 67.01,
    attributes: { country_code: 'PK', admin1: 'Sindh' }, mentions: [mention('doc_b', TEXT_B, 'Karachi')] }),
  ent({ id: 'ent_orakzai', type: 'place', subtype: 'district', name: 'Orakzai', attributes: { country_code: 'PK', admin1: 'Khyber Pakhtunkhwa' } }),
  ent({ id: 'ent_village', type: 'place', subtype: 'locality', name: 'Sample Village', mentions: [mention('doc_c', TEXT_C, 'Sample Village')] }),
];

const claim = (over: Partial<ClaimRecord> & Pick<ClaimRecord, 'id' | 'subject' | 'predicate' | 'object'>): ClaimRecord => ({
  valid_from: null, valid_to: null, former: false, negated: false, confidence: 0.8, status: 'proposed',
  marking: 'TLP:CLEAR', agency: 'local', credibility: null, extractor: 'rules/test@1', evidence: [], ...over,
});

const claims: ClaimRecord[] = [
  claim({ id: 'clm_pledge', subject: 'ent_ttp', predicate: 'pledged_allegiance_to', object: 'ent_is', valid_from: '2015-01',
    confidence: 0.9, status: 'accepted', credibility: 2,
    evidence: [ev('doc_a', TEXT_A, 'commanders of the Pakistani Taliban pledged allegiance to the Islamic State')] }),
  claim({ id: 'clm_branch', subject: 'ent_iskp', predicate: 'branch_of', object: 'ent_is', valid_from: '2015',
    evidence: [ev('doc_a', TEXT_A, 'the Khorasan branch was formed in January 2015')] }),
  claim({ id: 'clm_emir', subject: 'ent_emir', predicate: 'leader_of', object: 'ent_iskp', status: 'disputed', confidence: 0.65,
    evidence: [ev('doc_a', TEXT_A, 'Its first emir was Abu Example')] }),
  claim({ id: 'clm_former', subject: 'ent_emir', predicate: 'member_of', object: 'ent_ttp', former: true,
    evidence: [ev('doc_a', TEXT_A, 'a former TTP commander')] }),
  claim({ id: 'clm_denied', subject: 'ent_suspect', predicate: 'member_of', object: 'ent_lej', negated: true,
    marking: 'TLP:AMBER+STRICT', agency: 'local', extractor: 'analyst:ayesha', confidence: 0.555,
    evidence: [ev('doc_b', TEXT_B, 'One of them denied being a member of the group')] }),
  claim({ id: 'clm_splinter', subject: 'ent_jua', predicate: 'splinter_of', object: 'ent_ttp', valid_to: '2016',
    marking: 'TLP:GREEN', agency: 'local', evidence: [ev('doc_b', TEXT_B, 'Jamaat-ul-Ahrar, a splinter of the TTP')] }),
  claim({ id: 'clm_located', subject: 'ent_quetta', predicate: 'located_in', object: 'ent_pk', confidence: 1, status: 'accepted',
    extractor: 'gazetteer@1' }),
  claim({ id: 'clm_rejected', subject: 'ent_lej', predicate: 'operates_in', object: 'ent_orakzai', status: 'rejected',
    valid_from: '2016-02-03', valid_to: '2016-02-03', marking: 'TLP:GREEN', agency: 'local', evidence: [ev('doc_b', TEXT_B, 'active in the area until 2016')] }),
];

const events: EventRecord[] = [
  { id: 'evt_quetta', type: 'bombing', date: '2016-08-08', place: 'ent_quetta',
    participants: [{ role: 'claimed_by', entity: 'ent_iskp' }, { role: 'perpetrator', entity: 'ent_iskp' }],
    killed: 70, injured: 112, arrested: null, amount: null, confidence: 0.85, status: 'accepted', marking: 'TLP:CLEAR', agency: 'local',
    extractor: 'rules/events@2', evidence: [ev('doc_a', TEXT_A, 'claimed the bombing in Quetta on 8 August 2016 that killed 70 people and injured 112')] },
  { id: 'evt_arrest', type: 'arrest', date: '2017-03', place: 'ent_karachi',
    participants: [{ role: 'arresting_agency', entity: 'ent_ctd' }, { role: 'arrested', entity: 'ent_suspect' }, { role: 'target', entity: 'ent_lej' }],
    killed: null, injured: null, arrested: 2, amount: { value: 50000, unit: 'PKR per month' }, confidence: 0.7,
    status: 'disputed', marking: 'TLP:GREEN', agency: 'local', extractor: 'rules/events@2',
    evidence: [ev('doc_b', TEXT_B, 'Police in Karachi arrested two suspected members of Lashkar-e-Jhangvi in March 2017')] },
  { id: 'evt_statement', type: 'statement', date: null, place: null, participants: [], killed: null, injured: null,
    arrested: null, amount: null, confidence: 0.4, status: 'proposed', marking: 'TLP:AMBER', agency: 'local', extractor: 'rules/events@2',
    evidence: [ev('doc_c', TEXT_C, 'told reporters he had never met the militants')] },
];

export function fixtureLedger(): Ledger {
  return structuredClone({ documents, entities, claims, events });
}
