import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../extraction/types.js';
import type { EntitySummary, SameAsCandidate } from '../store/store.js';
import { resolveExtraction } from './plan.js';

const extracted = (key: string, name: string, aliases: string[] = [], type: ExtractedEntity['type'] = 'organization'): ExtractedEntity =>
  ({ key, type, subtype: null, name, aliases, lat: null, lon: null, attributes: {} });
const stored = (id: string, name: string, aliases: string[] = [], type: EntitySummary['type'] = 'organization'): EntitySummary =>
  ({ id, type, subtype: null, name, aliases, lat: null, lon: null, attributes: {}, mention_count: 1 });
const decision = (a: string, b: string, d: 'same' | 'different'): SameAsCandidate =>
  ({ a, b, score: 0.7, reasons: [], decision: d, decided_by: 'analyst', decided_at: '2026-01-01' });
const newId = (key: string) => `new:${key}`;

describe('resolveExtraction', () => {
  it('maps a transliteration to the stored entity and adds the new spelling as alias', () => {
    const plan = resolveExtraction({
      entities: [extracted('k1', 'Tehrik-i-Taliban Pakistan', ['TTP'])],
      candidates: new Map([['k1', [stored('e1', 'Tehreek-e-Taliban Pakistan', ['TTP'])]]]),
      decisions: [], newId,
    });
    expect(plan.steps).toEqual([{ kind: 'existing', key: 'k1', id: 'e1', addAliases: ['Tehrik-i-Taliban Pakistan'] }]);
  });

  it('creates a new entity and records a possible pair for a namesake', () => {
    const plan = resolveExtraction({
      entities: [extracted('k1', 'Hafiz Saeed', [], 'person')],
      candidates: new Map([['k1', [stored('e9', 'Hafiz Saeed Khan', [], 'person')]]]),
      decisions: [], newId,
    });
    expect(plan.steps[0]?.kind).toBe('new');
    expect(plan.possibleSame).toHaveLength(1);
    expect(plan.possibleSame[0]).toMatchObject({ a: 'e9', b: 'new:k1' });
  });

  it('never merges a pair decided different, and always merges one decided same', () => {
    const candidates = new Map([['k1', [stored('e1', 'Jundallah')]]]);
    const apart = resolveExtraction({ entities: [extracted('k1', 'Jundullah')], candidates, decisions: [decision('new:k1', 'e1', 'different')], newId });
    expect(apart.steps[0]?.kind).toBe('new');
    expect(apart.possibleSame).toEqual([]);
    const joined = resolveExtraction({
      entities: [extracted('k1', 'Jaish al-Adl')], candidates: new Map([['k1', [stored('e1', 'Jundallah')]]]),
      decisions: [decision('e1', 'new:k1', 'same')], newId,
    });
    expect(joined.steps[0]).toMatchObject({ kind: 'existing', id: 'e1', addAliases: ['Jaish al-Adl'] });
  });

  it('joins a later local acronym to an entity created earlier in the same document', () => {
    const plan = resolveExtraction({
      entities: [extracted('a', 'Lashkar-e-Jhangvi'), extracted('b', 'LeJ')],
      candidates: new Map(), decisions: [], newId,
    });
    expect(plan.steps[1]).toEqual({ kind: 'existing', key: 'b', id: 'new:a', addAliases: ['LeJ'] });
  });

  it('is deterministic whatever the candidate order', () => {
    const c = [stored('e2', 'Lashkar-e-Taiba'), stored('e1', 'Lashkar-i-Taiba')];
    const run = (list: EntitySummary[]) => resolveExtraction({ entities: [extracted('k', 'Lashkar-e-Tayyiba')], candidates: new Map([['k', list]]), decisions: [], newId });
    expect(run(c)).toEqual(run([...c].reverse()));
  });
});
