/**
 * A small hand-built ledger in cellgraph/1 form, written by us, so the question and
 * curation commands can be tested without depending on extraction quality.
 */
import { createHash } from 'node:crypto';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

const DOC1 = [
  'Jamaat-ul-Ahrar broke away from Tehreek-e-Taliban Pakistan in August 2014.',
  'Hafiz Saeed Khan, a former TTP commander, became the leader of Islamic State Khorasan Province in January 2015.',
  'The Khorasan Province is the regional branch of the Islamic State.',
  'The Islamic State operates in Pakistan, officials said.',
  'A bomb in Quetta on 8 August 2016 killed 70 people.',
].join(' ');
const DOC2 = [
  'Hafiz Saeed Khan was killed in a strike in Nangarhar on 26 July 2016.',
  'Abdul Hasib took over the leadership of the Khorasan Province in August 2016.',
  'The army spokesman denied that the Islamic State operates in Pakistan.',
  'The bombing in Quetta on 8 August 2016 killed 74 people.',
].join(' ');

function ev(doc: { id: string; text: string }, sentence: string) {
  const start = doc.text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not found: ${sentence}`);
  return { document: doc.id, start, end: start + sentence.length, quote: sentence };
}

function mention(doc: { id: string; text: string }, text: string) {
  const start = doc.text.indexOf(text);
  if (start < 0) throw new Error(`fixture mention not found: ${text}`);
  return { document: doc.id, start, end: start + text.length, text };
}

export function fixtureLedger() {
  const d1 = { id: 'doc_fixture1', text: DOC1 };
  const d2 = { id: 'doc_fixture2', text: DOC2 };
  const doc = (d: { id: string; text: string }, title: string, published: string) => ({
    id: d.id, title, source: `${d.id}.txt`, published, sha256: sha(d.text), marking: 'TLP:CLEAR', media_type: 'text/plain',
    text: d.text, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  });
  const entity = (id: string, type: string, subtype: string | null, name: string, aliases: string[], mentions: ReturnType<typeof mention>[]) => ({
    id, type, subtype, name, aliases, lat: null, lon: null, attributes: {}, mentions,
  });
  const s = (d: typeof d1, i: number) => d.text.split(/(?<=\.) /)[i]!;
  const claim = (id: string, subject: string, predicate: string, object: string, e: ReturnType<typeof ev>, extra: Record<string, unknown> = {}) => ({
    id, subject, predicate, object, valid_from: null, valid_to: null, former: false, negated: false, confidence: 0.8,
    status: 'accepted', marking: 'TLP:CLEAR', credibility: null, extractor: 'fixture', evidence: [e], ...extra,
  });
  const event = (id: string, type: string, date: string, place: string, e: ReturnType<typeof ev>, extra: Record<string, unknown> = {}) => ({
    id, type, date, place, participants: [], killed: null, injured: null, arrested: null, amount: null, confidence: 0.8,
    status: 'accepted', marking: 'TLP:CLEAR', extractor: 'fixture', evidence: [e], ...extra,
  });
  return {
    format: 'cellgraph/1',
    documents: [doc(d1, 'Fixture report one', '2016-09-01'), doc(d2, 'Fixture report two', '2016-09-15')],
    entities: [
      entity('ent_jua', 'organization', 'militant_group', 'Jamaat-ul-Ahrar', ['JuA'], [mention(d1, 'Jamaat-ul-Ahrar')]),
      entity('ent_ttp', 'organization', 'militant_group', 'Tehreek-e-Taliban Pakistan', ['TTP'], [mention(d1, 'Tehreek-e-Taliban Pakistan'), mention(d1, 'TTP')]),
      entity('ent_iskp', 'organization', 'militant_group', 'Islamic State Khorasan Province', ['Khorasan Province'], [mention(d1, 'Islamic State Khorasan Province'), mention(d2, 'Khorasan Province')]),
      entity('ent_is', 'organization', 'militant_group', 'Islamic State', [], [mention(d2, 'Islamic State')]),
      entity('ent_hsk', 'person', null, 'Hafiz Saeed Khan', [], [mention(d1, 'Hafiz Saeed Khan'), mention(d2, 'Hafiz Saeed Khan')]),
      entity('ent_hasib', 'person', null, 'Abdul Hasib', [], [mention(d2, 'Abdul Hasib')]),
      entity('ent_pk', 'place', 'country', 'Pakistan', [], [mention(d1, 'Pakistan,')].map((m) => ({ ...m, end: m.end - 1, text: 'Pakistan' }))),
      entity('ent_quetta', 'place', 'city', 'Quetta', [], [mention(d1, 'Quetta'), mention(d2, 'Quetta')]),
      entity('ent_nangarhar', 'place', 'province', 'Nangarhar', [], [mention(d2, 'Nangarhar')]),
    ],
    claims: [
      claim('clm_split', 'ent_jua', 'splinter_of', 'ent_ttp', ev(d1, s(d1, 0)), { valid_from: '2014-08' }),
      claim('clm_hsk_leads', 'ent_hsk', 'leader_of', 'ent_iskp', ev(d1, s(d1, 1)), { valid_from: '2015-01' }),
      claim('clm_hsk_ttp', 'ent_hsk', 'member_of', 'ent_ttp', ev(d1, s(d1, 1)), { former: true }),
      claim('clm_branch', 'ent_iskp', 'branch_of', 'ent_is', ev(d1, s(d1, 2))),
      claim('clm_is_pk', 'ent_is', 'operates_in', 'ent_pk', ev(d1, s(d1, 3))),
      claim('clm_hasib_leads', 'ent_hasib', 'leader_of', 'ent_iskp', ev(d2, s(d2, 1)), { valid_from: '2016-08', status: 'proposed' }),
      claim('clm_is_pk_denied', 'ent_is', 'operates_in', 'ent_pk', ev(d2, s(d2, 2)), { negated: true }),
    ],
    events: [
      event('evt_hsk_killed', 'killing', '2016-07-26', 'ent_nangarhar', ev(d2, s(d2, 0)), { participants: [{ role: 'killed_person', entity: 'ent_hsk' }] }),
      event('evt_quetta_70', 'bombing', '2016-08-08', 'ent_quetta', ev(d1, s(d1, 4)), { killed: 70 }),
      event('evt_quetta_74', 'bombing', '2016-08-08', 'ent_quetta', ev(d2, s(d2, 3)), { killed: 74 }),
    ],
  };
}
