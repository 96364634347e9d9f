import { describe, expect, it } from 'vitest';
import { score } from './score.js';
import { claim, ent, event, gold, predicted, quoted } from './test-fixtures.js';

const orgs = [
  { id: 'ttp', type: 'organization', name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP'] },
  { id: 'isis', type: 'organization', name: 'Islamic State', aliases: ['ISIS', 'Daesh'] },
  { id: 'lej', type: 'organization', name: 'Lashkar-e-Jhangvi', aliases: ['LeJ'] },
];

describe('entities', () => {
  it('matches exact names and counts misses and spurious predictions by type', () => {
    const g = gold({ entities: [...orgs, { id: 'quetta', type: 'place', name: 'Quetta' }] });
    const r = score(g, predicted({ entities: [ent('a', 'organization', 'Islamic State'), ent('b', 'place', 'Quetta'), ent('c', 'person', 'Nobody Known')] }));
    expect(r.entities.overall).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(r.entities.byType.organization).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(r.entities.byType.place.f1).toBe(1);
    expect(r.entities.byType.person).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(r.entities.misses.map((m) => m.name).sort()).toEqual(['Lashkar-e-Jhangvi', 'Tehrik-i-Taliban Pakistan']);
    expect(r.entities.falsePositives).toEqual([expect.objectContaining({ name: 'Nobody Known', reason: 'spurious' })]);
  });

  it('matches across transliterations, hyphens, case and aliases', () => {
    const g = gold({ entities: orgs });
    const r = score(g, predicted({ entities: [
      ent('a', 'organization', 'Tehreek-e-Taliban Pakistan'),
      ent('b', 'organization', 'DAESH'),
      ent('c', 'organization', 'Lashkar i Jhangvi'),
    ] }));
    expect(r.entities.overall).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  it('does not match across types', () => {
    const g = gold({ entities: [{ id: 'basra', type: 'person', name: 'Riaz Basra', aliases: ['Basra'] }] });
    const r = score(g, predicted({ entities: [ent('a', 'place', 'Basra')] }));
    expect(r.entities.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a second predicted entity for the same gold entity as a duplicate false positive', () => {
    const g = gold({ entities: orgs });
    const r = score(g, predicted({ entities: [ent('a', 'organization', 'TTP'), ent('b', 'organization', 'Tehrik-i-Taliban Pakistan')] }));
    expect(r.entities.overall).toMatchObject({ tp: 1, fp: 1 });
    // The entity named exactly as the gold name wins; the acronym is the duplicate.
    expect(r.entities.matches).toEqual([expect.objectContaining({ gold: 'ttp', predicted: 'b' })]);
    expect(r.entities.falsePositives).toEqual([expect.objectContaining({ id: 'a', reason: 'duplicate', duplicateOf: 'Tehrik-i-Taliban Pakistan' })]);
  });

  it('credits optional gold entities when found and never misses them', () => {
    const g = gold({ entities: [orgs[0], { id: 'un', type: 'organization', name: 'United Nations', optional: true }, { id: 'fc', type: 'organization', name: 'Frontier Corps', optional: true }] });
    const r = score(g, predicted({ entities: [ent('a', 'organization', 'TTP'), ent('b', 'organization', 'United Nations')] }));
    expect(r.entities.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });
});

describe('relations', () => {
  const g = gold({
    entities: [...orgs, { id: 'baghdadi', type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Baghdadi'] }],
    relations: [
      { subject: 'lej', predicate: 'pledged_allegiance_to', object: 'isis', alt_objects: ['baghdadi'], valid_from: '2014-07' },
      { subject: 'ttp', predicate: 'rival_of', object: 'lej', alt_predicates: ['allied_with'] },
      { subject: 'ttp', predicate: 'affiliated_with', object: 'isis', optional: true },
    ],
  });
  const people = [ent('t', 'organization', 'TTP'), ent('i', 'organization', 'ISIS'), ent('l', 'organization', 'LeJ'), ent('b', 'person', 'Baghdadi')];

  it('matches through alternatives, collapses repeated claims and reports a wrong date', () => {
    const r = score(g, predicted({ entities: people, claims: [
      claim('l', 'pledged_allegiance_to', 'b', { valid_from: '2014' }),
      claim('l', 'pledged_allegiance_to', 'b', { valid_from: '2014-07' }),
      claim('t', 'allied_with', 'l'),
    ] }));
    expect(r.relations.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.relations.dateAccuracy).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(r.relations.dateErrors[0]).toMatchObject({ gold: { valid_from: '2014-07' }, predicted: { valid_from: '2014' } });
  });

  it('scores dates right when equal, and accepts symmetric predicates either way round', () => {
    const r = score(g, predicted({ entities: people, claims: [
      claim('l', 'pledged_allegiance_to', 'i', { valid_from: '2014-07' }),
      claim('l', 'rival_of', 't'),
    ] }));
    expect(r.relations.overall).toMatchObject({ tp: 2, fn: 0 });
    expect(r.relations.dateAccuracy.accuracy).toBe(1);
  });

  it('misses required relations, not optional ones, and reports false positives by name', () => {
    const r = score(g, predicted({ entities: people, claims: [claim('t', 'splinter_of', 'i')] }));
    expect(r.relations.overall).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(r.relations.falsePositives[0]).toMatchObject({ subject: 'TTP', predicate: 'splinter_of', object: 'ISIS' });
    expect(r.relations.misses.map((m) => m.predicate).sort()).toEqual(['pledged_allegiance_to', 'rival_of']);
  });

  it('treats the second alternative of a matched relation as redundant, not as a false positive', () => {
    const r = score(g, predicted({ entities: people, claims: [claim('l', 'pledged_allegiance_to', 'i'), claim('l', 'pledged_allegiance_to', 'b')] }));
    expect(r.relations.overall).toMatchObject({ tp: 1, fp: 0 });
    expect(r.relations.redundant).toHaveLength(1);
  });

  it('matches a negated prediction only with a negated gold relation', () => {
    const denied = score(g, predicted({ entities: people, claims: [claim('l', 'pledged_allegiance_to', 'i', { negated: true })] }));
    expect(denied.relations.overall).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    const g2 = gold({ entities: orgs, relations: [{ subject: 'lej', predicate: 'allied_with', object: 'isis', negated: true }] });
    const r2 = score(g2, predicted({ entities: people, claims: [claim('l', 'allied_with', 'i', { negated: true })] }));
    expect(r2.relations.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('resolves relations of a duplicate entity to the gold entity it names', () => {
    const r = score(g, predicted({
      entities: [...people, ent('i2', 'organization', 'Islamic State')],
      claims: [claim('l', 'pledged_allegiance_to', 'i2', { valid_from: '2014-07' }), claim('l', 'pledged_allegiance_to', 'i')],
    }));
    expect(r.entities.falsePositives.map((f) => f.reason)).toEqual(['duplicate']);
    expect(r.relations.overall).toMatchObject({ tp: 1, fp: 0 });
    expect(r.relations.dateAccuracy.accuracy).toBe(1);
  });
});

describe('events', () => {
  const g = gold({
    entities: [...orgs, { id: 'quetta', type: 'place', name: 'Quetta' }, { id: 'karachi', type: 'place', name: 'Karachi' }, { id: 'sabri', type: 'person', name: 'Amjad Sabri' }],
    events: [
      { type: 'bombing', alt_types: ['attack'], date: '2016-08-08', place: 'quetta', killed: 70, injured: 112, participants: [{ role: 'claimed_by', entity: 'isis' }], quote: 'A suicide bomber struck the hospital ... killing at least 70 people' },
      { type: 'shooting', date: '2016-06-22', place: 'karachi', participants: [{ role: 'victim', entity: 'sabri' }] },
      { type: 'killing', participants: [{ role: 'killed_person', entity: 'sabri' }], optional: true },
    ],
  });
  const es = [ent('i', 'organization', 'ISIS'), ent('q', 'place', 'Quetta'), ent('k', 'place', 'Karachi'), ent('s', 'person', 'Amjad Sabri')];

  it('matches by alternative type and date, checks each number and roles', () => {
    const r = score(g, predicted({ entities: es, events: [
      event('attack', { date: '2016-08-08', killed: 70, injured: 100, participants: [{ role: 'perpetrator', entity: 'i' }] }),
    ] }));
    expect(r.events.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(r.events.numberAccuracy).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(r.events.numberErrors).toEqual([expect.objectContaining({ quantity: 'injured', gold: 112, predicted: 100 })]);
    expect(r.events.participantRecall).toMatchObject({ correct: 1, total: 1 });
    expect(r.events.roleAccuracy).toMatchObject({ correct: 0, total: 1 });
  });

  it('matches by place when the date differs, and not on type alone', () => {
    const r = score(g, predicted({ entities: es, events: [
      event('shooting', { date: '2016-06-23', place: 'k' }),
      event('bombing', { date: '2016-01-01' }),
    ] }));
    expect(r.events.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.events.falsePositives[0]).toMatchObject({ type: 'bombing', reason: 'spurious' });
  });

  it('matches a gold event without date or place by participant, credits it as optional, and flags a duplicate', () => {
    const r = score(g, predicted({ entities: es, events: [
      event('shooting', { date: '2016-06-22', place: 'k', participants: [{ role: 'victim', entity: 's' }] }),
      event('shooting', { date: '2016-06-22', place: 'k' }),
      event('killing', { participants: [{ role: 'killed_person', entity: 's' }] }),
    ] }));
    expect(r.events.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.events.falsePositives[0]).toMatchObject({ reason: 'duplicate' });
  });

  it('uses evidence overlapping the gold quote (with its ellipsis) for an event with neither date nor place', () => {
    const g2 = gold({ entities: orgs, events: [{ type: 'arrest', arrested: 5, quote: 'Five perpetrators behind the attack were later arrested by security forces' }] });
    const hit = score(g2, predicted({ entities: [], events: [event('arrest', { arrested: 5, evidence: quoted('Police said five perpetrators behind the attack were later arrested by security forces.') })] }));
    expect(hit.events.overall).toMatchObject({ tp: 1, fp: 0 });
    const miss = score(g2, predicted({ entities: [], events: [event('arrest', { arrested: 5, evidence: quoted('Two men were arrested in Lahore.') })] }));
    expect(miss.events.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
