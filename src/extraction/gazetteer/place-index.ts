/**
 * The place index: our admin areas plus GeoNames towns of the region (every town of the
 * core countries, towns of 100,000+ elsewhere), keyed by transliteration-aware name key.
 * Ranking prefers countries, provinces, districts and regions over towns, except that a
 * large town beats the province or district named after it (Kabul, Peshawar); among
 * towns, population decides, weighted towards Pakistan and Afghanistan.
 */
import { nameKey } from '../../resolution/normalise.js';
import type { AdminAreas } from './admin-areas.js';
import type { City } from './cities.js';
import { isCommonPhrase, isPersonalName } from './common-words.js';
import { closeSpelling } from './spelling.js';
import type { PlaceEntry, PlaceSubtype } from './types.js';

/** Countries whose every GeoNames town (1,000+ people) is indexed. */
export const CORE_COUNTRIES: ReadonlySet<string> = new Set(['PK', 'AF', 'IN', 'IR', 'IQ', 'SY', 'BD', 'UZ', 'TJ', 'TM', 'CN', 'SA']);
export const WORLD_MIN_POPULATION = 100_000;
const HOME_COUNTRIES: ReadonlySet<string> = new Set(['PK', 'AF']);
/** A town this large wins over the province or district of the same name. */
const BIG_TOWN = 250_000;

const TIER: Record<PlaceSubtype, number> = { country: 6, province: 5, region: 5, district: 4, facility: 4, city: 2, locality: 1 };

export interface Named {
  entry: PlaceEntry;
  text: string;
}

export interface PlaceIndex {
  byKey: Map<string, Named[]>;
  byId: Map<string, PlaceEntry>;
  countryByCode: Map<string, PlaceEntry>;
  provinceByName: Map<string, PlaceEntry>;
  districtByName: Map<string, PlaceEntry>;
  towns: number;
}

export function acceptCity(c: Pick<City, 'country' | 'population'>): boolean {
  return CORE_COUNTRIES.has(c.country) || c.population >= WORLD_MIN_POPULATION;
}

/** Diacritics and curly quotes out, case kept: "Jalālābād" → "Jalalabad". */
export function asciiFold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ]/g, "'").replace(/ʻ/g, '');
}

function fold(s: string): string {
  return asciiFold(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryNames = new Map<string, string | null>();
function countryName(code: string, known: Map<string, PlaceEntry>): string | null {
  const k = known.get(code);
  if (k) return k.name;
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = displayNames.of(code) ?? null;
    } catch {
      name = null;
    }
    countryNames.set(code, name);
  }
  return name;
}

function uniq(names: string[]): string[] {
  return [...new Set(names.filter(Boolean))];
}

export function buildPlaceIndex(admin: AdminAreas, cities: readonly City[]): PlaceIndex {
  const byKey = new Map<string, Named[]>();
  const byId = new Map<string, PlaceEntry>();
  const countryByCode = new Map<string, PlaceEntry>();
  const provinceByCode = new Map<string, PlaceEntry>();
  const provinceByName = new Map<string, PlaceEntry>();
  const districtByName = new Map<string, PlaceEntry>();
  // Town names repeat (hundreds of "Rampur"), so keys are memoised for the build.
  const keyMemo = new Map<string, string>();
  const keyOf = (text: string) => {
    let k = keyMemo.get(text);
    if (k === undefined) {
      k = nameKey(text);
      keyMemo.set(text, k);
    }
    return k;
  };
  const add = (e: PlaceEntry) => {
    byId.set(e.id, e);
    for (const text of uniq([e.name, ...e.aliases])) {
      const folded = asciiFold(text);
      for (const key of folded === text ? [keyOf(text)] : new Set([keyOf(text), keyOf(folded)])) {
        const list = byKey.get(key);
        if (list) list.push({ entry: e, text });
        else byKey.set(key, [{ entry: e, text }]);
      }
    }
  };

  for (const c of admin.countries) {
    const e: PlaceEntry = {
      id: `country:${c.code}`, name: c.name, subtype: 'country', lat: c.lat, lon: c.lon, countryCode: c.code,
      country: c.name, admin1: null, admin2: null, population: null, aliases: uniq(c.aliases.filter((a) => a !== c.name)),
    };
    countryByCode.set(c.code, e);
    add(e);
  }
  const capitals = new Map<string, City>();
  for (const c of cities) {
    if (c.featureCode === 'PPLA' || (c.featureCode === 'PPLC' && !capitals.has(`${c.country}.${c.adminCode}`))) capitals.set(`${c.country}.${c.adminCode}`, c);
  }
  for (const p of admin.provinces) {
    const cap = capitals.get(p.code);
    const e: PlaceEntry = {
      id: `admin:${p.code}`, name: p.name, subtype: 'province', lat: p.lat ?? cap?.lat ?? null, lon: p.lon ?? cap?.lon ?? null,
      countryCode: p.country, country: countryName(p.country, countryByCode), admin1: p.name, admin2: null, population: null,
      aliases: uniq(p.aliases.filter((a) => a !== p.name)),
    };
    provinceByCode.set(p.code, e);
    provinceByName.set(`${p.country}|${p.name}`, e);
    add(e);
  }
  const districtBySeat = new Map<string, PlaceEntry>();
  for (const d of admin.districts) {
    const province = provinceByCode.get(d.province);
    const cc = d.province.split('.')[0]!;
    const e: PlaceEntry = {
      id: `district:${cc.toLowerCase()}-${slug(d.name)}`, name: d.name, subtype: 'district', lat: d.lat, lon: d.lon,
      countryCode: cc, country: countryName(cc, countryByCode), admin1: province?.name ?? null, admin2: null, population: null,
      aliases: uniq(d.aliases.filter((a) => a !== d.name)),
    };
    districtByName.set(`${cc}|${e.admin1}|${d.name}`, e);
    for (const seat of [d.seat, d.name]) districtBySeat.set(`${d.province}|${nameKey(seat)}`, e);
    add(e);
  }
  for (const r of admin.regions) {
    add({
      id: `region:${r.id}`, name: r.name, subtype: 'region', lat: r.lat, lon: r.lon,
      countryCode: r.countries.length === 1 ? r.countries[0]! : null,
      country: r.countries.length === 1 ? countryName(r.countries[0]!, countryByCode) : null,
      admin1: null, admin2: null, population: null, aliases: uniq(r.aliases.filter((a) => a !== r.name)),
    });
  }
  for (const f of admin.facilities) {
    add({
      id: `facility:${f.id}`, name: f.name, subtype: 'facility', lat: f.lat, lon: f.lon, countryCode: f.country,
      country: countryName(f.country, countryByCode), admin1: f.province ? provinceByCode.get(f.province)?.name ?? null : null,
      admin2: f.district, population: null, aliases: uniq(f.aliases.filter((a) => a !== f.name)),
    });
  }
  let towns = 0;
  for (const c of cities) {
    if (!acceptCity(c)) continue;
    const code = `${c.country}.${c.adminCode}`;
    const folded = asciiFold(c.name);
    const district = districtBySeat.get(`${code}|${keyOf(c.name)}`);
    add({
      id: `geonames:${c.geonameId}`, name: c.name, subtype: c.featureCode === 'PPLX' || c.featureCode === 'PPLL' ? 'locality' : 'city',
      lat: c.lat, lon: c.lon, countryCode: c.country, country: countryName(c.country, countryByCode),
      admin1: provinceByCode.get(code)?.name ?? null, admin2: district?.name ?? null,
      population: c.population || null, aliases: folded !== c.name ? [folded] : [],
    });
    towns++;
  }
  return { byKey, byId, countryByCode, provinceByName, districtByName, towns };
}

export interface PlaceHint {
  countryCode?: string;
  preferSubtype?: string;
}

function weightedPopulation(e: PlaceEntry): number {
  const cc = e.countryCode ?? '';
  return (e.population ?? 0) * (HOME_COUNTRIES.has(cc) ? 10 : CORE_COUNTRIES.has(cc) ? 2 : 1);
}

/** Sort key, larger first: hint country, hint subtype, tier (big towns over their namesakes), exact spelling, population. */
function score(n: Named, all: readonly Named[], query: string, hint: PlaceHint): number[] {
  const e = n.entry;
  let tier = TIER[e.subtype];
  if ((e.subtype === 'province' || e.subtype === 'district')
    && all.some((o) => o.entry.subtype === 'city' && o.entry.countryCode === e.countryCode && (o.entry.population ?? 0) >= BIG_TOWN)) {
    tier = 1.5;
  }
  return [
    hint.countryCode && e.countryCode === hint.countryCode ? 1 : 0,
    hint.preferSubtype && e.subtype === hint.preferSubtype ? 1 : 0,
    tier,
    fold(n.text) === query ? 1 : 0,
    weightedPopulation(e),
  ];
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/** The best of several candidates for one name. */
export function bestOf(candidates: readonly Named[], query: string, hint: PlaceHint = {}): PlaceEntry | null {
  let best: { n: Named; s: number[] } | null = null;
  for (const n of candidates) {
    const s = score(n, candidates, query, hint);
    if (!best || compareScores(s, best.s) < 0 || (compareScores(s, best.s) === 0 && n.entry.id < best.n.entry.id)) best = { n, s };
  }
  return best?.n.entry ?? null;
}

const SUFFIX = /\s+(province|district|agency|city|region|governorate|valley)$/i;
const SUFFIX_SUBTYPE: Record<string, string> = { province: 'province', district: 'district', agency: 'district', city: 'city', region: 'region', governorate: 'province', valley: 'region' };

export function findInPlaceIndex(index: PlaceIndex, raw: string, hint: PlaceHint = {}): PlaceEntry | null {
  const name = raw.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  if (!name) return null;
  const lookup = (q: string, h: PlaceHint) => {
    const list = (index.byKey.get(nameKey(q)) ?? []).filter((n) => closeSpelling(n.text, q));
    return list.length ? bestOf(list, fold(q), h) : null;
  };
  const direct = lookup(name, hint);
  if (direct) return direct;
  const m = SUFFIX.exec(name);
  if (!m) return null;
  // "Kurram Agency", "Raqqa Governorate": the bare name with the suffix as a subtype hint.
  return lookup(name.slice(0, m.index), { preferSubtype: SUFFIX_SUBTYPE[m[1]!.toLowerCase()], ...hint });
}

/** Written names → place, for dictionary matching. Towns need 4+ letters; everyday words stay out unless a country or province. */
export function buildPlaceSurfaceForms(index: PlaceIndex): Map<string, PlaceEntry> {
  const byText = new Map<string, Named[]>();
  for (const list of index.byKey.values()) {
    for (const n of list) {
      for (const text of new Set([n.text, asciiFold(n.text)])) {
        const e = n.entry;
        const adminLike = e.subtype !== 'city' && e.subtype !== 'locality';
        const exempt = e.subtype === 'country' || e.subtype === 'province';
        if (!exempt && isCommonPhrase(text)) continue;
        if (!adminLike && (text.length < 4 || !/^\p{Lu}/u.test(text) || isPersonalName(text))) continue;
        const have = byText.get(text);
        if (!have) byText.set(text, [{ entry: e, text }]);
        else if (!have.some((h) => h.entry === e)) have.push({ entry: e, text });
      }
    }
  }
  const out = new Map<string, PlaceEntry>();
  for (const text of [...byText.keys()].sort()) {
    const best = bestOf(byText.get(text)!, fold(text));
    if (best) out.set(text, best);
  }
  return out;
}

export function hierarchyIn(index: PlaceIndex, place: PlaceEntry): PlaceEntry[] {
  const chain = [place];
  if (place.subtype === 'country' || place.subtype === 'region') return chain;
  const cc = place.countryCode;
  if (place.subtype !== 'province' && place.subtype !== 'district' && place.admin2 && cc) {
    const d = index.districtByName.get(`${cc}|${place.admin1}|${place.admin2}`);
    if (d) chain.push(d);
  }
  if (place.subtype !== 'province' && place.admin1 && cc) {
    const p = index.provinceByName.get(`${cc}|${place.admin1}`);
    if (p) chain.push(p);
  }
  const country = cc ? index.countryByCode.get(cc) : undefined;
  if (country) chain.push(country);
  return chain;
}
