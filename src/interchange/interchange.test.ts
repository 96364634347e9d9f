import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse.js';
import { toInterchange } from './to-interchange.js';
import { isWorkbenchError } from '../core/errors.js';

const text = 'Lashkar-e-Jhangvi is a splinter of Sipah-e-Sahaba Pakistan. It bombed Quetta in 2013.';
const doc = 'doc_1';

function valid() {
  return {
    format: 'cellgraph/1',
    documents: [{ id: doc, title: 'Brief', source: 'brief.txt', published: '2017-01-30', sha256: 'a'.repeat(64), marking: 'TLP:CLEAR', media_type: 'text/plain', text, ingested_at: '2026-11-29T02:00:00.000Z', reliability: 'B' }],
    entities: [
      { id: 'ent_lej', type: 'organization', subtype: 'militant_group', name: 'Lashkar-e-Jhangvi', aliases: ['LeJ'], lat: null, lon: null, attributes: { designation: 'UN QDe.096' }, mentions: [{ document: doc, start: 0, end: 17, text: 'Lashkar-e-Jhangvi' }] },
      { id: 'ent_ssp', type: 'organization', subtype: 'militant_group', name: 'Sipah-e-Sahaba Pakistan', aliases: [], lat: null, lon: null, attributes: {}, mentions: [{ document: doc, start: 35, end: 58, text: 'Sipah-e-Sahaba Pakistan' }] },
      { id: 'ent_quetta', type: 'place', subtype: 'city', name: 'Quetta', aliases: [], lat: 30.18, lon: 66.99, attributes: {}, mentions: [{ document: doc, start: 70, end: 76, text: 'Quetta' }] },
    ],
    claims: [{ id: 'clm_1', subject: 'ent_lej', predicate: 'splinter_of', object: 'ent_ssp', valid_from: null as string | null, valid_to: null as string | null, former: false, negated: false, confidence: 0.8, status: 'proposed', marking: 'TLP:CLEAR', credibility: 2, extractor: 'rules/splinter@1', evidence: [{ document: doc, start: 0, end: 59, quote: text.slice(0, 59) }] }],
    events: [{ id: 'evt_1', type: 'bombing', date: '2013', place: 'ent_quetta', participants: [{ role: 'perpetrator', entity: 'ent_lej' }], killed: null, injured: null, arrested: null, amount: null, confidence: 0.7, status: 'proposed', marking: 'TLP:AMBER', extractor: 'rules/event@1', evidence: [{ document: doc, start: 60, end: 85, quote: text.slice(60, 85) }] }],
  };
}

type Data = ReturnType<typeof valid>;

function rejection(mutate: (d: Data) => void): string {
  const d = valid();
  mutate(d);
  try {
    parseInterchange(JSON.parse(JSON.stringify(d)));
  } catch (e) {
    if (isWorkbenchError(e) && e.code === 'invalid_input') return e.message;
    throw e;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseInterchange', () => {
  it('accepts a valid file and returns the records', () => {
    const data = parseInterchange(valid());
    expect(data.claims[0]!.predicate).toBe('splinter_of');
    expect(data.entities[0]!.attributes).toEqual({ designation: 'UN QDe.096' });
    expect(data.documents[0]!.reliability).toBe('B');
  });

  it('fills omitted nullable additions with defaults', () => {
    const d = valid() as Record<string, any>;
    delete d.documents[0].reliability;
    delete d.entities[1].attributes;
    delete d.claims[0].credibility;
    delete d.events[0].amount;
    const data = parseInterchange(d);
    expect([data.documents[0]!.reliability, data.claims[0]!.credibility, data.events[0]!.amount]).toEqual([null, null, null]);
    expect(data.entities[1]!.attributes).toEqual({});
  });

  it.each<[string, (d: Data) => void, RegExp]>([
    ['a wrong format tag', (d) => { d.format = 'cellgraph/2'; }, /^format: expected "cellgraph\/1", got "cellgraph\/2"$/],
    ['a missing format tag', (d) => { delete (d as Partial<Data>).format; }, /^format: /],
    ['an unknown predicate', (d) => { d.claims[0]!.predicate = 'funds'; }, /^claims\[0\]\.predicate: unknown value "funds"$/],
    ['an unknown entity type', (d) => { d.entities[0]!.type = 'group'; }, /^entities\[0\]\.type: unknown value "group"$/],
    ['an unknown event type', (d) => { d.events[0]!.type = 'riot'; }, /^events\[0\]\.type: unknown value "riot"$/],
    ['an unknown role', (d) => { d.events[0]!.participants[0]!.role = 'sponsor'; }, /^events\[0\]\.participants\[0\]\.role: unknown value "sponsor"$/],
    ['an unknown status', (d) => { d.claims[0]!.status = 'maybe'; }, /^claims\[0\]\.status: unknown value "maybe"$/],
    ['an unknown marking', (d) => { d.documents[0]!.marking = 'TLP:WHITE'; }, /^documents\[0\]\.marking: unknown value "TLP:WHITE"$/],
    ['an unknown key', (d) => { (d.claims[0] as Record<string, unknown>).evidance = []; }, /^claims\[0\]: unknown key "evidance"$/],
    ['a bad date string', (d) => { d.claims[0]!.valid_from = '2014-13'; }, /^claims\[0\]\.valid_from: not a date/],
    ['a timestamp as a date', (d) => { d.events[0]!.date = '2013-05-01T00:00:00Z'; }, /^events\[0\]\.date: not a date/],
    ['valid_to before valid_from', (d) => { d.claims[0]!.valid_from = '2015'; d.claims[0]!.valid_to = '2014-06'; }, /^claims\[0\]\.valid_to: 2014-06 is before valid_from 2015$/],
    ['a dangling claim object', (d) => { d.claims[0]!.object = 'ent_nobody'; }, /^claims\[0\]\.object: no entity "ent_nobody" in the file$/],
    ['a dangling event place', (d) => { d.events[0]!.place = 'ent_nowhere'; }, /^events\[0\]\.place: no entity "ent_nowhere"/],
    ['a dangling participant', (d) => { d.events[0]!.participants[0]!.entity = 'ent_x'; }, /^events\[0\]\.participants\[0\]\.entity: no entity "ent_x"/],
    ['evidence in a document not in the file', (d) => { d.claims[0]!.evidence[0]!.document = 'doc_2'; }, /^claims\[0\]\.evidence\[0\]\.document: no document "doc_2" in the file$/],
    ['a mention in a document not in the file', (d) => { d.entities[2]!.mentions[0]!.document = 'doc_2'; }, /^entities\[2\]\.mentions\[0\]\.document: no document "doc_2"/],
    ['a quote that differs from the text', (d) => { d.claims[0]!.evidence[0]!.quote = 'LeJ is a splinter of SSP.'; }, /^claims\[0\]\.evidence\[0\]\.quote: does not equal the document text at 0-59$/],
    ['a mention text that differs from the text', (d) => { d.entities[0]!.mentions[0]!.text = 'Lashkar-i-Jhangvi'; }, /^entities\[0\]\.mentions\[0\]\.text: does not equal/],
    ['offsets past the end of the text', (d) => { d.events[0]!.evidence[0]!.end = 500; }, /^events\[0\]\.evidence\[0\]: offsets 60-500 out of range \(document "doc_1" has 85 characters\)$/],
    ['offsets in the wrong order', (d) => { d.entities[0]!.mentions[0]!.start = 20; }, /^entities\[0\]\.mentions\[0\]: offsets 20-17 out of range/],
    ['a negative offset', (d) => { d.claims[0]!.evidence[0]!.start = -1; }, /^claims\[0\]\.evidence\[0\]\.start: must not be negative$/],
    ['a duplicate entity id', (d) => { d.entities[1]!.id = 'ent_lej'; }, /^entities\[1\]\.id: duplicate id "ent_lej"$/],
    ['a confidence above 1', (d) => { d.claims[0]!.confidence = 80; }, /^claims\[0\]\.confidence: /],
    ['a credibility outside 1–6', (d) => { d.claims[0]!.credibility = 7; }, /^claims\[0\]\.credibility: /],
    ['a sha256 that is not hex', (d) => { d.documents[0]!.sha256 = 'xyz'; }, /^documents\[0\]\.sha256: must be 64 lower-case hex digits$/],
  ])('rejects %s with a one-line message naming the path', (_what, mutate, message) => {
    const m = rejection(mutate);
    expect(m).toMatch(message);
    expect(m).not.toContain('\n');
  });

  it('rejects what is not an object', () => {
    expect(() => parseInterchange('[]')).toThrow(/invalid input|expected object/i);
    expect(() => parseInterchange(null)).toThrow();
  });
});

describe('toInterchange', () => {
  it('is byte-identical whatever order the records and their spans come in, and round-trips', () => {
    const data = parseInterchange(valid());
    const shuffled = {
      documents: [...data.documents],
      entities: [...data.entities].reverse().map((e) => ({ ...e, mentions: [...e.mentions].reverse(), attributes: { ...e.attributes } })),
      claims: [...data.claims].reverse(),
      events: [...data.events].reverse(),
    };
    const a = JSON.stringify(toInterchange(data));
    expect(JSON.stringify(toInterchange(shuffled))).toBe(a);
    expect(toInterchange(data).entities.map((e) => e.id)).toEqual(['ent_lej', 'ent_quetta', 'ent_ssp']);
    expect(JSON.stringify(toInterchange(parseInterchange(JSON.parse(a))))).toBe(a);
  });

  it('writes keys in a fixed order regardless of how records were built', () => {
    const data = parseInterchange(valid());
    const claim = data.claims[0]!;
    const scrambled = Object.fromEntries(Object.entries(claim).reverse()) as typeof claim;
    const out = toInterchange({ ...data, claims: [scrambled] });
    expect(Object.keys(out.claims[0]!)[0]).toBe('id');
    expect(JSON.stringify(out)).toBe(JSON.stringify(toInterchange(data)));
  });
});
