import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ontology } from '../../model/ontology.js';
import { gazetteerDataDir } from './data-dir.js';
import { findOrganization, organizations, orgSurfaceForms } from './index.js';
import type { GeneratedOrgFile } from './types.js';

const generated = JSON.parse(readFileSync(path.join(gazetteerDataDir(), 'organizations.json'), 'utf8')) as GeneratedOrgFile;
const byId = (id: string) => organizations().find((o) => o.id === id);
const refs = (id: string) => byId(id)?.designations.map((d) => `${d.list}:${d.ref}`) ?? [];

describe('organisation gazetteer: shipped data', () => {
  it('has at least 150 curated entries and more from the designation lists', () => {
    expect(generated.counts.curated).toBeGreaterThanOrEqual(150);
    expect(generated.counts.from_designations).toBeGreaterThan(0);
    expect(organizations().length).toBe(generated.entries.length);
  });

  it('records a source for every alias, and only known kinds of source', () => {
    for (const e of generated.entries) {
      for (const a of e.aliases) {
        expect(a.sources.length, `${e.id} "${a.text}"`).toBeGreaterThan(0);
        for (const s of a.sources) expect(s).toMatch(/^(curated|un:(QDe|TAe)\.\d+|ofac:\d+|canada:[0-9a-f-]{36})$/);
      }
    }
  });

  it('uses ontology subtypes and relations, unique ids and existing parents', () => {
    const subtypes: readonly string[] = ontology.entityTypes.organization.subtypes;
    const ids = new Set(organizations().map((o) => o.id));
    expect(ids.size).toBe(organizations().length);
    for (const o of organizations()) {
      expect(subtypes).toContain(o.subtype);
      if (o.parent) {
        expect(ids.has(o.parent.id), `${o.id} → ${o.parent.id}`).toBe(true);
        expect(['branch_of', 'faction_of', 'wing_of', 'splinter_of']).toContain(o.parent.relation);
      }
    }
  });

  it('attaches designations to the right entries', () => {
    expect(refs('ttp')).toEqual(expect.arrayContaining(['un:QDe.132', 'ofac:12206']));
    expect(refs('lej')).toContain('un:QDe.096');
    expect(refs('islamic-state-khorasan')).toEqual(expect.arrayContaining(['un:QDe.161', 'ofac:18647']));
    expect(refs('jamaat-ul-ahrar')).toEqual(expect.arrayContaining(['un:QDe.152', 'ofac:20360']));
    expect(refs('tariq-gidar-group')).toContain('un:QDe.160');
    expect(refs('haqqani-network')).toContain('un:TAe.012');
    // OFAC's JUNDALLAH aliases belong to the Iran-focused Jaish al-Adl, not to Pakistan's Jundallah.
    expect(refs('jaish-al-adl')).toContain('ofac:12299');
    expect(refs('jundallah-pakistan')).not.toContain('ofac:12299');
    expect(byId('jundallah-pakistan')!.designations).toEqual([]);
    // Names that only look alike stay apart.
    expect(refs('interpol')).toEqual([]);
    expect(refs('as-sahab')).toEqual([]);
  });

  it('adds listed aliases with a readable casing', () => {
    const ttp = generated.entries.find((e) => e.id === 'ttp')!;
    const tehrik = ttp.aliases.find((a) => a.text === 'Tehrik-i-Taliban Pakistan')!;
    expect(tehrik.sources).toEqual(expect.arrayContaining(['curated', 'un:QDe.132', 'ofac:12206']));
    const tgg = generated.entries.find((e) => e.id === 'tariq-gidar-group')!;
    const geedar = tgg.aliases.find((a) => a.text.toLowerCase() === 'ttp geedar group')!;
    expect(geedar.sources).toEqual(expect.arrayContaining(['curated', 'un:QDe.160']));
    expect(tgg.aliases.map((a) => a.text)).toContain('Tehreek-i-Taliban Pakistan Geedar Group');
  });
});

describe('findOrganization', () => {
  it.each([
    ['Tehrik-i-Taliban Pakistan', 'ttp'],
    ['Tehreek-e-Taliban Pakistan', 'ttp'],
    ['Lashkar-i-Jhangvi', 'lej'],
    ['Lashkar e Jhangvi al-Alami', 'lej-al-alami'],
    ['Jaish-e-Muhammad', 'jem'],
    ['Jaish-i-Mohammed', 'jem'],
    ['Islamic State Khorasan Province', 'islamic-state-khorasan'],
    ['Wilayat-e-Khurasan', 'islamic-state-khorasan'],
    ['Jundallah', 'jundallah-pakistan'],
    ['Jundullah', 'jundallah-pakistan'],
    ['Jaysh al-Adl', 'jaish-al-adl'],
    ['the Haqqani Network', 'haqqani-network'],
    ['Harkat al Jihad-e-Islami', 'huji'],
    ['Tehreek-e-Khilfat Pakistan', 'tehreek-e-khilafat'],
    ['Punjab CTD', 'ctd-punjab'],
    ['Red Mosque', 'lal-masjid'],
    ['TTP', 'ttp'],
    ['LeJ', 'lej'],
    ['IS', 'islamic-state'],
    ['TALIBAN', 'afghan-taliban'],
    ['LASHKAR I JHANGVI', 'lej'],
  ])('%s → %s', (name, id) => {
    expect(findOrganization(name)?.id).toBe(id);
  });

  it('matches short acronyms only as written', () => {
    expect(findOrganization('is')).toBeNull();
    expect(findOrganization('Is')).toBeNull();
    expect(findOrganization('ttp')).toBeNull();
  });

  it('does not merge different names that share consonants', () => {
    expect(findOrganization('al-Shabaab')?.id).not.toBe('as-sahab');
    expect(findOrganization('Interpal')).toBeNull();
    expect(findOrganization('Jamiat-e-Islami')?.id).not.toBe('jamaat-e-islami');
  });

  it('returns null for unknown and empty names', () => {
    expect(findOrganization('Quetta Cricket Club')).toBeNull();
    expect(findOrganization('  ')).toBeNull();
  });
});

describe('orgSurfaceForms', () => {
  it('maps every written alias to its entry, acronyms included', () => {
    const forms = orgSurfaceForms();
    expect(forms.get('TTP')?.id).toBe('ttp');
    expect(forms.get('Tehrik-i-Taliban Pakistan')?.id).toBe('ttp');
    expect(forms.get('ISKP')?.id).toBe('islamic-state-khorasan');
    expect(forms.get('Jundallah')?.id).toBe('jundallah-pakistan');
    expect(forms.size).toBeGreaterThan(1000);
  });

  it('leaves out listed aliases made of everyday words', () => {
    const forms = orgSurfaceForms();
    for (const text of forms.keys()) expect(text).not.toMatch(/^(The Base|Islamic Group|Islamic Army|Soldiers of God)$/);
  });
});
