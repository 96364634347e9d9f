/**
 * The parts of the review queue and the session that decide what is sent, without a
 * browser: a correction carries only what the analyst changed, merge candidates are
 * found by name or alias with the entity itself left out, and the CSRF cookie is read
 * by exact name.
 */
import { describe, expect, it } from 'vitest';
import { correction, matches } from '../../web/src/review-forms.js';
import { readCookie } from '../../web/src/session.js';
import type { Claim, Entity } from '../../web/src/api.js';

const claim: Claim = {
  id: 'clm_1', subject: 'ent_a', predicate: 'leader_of', object: 'ent_b', valid_from: '2019', valid_to: null,
  former: false, negated: false, confidence: 0.7, status: 'proposed', marking: 'TLP:CLEAR', credibility: null, extractor: 'rules', evidence: [],
};
const unchanged = { from: '2019', to: '', negated: false, former: false, confidence: 0.7 };

describe('claim corrections', () => {
  it('sends nothing when nothing changed', () => {
    expect(correction(claim, unchanged)).toEqual({});
  });
  it('sends only the changed fields, and an emptied date as null', () => {
    expect(correction(claim, { ...unchanged, from: ' ', to: '2020-05', former: true })).toEqual({ valid_from: null, valid_to: '2020-05', former: true });
    expect(correction(claim, { ...unchanged, negated: true, confidence: 0.9 })).toEqual({ negated: true, confidence: 0.9 });
    expect(correction(claim, { ...unchanged, credibility: 2 })).toEqual({ credibility: 2 });
    expect(correction({ ...claim, credibility: 2 }, { ...unchanged, credibility: null })).toEqual({ credibility: null });
  });
  it('ignores a confidence that is not a number', () => {
    expect(correction(claim, { ...unchanged, confidence: Number.NaN })).toEqual({});
  });
});

describe('merge candidates', () => {
  const e = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'organization', subtype: null, name, aliases, lat: null, lon: null });
  const all = [e('a', 'Lashkar-e-Taiba', ['LeT']), e('b', 'Jaish-e-Mohammed', ['JeM']), e('c', 'Tehrik-e-Taliban', ['TTP']), e('d', 'Taliban')];

  it('finds by name or alias, names that start with the query first, never the entity itself', () => {
    expect(matches(all, 'taliban', 'x').map((x) => x.id)).toEqual(['d', 'c']);
    expect(matches(all, 'jem', 'x').map((x) => x.id)).toEqual(['b']);
    expect(matches(all, '', 'a').map((x) => x.id)).toEqual(['b', 'd', 'c']);
  });
});

describe('the CSRF cookie', () => {
  it('is read by exact name and decoded', () => {
    expect(readCookie('a=1; cellgraph_csrf=abc%3D%3D; cellgraph_csrf_old=zzz', 'cellgraph_csrf')).toBe('abc==');
    expect(readCookie('xcellgraph_csrf=1', 'cellgraph_csrf')).toBeNull();
    expect(readCookie('', 'cellgraph_csrf')).toBeNull();
  });
});
