import { describe, expect, it } from 'vitest';
import { score } from './score.js';
import { formatMacro, formatReport } from './format-report.js';
import { evaluateMany } from './evaluate-many.js';
import { claim, ent, event, gold, predicted } from './test-fixtures.js';

const g = gold({
  entities: [
    { id: 'ttp', type: 'organization', name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP'] },
    { id: 'isis', type: 'organization', name: 'Islamic State' },
    { id: 'quetta', type: 'place', name: 'Quetta' },
  ],
  relations: [{ subject: 'ttp', predicate: 'rival_of', object: 'isis' }],
  events: [{ type: 'bombing', date: '2016-08-08', place: 'quetta', killed: 70 }],
});

describe('formatReport', () => {
  it('names entities in misses and false positives, never ids', () => {
    const r = score(g, predicted({
      entities: [ent('e1', 'organization', 'TTP'), ent('e2', 'organization', 'Islamic State'), ent('e3', 'place', 'Quetta'), ent('e4', 'organization', 'Tehreek-e-Taliban Pakistan')],
      claims: [claim('e1', 'branch_of', 'e2')],
      events: [event('bombing', { date: '2016-08-08', killed: 71 })],
    }));
    const text = formatReport(r);
    expect(text).toMatch(/false-positive entities \(1\)\n {2}- organization (TTP|Tehreek-e-Taliban Pakistan) \(duplicate of Tehrik-i-Taliban Pakistan\)/);
    expect(text).toContain('missed relations (1)\n  - Tehrik-i-Taliban Pakistan rival_of Islamic State');
    expect(text).toMatch(/false-positive relations \(1\)\n {2}- (TTP|Tehreek-e-Taliban Pakistan) branch_of Islamic State/);
    expect(text).toContain('killed: gold 70, predicted 71');
    expect(text).not.toMatch(/\be[1-4]\b/);
    expect(text).not.toContain('matched events');
    expect(formatReport(r, { matches: true })).toContain('matched events (gold ⇐ predicted) (1)\n  - bombing 2016-08-08 at Quetta ⇐ bombing 2016-08-08 no place');
  });

  it('averages documents equally and skips accuracies with nothing to check', () => {
    const perfect = score(g, predicted({
      entities: [ent('a', 'organization', 'TTP'), ent('b', 'organization', 'Islamic State'), ent('c', 'place', 'Quetta')],
      claims: [claim('b', 'rival_of', 'a')],
      events: [event('bombing', { date: '2016-08-08', killed: 70 })],
    }));
    const empty = score(g, predicted({ entities: [] }));
    const m = evaluateMany([perfect, empty]);
    expect(m.entities.f1).toBe(0.5);
    expect(m.relations.f1).toBe(0.5);
    expect(m.events.numberAccuracy).toBe(1);
    expect(m.relations.dateAccuracy).toBeNull();
    expect(formatMacro(m)).toContain('macro mean over 2 document(s)');
  });
});
