import { describe, expect, it } from 'vitest';
import { extractionToInterchange } from './extraction-to-interchange.js';
import { parseInterchange } from '../interchange/parse.js';
import type { Extraction } from '../extraction/types.js';

const text = 'Lashkar-e-Jhangvi split from Sipah-e-Sahaba in 1996. LeJ bombed Quetta.';
const org = (key: string, name: string) => ({ key, type: 'organization' as const, subtype: 'militant_group', name, aliases: [], lat: null, lon: null, attributes: {} });

const extraction: Extraction = {
  entities: [org('org:lej', 'Lashkar-e-Jhangvi'), org('org:ssp', 'Sipah-e-Sahaba'), { ...org('place:quetta', 'Quetta'), type: 'place', subtype: 'city' }],
  mentions: [
    { entity: 'org:lej', start: 0, end: 17, text: 'Lashkar-e-Jhangvi' },
    { entity: 'org:lej', start: 53, end: 56, text: 'LeJ' },
    { entity: 'org:ssp', start: 29, end: 43, text: 'Sipah-e-Sahaba' },
    { entity: 'place:quetta', start: 64, end: 70, text: 'Quetta' },
  ],
  claims: [
    { subject: 'org:lej', predicate: 'splinter_of', object: 'org:ssp', valid_from: '1996', valid_to: null, former: false, negated: false, confidence: 0.8, extractor: 'rules/splinter@1', evidence: [{ start: 0, end: 52 }] },
    { subject: 'org:lej', predicate: 'allied_with', object: 'org:ghost', valid_from: null, valid_to: null, former: false, negated: false, confidence: 0.5, extractor: 'rules/x@1', evidence: [] },
  ],
  events: [{ type: 'bombing', date: null, place: 'place:quetta', participants: [{ role: 'perpetrator', entity: 'org:lej' }, { role: 'target', entity: 'org:ghost' }], killed: null, injured: null, arrested: null, amount: null, confidence: 0.7, extractor: 'rules/event@1', evidence: [{ start: 53, end: 71 }] }],
};

describe('extractionToInterchange', () => {
  it('gives a valid cellgraph/1 file with keys as ids, mentions on entities and quotes from the text', () => {
    const { interchange, dropped } = extractionToInterchange(text, extraction, { published: '2017-01' });
    expect(() => parseInterchange(JSON.parse(JSON.stringify(interchange)))).not.toThrow();
    const lej = interchange.entities.find((e) => e.id === 'org:lej')!;
    expect(lej.mentions.map((m) => m.text)).toEqual(['Lashkar-e-Jhangvi', 'LeJ']);
    expect(interchange.claims).toHaveLength(1);
    expect(interchange.claims[0]!.evidence[0]!.quote).toBe('Lashkar-e-Jhangvi split from Sipah-e-Sahaba in 1996.');
    expect(interchange.events[0]!.participants).toEqual([{ role: 'perpetrator', entity: 'org:lej' }]);
    expect(interchange.documents[0]!.published).toBe('2017-01');
    expect(dropped).toHaveLength(2);
  });

  it('is deterministic', () => {
    const a = JSON.stringify(extractionToInterchange(text, extraction).interchange);
    expect(JSON.stringify(extractionToInterchange(text, extraction).interchange)).toBe(a);
  });
});
