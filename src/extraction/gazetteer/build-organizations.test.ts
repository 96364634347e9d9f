import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOrganizations, validateCurated, type CuratedOrg } from './build-organizations.js';
import { gazetteerDataDir } from './data-dir.js';
import type { DesignationRecord } from './designation-records.js';
import {
  defaultSharedGazetteerDir, designationFilesPresent, readCuratedOrganizations, readDesignationRecords, serialiseOrganizations,
} from './designation-files.js';

const record = (over: Partial<DesignationRecord> & Pick<DesignationRecord, 'list' | 'ref' | 'names'>): DesignationRecord => ({
  listed_on: null, context: '', country: null, maybePerson: false, financialOnly: false, ...over,
});

const curated: CuratedOrg[] = [
  { id: 'jundallah-pk', name: 'Jundallah', subtype: 'militant_group', aliases: ['Jundullah'], country: 'PK' },
  { id: 'jaish-al-adl', name: 'Jaish al-Adl', subtype: 'militant_group', aliases: ['Jaysh al-Adl'], country: 'IR' },
  { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', subtype: 'militant_group', aliases: ['TTP'] },
  { id: 'interpol', name: 'Interpol', subtype: 'other', aliases: [] },
];

describe('buildOrganizations', () => {
  it('puts a listing on the entry its listed name matches, and keeps rival aliases off it', () => {
    const out = buildOrganizations(curated, [
      record({ list: 'ofac', ref: '1', names: ['JAYSH AL-ADL', 'JUNDALLAH', 'PEOPLES RESISTANCE MOVEMENT OF IRAN'] }),
    ]);
    const adl = out.entries.find((e) => e.id === 'jaish-al-adl')!;
    const jun = out.entries.find((e) => e.id === 'jundallah-pk')!;
    expect(adl.designations.map((d) => d.ref)).toEqual(['1']);
    expect(jun.designations).toEqual([]);
    expect(adl.aliases.map((a) => a.text)).not.toContain('Jundallah');
    expect(adl.aliases.find((a) => a.text === 'Peoples Resistance Movement of Iran')?.sources).toEqual(['ofac:1']);
    expect(adl.aliases.find((a) => a.text === 'Jaysh al-Adl')?.sources).toEqual(['curated', 'ofac:1']);
  });

  it('matches transliterations of a listed name and splits "NAME (ACR)"', () => {
    const out = buildOrganizations(curated, [
      record({ list: 'un', ref: 'QDe.1', names: ['TEHREEK-I-TALIBAN PAKISTAN (TTP)'], listed_on: '2011-07-29' }),
    ]);
    const ttp = out.entries.find((e) => e.id === 'ttp')!;
    expect(ttp.designations).toEqual([{ list: 'un', ref: 'QDe.1', listed_on: '2011-07-29', listed_name: 'TEHREEK-I-TALIBAN PAKISTAN (TTP)' }]);
    expect(ttp.aliases.map((a) => a.text)).toContain('Tehreek-i-Taliban Pakistan');
    expect(ttp.aliases.find((a) => a.text === 'TTP')?.sources).toEqual(['curated', 'un:QDe.1']);
  });

  it('does not attach a listing to a body whose name is merely close (Interpal is not Interpol)', () => {
    const out = buildOrganizations(curated, [record({ list: 'ofac', ref: '7', names: ['INTERPAL'], context: 'Palestine' })]);
    expect(out.entries.find((e) => e.id === 'interpol')!.designations).toEqual([]);
    expect(out.entries).toHaveLength(curated.length);
  });

  it('adds unmatched listings of the region and skips the rest', () => {
    const out = buildOrganizations(curated, [
      record({ list: 'un', ref: 'QDe.5', names: ['AL RASHID TRUST'], context: 'offices in Karachi, Pakistan' }),
      record({ list: 'un', ref: 'QDe.6', names: ['ARMED ISLAMIC GROUP'], context: 'Algeria' }),
      record({ list: 'canada', ref: 'x', names: ['Some Person'], context: 'Pakistan', maybePerson: true }),
    ]);
    const added = out.entries.filter((e) => e.origin === 'designation');
    expect(added.map((e) => [e.id, e.subtype, e.country])).toEqual([['al-rashid-trust', 'other', 'PK']]);
    expect(out.counts.from_designations).toBe(1);
  });

  it('is deterministic whatever the order of its inputs', () => {
    const records = [
      record({ list: 'canada', ref: 'c', names: ['Tehrik-e-Taliban Pakistan (TTP)', 'Pakistani Taliban'] }),
      record({ list: 'un', ref: 'QDe.1', names: ['TEHRIK-E TALIBAN PAKISTAN (TTP)', 'Tehrik-e-Taliban'] }),
      record({ list: 'ofac', ref: '2', names: ['JAYSH AL-ADL'] }),
    ];
    const a = serialiseOrganizations(buildOrganizations(curated, records));
    const b = serialiseOrganizations(buildOrganizations([...curated].reverse(), [...records].reverse()));
    expect(a).toBe(b);
  });
});

describe('validateCurated', () => {
  it('rejects duplicate ids, unknown subtypes and relations, and dangling parents', () => {
    const ok: CuratedOrg = { id: 'a', name: 'A', subtype: 'militant_group', aliases: [] };
    expect(() => validateCurated([ok, { ...ok }])).toThrow(/twice/);
    expect(() => validateCurated([{ ...ok, subtype: 'gang' }])).toThrow(/subtype/);
    expect(() => validateCurated([{ ...ok, parent: 'b', relation: 'friend_of' }])).toThrow(/parent needs/);
    expect(() => validateCurated([{ ...ok, parent: 'b', relation: 'branch_of' }])).toThrow(/not a curated id/);
    expect(() => validateCurated([ok, { ...ok, id: 'b', parent: 'a', relation: 'wing_of' }])).not.toThrow();
  });
});

describe.runIf(designationFilesPresent())('shipped organizations.json', () => {
  it('is current: rebuilding from the curated file and the designation lists gives the same bytes', () => {
    const rebuilt = serialiseOrganizations(buildOrganizations(readCuratedOrganizations(), readDesignationRecords(defaultSharedGazetteerDir())));
    const shipped = readFileSync(path.join(gazetteerDataDir(), 'organizations.json'), 'utf8');
    expect(rebuilt === shipped, 'run: npx tsx scripts/build-gazetteer.ts').toBe(true);
  });
});
