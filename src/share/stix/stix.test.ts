/**
 * Cellgraph ⇄ STIX: lossless round trips, deterministic output, and the mapping
 * choices a STIX reader relies on (types, roles, markings, notes on contested claims).
 */
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../interchange/index.js';
import { fixtureLedger } from './test-fixture.js';
import { isStixBundle, ledgerToStix, stixToLedger, TLP2_IDS, CELLGRAPH_EXTENSION_ID } from './index.js';
import type { StixObject } from './types.js';

const ID = /^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ext = (o: StixObject): Record<string, unknown> => (o.extensions as Record<string, Record<string, unknown>>)[CELLGRAPH_EXTENSION_ID]!;

function byRecord(objects: readonly StixObject[], recordId: string): StixObject {
  const found = objects.find((o) => o.extensions && ext(o)?.record_id === recordId);
  if (!found) throw new Error(`no object for ${recordId}`);
  return found;
}

describe('ledgerToStix / stixToLedger round trips', () => {
  it('ledger → STIX → ledger gives the same records', () => {
    const ledger = fixtureLedger();
    const back = stixToLedger(ledgerToStix(ledger));
    expect(back.ledger).toEqual(ledger);
    expect(back.foreign).toEqual([]);
    expect(back.warnings).toEqual([]);
    // and what comes back passes the cellgraph/1 integrity checks (offsets, quotes, references)
    expect(() => parseInterchange({ format: 'cellgraph/1', ...back.ledger })).not.toThrow();
  });

  it('exports deterministically and export → import → export is identical', () => {
    const first = ledgerToStix(fixtureLedger(), { identity: { name: 'Example CTD' } });
    expect(ledgerToStix(fixtureLedger(), { identity: { name: 'Example CTD' } })).toEqual(first);
    const again = stixToLedger(first);
    const second = ledgerToStix(again.ledger, { identity: { name: 'Example CTD' }, foreign: again.foreign });
    expect(second).toEqual(first);
  });

  it('gives every object a valid id and ties ids to record ids, not to content', () => {
    const ledger = fixtureLedger();
    const bundle = ledgerToStix(ledger);
    for (const o of bundle.objects) expect(o.id).toMatch(ID);
    // ours are name-based (version 5); the TLP definitions keep their published ids
    for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition')) expect(o.id).toMatch(/--[0-9a-f]{8}-[0-9a-f]{4}-5/);
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
    const edited = fixtureLedger();
    edited.entities[0] = { ...edited.entities[0]!, name: 'ISKP (renamed)' };
    const after = ledgerToStix(edited);
    expect(byRecord(after.objects, 'ent_iskp').id).toBe(byRecord(bundle.objects, 'ent_iskp').id);
    expect(after.id).not.toBe(bundle.id);
  });
});

describe('mapping', () => {
  const bundle = ledgerToStix(fixtureLedger(), { identity: { name: 'Example CTD', id: 'identity--0c8a1d44-1f0f-4c53-9b7e-1c1f7a9f3a11' } });
  const o = (rid: string): StixObject => byRecord(bundle.objects, rid);

  it('maps militant groups and the people who act for them to threat actors', () => {
    expect(o('ent_iskp')).toMatchObject({ type: 'threat-actor', threat_actor_types: ['terrorist'], aliases: ['ISKP', 'Khorasan branch'],
      first_seen: '2015-01-01T00:00:00.000Z' });
    expect(o('ent_emir')).toMatchObject({ type: 'threat-actor', roles: ['agent', 'director'] });
    expect(o('ent_jua')).toMatchObject({ type: 'threat-actor', last_seen: '2016-12-31T23:59:59.999Z' });
    // dated by the documents behind it: first ingestion creates, the latest one is the current version
    expect(o('ent_ttp')).toMatchObject({ created: '2026-11-01T10:00:00.000Z', modified: '2026-11-02T08:30:00.123Z' });
    expect(o('ent_suspect')).toMatchObject({ created: '1970-01-01T00:00:00.000Z', modified: '1970-01-01T00:00:00.000Z' });
  });

  it('maps agencies and people without a group to identities', () => {
    expect(o('ent_ctd')).toMatchObject({ type: 'identity', identity_class: 'organization', name: 'Counter Terrorism Department' });
    expect(o('ent_elder')).toMatchObject({ type: 'identity', identity_class: 'individual' });
    // a denied membership does not make someone a threat actor
    expect(o('ent_suspect')).toMatchObject({ type: 'identity', identity_class: 'individual' });
  });

  it('maps places to locations with country, area, city and point', () => {
    expect(o('ent_quetta')).toMatchObject({ type: 'location', country: 'PK', administrative_area: 'Balochistan', city: 'Quetta',
      latitude: 30.18, longitude: 66.99, precision: 10000 });
    expect(o('ent_orakzai')).toMatchObject({ type: 'location', country: 'PK', administrative_area: 'Khyber Pakhtunkhwa' });
    expect(o('ent_orakzai')).not.toHaveProperty('latitude');
    expect(o('ent_village')).toMatchObject({ type: 'location', region: 'unknown' });
  });

  it('maps documents to reports listing what they support', () => {
    const a = o('doc_a');
    expect(a).toMatchObject({ type: 'report', name: 'Growth of a militant branch', published: '2017-01-01T00:00:00.000Z',
      object_marking_refs: [TLP2_IDS['TLP:CLEAR']], created: '2026-11-01T10:00:00.000Z' });
    expect(ext(a)).toMatchObject({ published_date: '2017-01', reliability: 'B' });
    const refs = a.object_refs as string[];
    for (const rid of ['ent_iskp', 'clm_pledge', 'clm_emir', 'evt_quetta', 'ent_quetta']) expect(refs).toContain(o(rid).id);
    expect(refs).not.toContain(o('clm_denied').id);
    expect(o('doc_c').published).toBe('2026-11-01T10:00:00.000Z');
  });

  it('maps claims to relationships with kebab-case types, times, confidence and markings', () => {
    expect(o('clm_pledge')).toMatchObject({ type: 'relationship', relationship_type: 'pledged-allegiance-to',
      source_ref: o('ent_ttp').id, target_ref: o('ent_is').id, start_time: '2015-01-01T00:00:00.000Z', confidence: 90,
      object_marking_refs: [TLP2_IDS['TLP:CLEAR']], created_by_ref: 'identity--0c8a1d44-1f0f-4c53-9b7e-1c1f7a9f3a11' });
    expect(o('clm_splinter')).toMatchObject({ stop_time: '2016-12-31T23:59:59.999Z', object_marking_refs: [TLP2_IDS['TLP:GREEN']] });
    expect(o('clm_denied')).toMatchObject({ confidence: 56, object_marking_refs: [TLP2_IDS['TLP:AMBER+STRICT']] });
    expect(o('clm_rejected')).toMatchObject({ start_time: '2016-02-03T00:00:00.000Z', stop_time: '2016-02-03T23:59:59.999Z' });
  });

  it('puts a note on negated, disputed and rejected claims and events only', () => {
    const notes = bundle.objects.filter((x) => x.type === 'note');
    const about = notes.map((n) => (n.object_refs as string[])[0]);
    expect(about.sort()).toEqual([o('clm_denied').id, o('clm_emir').id, o('clm_rejected').id, o('evt_arrest').id].sort());
    const denied = notes.find((n) => (n.object_refs as string[])[0] === o('clm_denied').id)!;
    expect(denied.content).toMatch(/denies/);
    expect(denied.object_marking_refs).toEqual([TLP2_IDS['TLP:AMBER+STRICT']]);
  });

  it('maps events to incidents with role relationships', () => {
    const incident = o('evt_quetta');
    expect(incident).toMatchObject({ type: 'incident', name: 'bombing, 2016-08-08, Quetta' });
    expect(ext(incident)).toMatchObject({ event_type: 'bombing', date: '2016-08-08', killed: 70, injured: 112 });
    const links = bundle.objects.filter((x) => x.type === 'relationship' && x.source_ref === incident.id);
    expect(links.map((l) => [l.relationship_type, l.target_ref]).sort()).toEqual([
      ['attributed-to', o('ent_iskp').id], ['claimed-by', o('ent_iskp').id], ['located-at', o('ent_quetta').id],
    ].sort());
    const arrest = bundle.objects.filter((x) => x.type === 'relationship' && x.source_ref === o('evt_arrest').id);
    expect(arrest.map((l) => l.relationship_type).sort()).toEqual(['arrested', 'arresting-agency', 'located-at', 'targets']);
  });

  it('emits exactly the TLP 2.0 markings in use, our extension definition and the identity', () => {
    const markings = bundle.objects.filter((x) => x.type === 'marking-definition').map((m) => m.name);
    expect(markings).toEqual(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT']);
    expect(bundle.objects.filter((x) => x.type === 'extension-definition').map((x) => x.id)).toEqual([CELLGRAPH_EXTENSION_ID]);
    expect(bundle.objects[0]).toMatchObject({ type: 'identity', name: 'Example CTD' });
  });
});

describe('import details', () => {
  it('recognises bundles', () => {
    expect(isStixBundle(ledgerToStix(fixtureLedger()))).toBe(true);
    expect(isStixBundle({ format: 'cellgraph/1', documents: [] })).toBe(false);
    expect(isStixBundle(null)).toBe(false);
    expect(() => stixToLedger({ type: 'report' })).toThrow(/not a STIX bundle/);
  });

  it('reads TLP 1.0 markings as TLP 2.0 with a warning', () => {
    const white = 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9';
    const amber = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
    const bundle = { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [
      { type: 'marking-definition', spec_version: '2.1', id: white, created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', definition: { tlp: 'white' } },
      { type: 'identity', spec_version: '2.1', id: 'identity--1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b1b', created: '2020-01-01T00:00:00.000Z',
        modified: '2020-01-01T00:00:00.000Z', name: 'A', identity_class: 'organization' },
      { type: 'report', spec_version: '2.1', id: 'report--2c2c2c2c-2c2c-4c2c-8c2c-2c2c2c2c2c2c', created: '2020-01-01T00:00:00.000Z',
        modified: '2020-01-01T00:00:00.000Z', name: 'R', published: '2020-01-01T00:00:00Z', object_refs: ['identity--1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b1b'],
        object_marking_refs: [white] },
      { type: 'report', spec_version: '2.1', id: 'report--3d3d3d3d-3d3d-4d3d-8d3d-3d3d3d3d3d3d', created: '2020-01-01T00:00:00.000Z',
        modified: '2020-01-01T00:00:00.000Z', name: 'S', published: '2020-01-01T00:00:00Z', object_refs: ['identity--1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b1b'],
        object_marking_refs: [amber], x_custom_score: 7 },
    ] };
    const { ledger, warnings, foreign } = stixToLedger(bundle);
    expect(ledger.documents.map((d) => d.marking)).toEqual(['TLP:CLEAR', 'TLP:AMBER']);
    expect(warnings.some((w) => w.includes('TLP 1.0') && w.includes('TLP:CLEAR'))).toBe(true);
    // custom properties survive the trip through the ledger
    const out = ledgerToStix(ledger, { foreign });
    expect(out.objects.find((x) => x.id === 'report--3d3d3d3d-3d3d-4d3d-8d3d-3d3d3d3d3d3d')).toMatchObject({ x_custom_score: 7, name: 'S' });
  });

  it('keeps analyst edits to a foreign object in our extension and tightens its marking', () => {
    const actor = { type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--4e4e4e4e-4e4e-4e4e-8e4e-4e4e4e4e4e4e',
      created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z', name: 'Group X', aliases: ['GX'],
      threat_actor_types: ['terrorist'], x_vendor_rank: 3 };
    const rel = { type: 'relationship', spec_version: '2.1', id: 'relationship--5f5f5f5f-5f5f-4f5f-8f5f-5f5f5f5f5f5f',
      created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z', relationship_type: 'allied-with',
      source_ref: actor.id, target_ref: actor.id, confidence: 40 };
    const first = stixToLedger({ type: 'bundle', id: 'bundle--6a6a6a6a-6a6a-4a6a-8a6a-6a6a6a6a6a6a', objects: [actor, rel] });
    expect(first.ledger.entities[0]).toMatchObject({ type: 'organization', subtype: 'militant_group', name: 'Group X', aliases: ['GX'] });
    expect(first.ledger.claims[0]).toMatchObject({ predicate: 'allied_with', confidence: 0.4, marking: 'TLP:CLEAR' });
    const ledger = first.ledger;
    ledger.entities[0] = { ...ledger.entities[0]!, aliases: ['GX', 'Jamaat X'] };
    ledger.claims[0] = { ...ledger.claims[0]!, marking: 'TLP:RED' };
    const out = ledgerToStix(ledger, { foreign: first.foreign });
    const a = out.objects.find((x) => x.id === actor.id)!;
    expect(a).toMatchObject({ ...actor });
    expect(ext(a)).toMatchObject({ foreign: true, aliases: ['GX', 'Jamaat X'] });
    expect(out.objects.find((x) => x.id === rel.id)).toMatchObject({ confidence: 40, object_marking_refs: [TLP2_IDS['TLP:RED']] });
    const back = stixToLedger(out);
    expect(back.ledger).toEqual(ledger);
    expect(ledgerToStix(back.ledger, { foreign: back.foreign })).toEqual(out);
  });

  it('keeps custom properties another tool added to our objects, and the rest follows the ledger', () => {
    const bundle = ledgerToStix(fixtureLedger());
    const iskp = byRecord(bundle.objects, 'ent_iskp');
    const decorated = bundle.objects.map((x) => (x.id === iskp.id
      ? { ...x, x_opencti_score: 80, extensions: { ...(x.extensions as object), 'x-vendor-ext': { extension_type: 'property-extension', tier: 1 } } }
      : x));
    const imported = stixToLedger({ ...bundle, objects: decorated });
    expect(imported.ledger).toEqual(fixtureLedger());
    expect(imported.foreign.map((x) => x.id)).toEqual([iskp.id]);
    const edited = imported.ledger;
    edited.entities[0] = { ...edited.entities[0]!, aliases: ['ISKP'] };
    const out = byRecord(ledgerToStix(edited, { foreign: imported.foreign }).objects, 'ent_iskp');
    expect(out).toMatchObject({ id: iskp.id, x_opencti_score: 80, aliases: ['ISKP'] });
    expect(Object.keys(out.extensions as object).sort()).toEqual([CELLGRAPH_EXTENSION_ID, 'x-vendor-ext']);
    expect(ext(out).foreign).toBeUndefined();
  });

  it('keeps an object whose Cellgraph extension is malformed, with a warning, instead of guessing', () => {
    const bundle = ledgerToStix(fixtureLedger());
    const pledge = byRecord(bundle.objects, 'clm_pledge');
    const broken = { ...pledge, extensions: { [CELLGRAPH_EXTENSION_ID]: { ...ext(pledge), predicate: 'funds' } } };
    const { ledger, foreign, warnings } = stixToLedger({ ...bundle, objects: bundle.objects.map((x) => (x.id === pledge.id ? broken : x)) });
    expect(ledger.claims.map((c) => c.id)).not.toContain('clm_pledge');
    expect(ledger.claims).toHaveLength(fixtureLedger().claims.length - 1);
    expect(foreign).toEqual([broken]);
    expect(warnings).toEqual([expect.stringContaining('known predicate')]);
  });
});
