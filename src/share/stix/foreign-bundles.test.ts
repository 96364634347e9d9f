/**
 * Real bundles from other producers (OASIS APT1 and Poison Ivy examples, a MITRE
 * ATT&CK mobile subset) come through import and re-export with every object id and
 * every original property value intact, while the parts we understand reach the ledger.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../interchange/index.js';
import { ledgerToStix, stixToLedger, CELLGRAPH_EXTENSION_ID } from './index.js';
import type { StixBundle, StixObject } from './types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = (file: string): StixBundle =>
  JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/data/stix', file), 'utf8')) as StixBundle;

const BUNDLES = {
  apt1: 'oasis_cti-documentation_apt1.json',
  poisonivy: 'oasis_cti-documentation_poisonivy.json',
  mitre: 'mitre_attack_mobile_17.1_south_asia_subset.json',
};

/** Every original property kept with its value; our extension is the only thing added to mapped objects. */
function assertPreserved(original: StixObject, exported: StixObject | undefined): void {
  expect(exported, original.id).toBeDefined();
  const { extensions, ...rest } = exported!;
  const { extensions: originalExtensions, ...originalRest } = original;
  expect(rest).toEqual(originalRest);
  const exts = { ...(extensions as Record<string, unknown> | undefined) };
  delete exts[CELLGRAPH_EXTENSION_ID];
  expect(Object.keys(exts).length ? exts : undefined).toEqual(originalExtensions);
}

describe.each(Object.entries(BUNDLES))('%s bundle', (_name, file) => {
  const original = load(file);
  const imported = stixToLedger(original);
  const exported = ledgerToStix(imported.ledger, { foreign: imported.foreign });
  const byId = new Map(exported.objects.map((o) => [o.id, o]));

  it('re-exports every object with its id and content', () => {
    for (const o of original.objects) assertPreserved(o, byId.get(o.id));
  });

  it('adds only our extension definition besides the originals', () => {
    const extra = exported.objects.filter((o) => !original.objects.some((x) => x.id === o.id)).map((o) => o.type);
    expect(extra).toEqual(['extension-definition']);
  });

  it('yields a ledger the cellgraph/1 importer accepts', () => {
    expect(() => parseInterchange({ format: 'cellgraph/1', ...imported.ledger })).not.toThrow();
    expect(imported.ledger.entities.length + imported.ledger.documents.length).toBeGreaterThan(0);
  });

  it('is stable: importing the re-export and exporting again changes nothing', () => {
    const again = stixToLedger(exported);
    expect(again.ledger).toEqual(imported.ledger);
    expect(ledgerToStix(again.ledger, { foreign: again.foreign })).toEqual(exported);
  });
});

describe('what reaches the ledger', () => {
  it('APT1: actors, intrusion set and individuals become entities; the report a document', () => {
    const { ledger, warnings } = stixToLedger(load(BUNDLES.apt1));
    const names = ledger.entities.map((e) => `${e.type}/${e.subtype}:${e.name}`);
    expect(names).toContain('organization/militant_group:APT1');
    expect(names).toContain('organization/state_agency:Unit 61398');
    expect(names).toContain('person/null:Wang Dong');
    expect(ledger.entities.find((e) => e.name === 'APT1')!.aliases).toEqual(['Comment Crew', 'Comment Group', 'Shady Rat']);
    expect(ledger.documents).toHaveLength(1);
    expect(ledger.documents[0]).toMatchObject({ title: "APT1: Exposing One of China's Cyber Espionage Units", published: '2013-02-19' });
    expect(ledger.documents[0]!.text.length).toBeGreaterThan(100);
    // attributed-to, uses, indicates are not in our vocabulary: kept, not guessed
    expect(ledger.claims).toEqual([]);
    expect(warnings.join('\n')).toMatch(/relationship \(uses\)/);
  });

  it('MITRE: intrusion sets become organisations; the producer identity stays a producer', () => {
    const { ledger, foreign } = stixToLedger(load(BUNDLES.mitre));
    expect(ledger.entities.map((e) => e.name).sort()).toEqual(['BITTER', 'Confucius', 'Windshift']);
    expect(ledger.entities.find((e) => e.name === 'Windshift')!.aliases).toContain('Bahamut');
    expect(foreign.some((o) => o.type === 'identity')).toBe(true);
    expect(ledger.entities.some((e) => e.name === 'The MITRE Corporation')).toBe(false);
  });

  it('Poison Ivy: keeps every object, maps the report', () => {
    const { ledger, foreign } = stixToLedger(load(BUNDLES.poisonivy));
    expect(ledger.documents).toHaveLength(1);
    expect(foreign.length).toBe(load(BUNDLES.poisonivy).objects.length);
  });
});

describe('what kept objects are stored under', () => {
  it('gives every kept object its TLP marking and the importing agency', () => {
    const bundle = load(BUNDLES.poisonivy);
    const amber = bundle.objects.find((o) => o.type === 'malware')!;
    const marked: StixBundle = {
      ...bundle,
      objects: bundle.objects.map((o) => (o.id === amber.id ? { ...o, object_marking_refs: ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421'] } : o)),
    };
    const { foreign, foreignOwners } = stixToLedger(marked, { defaultMarking: 'TLP:GREEN', agency: 'ctd-a' });
    expect(foreign.every((o) => foreignOwners.get(o.id)?.agency === 'ctd-a')).toBe(true);
    expect(foreignOwners.get(amber.id)!.marking).toBe('TLP:AMBER');
    expect(foreign.filter((o) => o.id !== amber.id).every((o) => foreignOwners.get(o.id)!.marking === 'TLP:GREEN')).toBe(true);
    expect(stixToLedger(bundle).foreignOwners.get(amber.id)).toEqual({ marking: 'TLP:CLEAR', agency: 'local' });
  });
});
