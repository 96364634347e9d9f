/**
 * Builds the shipped organisation gazetteer from our curated entries and the public
 * designation lists: matches each listed record to one entry by name keys, adds the
 * listed aliases that read as names in prose (with their source), attaches the
 * designation, and adds listed groups of the region we did not curate. Pure and
 * deterministic: same inputs, same output, byte for byte.
 */
import { WorkbenchError } from '../../core/errors.js';
import { ontology } from '../../model/ontology.js';
import { isAcronym, nameKey } from '../../resolution/normalise.js';
import type { DesignationRecord } from './designation-records.js';
import { listedNames, looksLikeWords, readableCase, usableInProse } from './alias-text.js';
import { closeSpelling, needsExactSpelling, spellingDistance } from './spelling.js';
import type { GeneratedDesignation, GeneratedOrg, GeneratedOrgFile } from './types.js';

export interface CuratedOrg {
  id: string;
  name: string;
  subtype: string;
  aliases: string[];
  parent?: string;
  relation?: string;
  country?: string;
}

export interface BuildLog {
  conflicts: string[];
  ambiguous: string[];
}

interface Working {
  org: GeneratedOrg;
  byLower: Map<string, { text: string; sources: Set<string> }>;
}

const REGION_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:pakistan|pakistani|karachi|lahore|peshawar|quetta|waziristan|islamabad|baloch|baluch\w*|fata)\b/i, 'PK'],
  [/\b(?:afghanistan|afghan|kabul|kandahar|herat|jalalabad)\b/i, 'AF'],
  [/\b(?:india|indian|kashmir|jammu)\b/i, 'IN'],
  [/\bbangladesh\w*\b/i, 'BD'],
  [/\b(?:uzbekistan|uzbek)\b/i, 'UZ'],
  [/\b(?:tajikistan|tajik)\b/i, 'TJ'],
  [/\bturkmenistan\b/i, 'TM'],
  [/\b(?:xinjiang|uighur|uyghur|turkistan|turkestan|china)\b/i, 'CN'],
  [/\b(?:iran|iranian)\b/i, 'IR'],
];

const COUNTRY_NAMES: Record<string, string> = {
  pakistan: 'PK', afghanistan: 'AF', india: 'IN', bangladesh: 'BD', uzbekistan: 'UZ',
  tajikistan: 'TJ', china: 'CN', 'iran (islamic republic of)': 'IR', iran: 'IR',
};

const NON_GROUP = /\b(?:trust|foundation|exchange|company|ltd|limited|bank|relief|society|charit\w*|hawala|welfare|committee|aid|heritage|branch|money|humanitarian|reconstruction|construction|cooperation|development|sarafi|trading)\b/i;

const LIST_ORDER = { un: 0, ofac: 1, canada: 2 } as const;

function regionOf(record: DesignationRecord): string | null {
  if (record.country) {
    const iso = COUNTRY_NAMES[record.country.toLowerCase()];
    if (iso) return iso;
  }
  for (const [re, iso] of REGION_TERMS) if (re.test(record.context)) return iso;
  return null;
}

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every key a text may match under: its own key, and for ALL-CAPS names the key of the word-cased form. */
function keysOf(text: string): string[] {
  const keys = new Set([nameKey(text)]);
  const compact = text.replace(/[\s.\-]/g, '');
  const acronymLike = isAcronym(text) && !/\s/.test(text) && compact.length <= 4;
  if (!/\p{Ll}/u.test(text) && !acronymLike) {
    keys.add(nameKey(text.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())));
  }
  return [...keys].filter((k) => k && k !== '#');
}

const RELATIONS: ReadonlySet<string> = new Set(['branch_of', 'faction_of', 'wing_of', 'splinter_of']);

/** Rejects a curated file with duplicate ids, unknown subtypes or relations, or dangling parents. */
export function validateCurated(curated: readonly CuratedOrg[]): void {
  const subtypes: readonly string[] = ontology.entityTypes.organization.subtypes;
  const ids = new Set<string>();
  for (const c of curated) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.id)) throw new WorkbenchError('invalid_input', `curated organisation id "${c.id}" is not a slug`);
    if (ids.has(c.id)) throw new WorkbenchError('invalid_input', `curated organisation id "${c.id}" appears twice`);
    ids.add(c.id);
    if (!subtypes.includes(c.subtype)) throw new WorkbenchError('invalid_input', `${c.id}: unknown subtype "${c.subtype}"`);
    if (!c.name || !Array.isArray(c.aliases)) throw new WorkbenchError('invalid_input', `${c.id}: name and aliases are required`);
    if ((c.parent === undefined) !== (c.relation === undefined) || (c.relation !== undefined && !RELATIONS.has(c.relation))) {
      throw new WorkbenchError('invalid_input', `${c.id}: parent needs one of ${[...RELATIONS].join(', ')}`);
    }
  }
  for (const c of curated) {
    if (c.parent !== undefined && !ids.has(c.parent)) throw new WorkbenchError('invalid_input', `${c.id}: parent "${c.parent}" is not a curated id`);
  }
}

export function buildOrganizations(
  curated: readonly CuratedOrg[],
  records: readonly DesignationRecord[],
  log: BuildLog = { conflicts: [], ambiguous: [] },
): GeneratedOrgFile {
  validateCurated(curated);
  const entries = new Map<string, Working>();
  // key -> (entry id -> the alias texts that gave the key), so a key hit can be checked letter by letter.
  const owners = new Map<string, Map<string, string[]>>();
  const own = (key: string, id: string, text: string) => {
    const byId = owners.get(key) ?? new Map<string, string[]>();
    byId.set(id, [...(byId.get(id) ?? []), text]);
    owners.set(key, byId);
  };
  // Agencies, parties and international bodies rarely sit on terror lists, and their
  // names have near-twins there ("Interpol" / "Interpal"): a listing must name them exactly.
  // Deciding whether an alias belongs to a rival entry stays tolerant.
  const ownersOf = (text: string, forMatching: boolean): Set<string> => {
    const ids = new Set<string>();
    for (const k of keysOf(text)) {
      for (const [id, texts] of owners.get(k) ?? []) {
        const entry = entries.get(id)?.org;
        const strict = forMatching && !!entry && needsExactSpelling(entry.subtype, entry.parent !== null);
        const near = strict ? texts.some((t) => spellingDistance(t, text) === 0) : texts.some((t) => closeSpelling(t, text));
        if (k.startsWith('#') || near) ids.add(id);
      }
    }
    return ids;
  };
  const addAlias = (w: Working, text: string, source: string) => {
    const lower = text.toLowerCase();
    const have = w.byLower.get(lower);
    if (have) have.sources.add(source);
    else w.byLower.set(lower, { text, sources: new Set([source]) });
  };

  const acronyms = new Set<string>();
  for (const c of curated) for (const a of [c.name, ...c.aliases]) if (isAcronym(a)) acronyms.add(a.replace(/[\s.\-]/g, '').toUpperCase());
  for (const r of records) {
    for (const n of r.names) {
      for (const m of n.matchAll(/\(([A-Z][A-Z\-&]{1,9})\)/g)) if (!looksLikeWords(m[1]!)) acronyms.add(m[1]!.replace(/-/g, ''));
    }
  }

  for (const c of curated) {
    const w: Working = {
      org: {
        id: c.id, name: c.name, subtype: c.subtype, country: c.country ?? null,
        parent: c.parent !== undefined && c.relation !== undefined ? { id: c.parent, relation: c.relation } : null,
        origin: 'curated', aliases: [], designations: [],
      },
      byLower: new Map(),
    };
    for (const a of [c.name, ...c.aliases]) {
      addAlias(w, a, 'curated');
      for (const k of keysOf(a)) own(k, c.id, a);
    }
    entries.set(c.id, w);
  }

  const ordered = [...records].sort((a, b) => LIST_ORDER[a.list] - LIST_ORDER[b.list] || cmp(a.ref, b.ref));
  for (const record of ordered) {
    const source = `${record.list}:${record.ref}`;
    const texts = record.names.map((n, i) => ({ primary: i === 0, aliases: listedNames(n, acronyms) }));
    // Score each known entry: the listed name counts far more than an a.k.a.
    const score = new Map<string, { points: number; hits: number }>();
    for (const t of texts) {
      for (const alias of t.aliases) {
        for (const id of ownersOf(alias, true)) {
          const s = score.get(id) ?? { points: 0, hits: 0 };
          s.points += t.primary ? (isAcronym(alias) ? 3 : 10) : 1;
          s.hits += 1;
          score.set(id, s);
        }
      }
    }
    const ranked = [...score.entries()].sort((a, b) => b[1].points - a[1].points || cmp(a[0], b[0]));
    const best = ranked[0];
    const accepted = best && (best[1].points >= 10 || (best[1].points >= 4 && best[1].hits >= 2));
    let target: Working | undefined;
    if (accepted && ranked[1] && ranked[1][1].points === best[1].points) {
      log.ambiguous.push(`${source} ${record.names[0]}: ${best[0]} / ${ranked[1][0]}`);
      continue;
    }
    if (accepted) target = entries.get(best[0]);
    else {
      const country = regionOf(record);
      if (!country || record.maybePerson || record.financialOnly) continue;
      const all = texts.flatMap((t) => t.aliases);
      // A listed name too long for an alias still serves as the entry's name.
      const longName = /\d/.test(record.names[0] ?? '1') ? undefined : readableCase((record.names[0] ?? '').replace(/\s+/g, ' ').trim(), acronyms);
      const name = texts[0]!.aliases.find((a) => !isAcronym(a)) ?? longName ?? all[0];
      if (!name) continue;
      let id = slug(name);
      while (entries.has(id)) id += '-x';
      target = {
        org: {
          id, name, subtype: all.slice(0, 4).concat(name).some((a) => NON_GROUP.test(a)) ? 'other' : 'militant_group', country,
          parent: null, origin: 'designation', aliases: [], designations: [],
        },
        byLower: new Map(),
      };
      entries.set(id, target);
    }
    if (!target) continue;
    const designation: GeneratedDesignation = { list: record.list, ref: record.ref, listed_on: record.listed_on, listed_name: record.names[0] ?? '' };
    target.org.designations.push(designation);
    for (const t of texts) {
      for (const alias of t.aliases) {
        if (!usableInProse(alias) || alias.replace(/[\s.\-]/g, '').length <= 2) continue;
        const rival = [...ownersOf(alias, false)].find((id) => id !== target.org.id);
        if (rival) {
          log.conflicts.push(`${source} "${alias}" kept off ${target.org.id}: it names ${rival}`);
          continue;
        }
        addAlias(target, alias, source);
        for (const k of keysOf(alias)) own(k, target.org.id, alias);
      }
    }
    if (target.org.origin === 'designation' && !target.byLower.has(target.org.name.toLowerCase())) {
      addAlias(target, target.org.name, source);
    }
  }

  const out: GeneratedOrg[] = [...entries.values()].map((w) => {
    const nameLower = w.org.name.toLowerCase();
    const aliases = [...w.byLower.values()]
      .map((a) => ({ text: a.text, sources: [...a.sources].sort((x, y) => (x === 'curated' ? -1 : y === 'curated' ? 1 : cmp(x, y))) }))
      .sort((a, b) => (a.text.toLowerCase() === nameLower ? -1 : b.text.toLowerCase() === nameLower ? 1 : cmp(a.text, b.text)));
    const designations = [...w.org.designations].sort((a, b) => LIST_ORDER[a.list] - LIST_ORDER[b.list] || cmp(a.ref, b.ref));
    return { ...w.org, aliases, designations };
  }).sort((a, b) => cmp(a.id, b.id));

  const perList: Record<string, number> = { un: 0, ofac: 0, canada: 0 };
  for (const e of out) for (const d of e.designations) perList[d.list] = (perList[d.list] ?? 0) + 1;
  return {
    _about: 'Generated by scripts/build-gazetteer.ts from data/gazetteer/organizations.curated.json and the UN, OFAC and Canada designation lists. Do not edit by hand.',
    counts: {
      entries: out.length,
      curated: out.filter((e) => e.origin === 'curated').length,
      from_designations: out.filter((e) => e.origin === 'designation').length,
      aliases: out.reduce((n, e) => n + e.aliases.length, 0),
      designations: perList,
    },
    entries: out,
  };
}
