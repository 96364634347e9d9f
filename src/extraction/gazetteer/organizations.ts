/**
 * The organisation gazetteer at run time: loads the shipped organizations.json once,
 * and answers "which organisation is this name?" by alias, transliteration-aware.
 * Acronyms match as written (so "IS" never matches "is"), other names by name key,
 * guarded by a letter-by-letter check so names that merely share consonants stay apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../core/errors.js';
import { isAcronym, nameKey } from '../../resolution/normalise.js';
import { isCommonPhrase } from './common-words.js';
import { gazetteerDataDir } from './data-dir.js';
import { closeSpelling, needsExactSpelling, spellingDistance } from './spelling.js';
import type { GeneratedOrg, GeneratedOrgFile, OrgEntry } from './types.js';

interface Candidate {
  entry: OrgEntry;
  text: string;
  /** Lower is better: curated aliases beat listed ones, curated entries beat added ones. */
  rank: number;
}

interface OrgIndex {
  entries: readonly OrgEntry[];
  byExactText: Map<string, Candidate[]>;
  byKey: Map<string, Candidate[]>;
  surface: ReadonlyMap<string, OrgEntry>;
}

let cached: OrgIndex | null = null;

function toEntry(g: GeneratedOrg): OrgEntry {
  return {
    id: g.id,
    name: g.name,
    subtype: g.subtype,
    aliases: g.aliases.map((a) => a.text).filter((t) => t !== g.name),
    parent: g.parent,
    designations: g.designations.map((d) => ({ list: d.list, ref: d.ref, listed_on: d.listed_on })),
  };
}

function push(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

export function buildOrgIndex(file: GeneratedOrgFile): OrgIndex {
  const byExactText = new Map<string, Candidate[]>();
  const byKey = new Map<string, Candidate[]>();
  const entries: OrgEntry[] = [];
  for (const g of file.entries) {
    const entry = toEntry(g);
    entries.push(entry);
    for (const a of g.aliases) {
      const rank = (a.sources.includes('curated') ? 0 : 2) + (g.origin === 'curated' ? 0 : 1);
      const c: Candidate = { entry, text: a.text, rank };
      push(byExactText, a.text, c);
      push(byKey, nameKey(a.text), c);
    }
  }
  const byRank = (a: Candidate, b: Candidate) => a.rank - b.rank || (a.entry.id < b.entry.id ? -1 : 1);
  for (const list of [...byExactText.values(), ...byKey.values()]) list.sort(byRank);
  const surface = new Map<string, OrgEntry>();
  for (const [text, list] of byExactText) {
    // A listed alias made of everyday words ("Islamic Group") would fire on prose.
    const c = list[0]!;
    if (c.rank >= 2 && isCommonPhrase(text)) continue;
    surface.set(text, c.entry);
  }
  return { entries, byExactText, byKey, surface };
}

function load(): OrgIndex {
  if (cached) return cached;
  const file = path.join(gazetteerDataDir(), 'organizations.json');
  let parsed: GeneratedOrgFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as GeneratedOrgFile;
  } catch (e) {
    throw new WorkbenchError('not_found', `organisation gazetteer unreadable (${file}): ${(e as Error).message.split('\n')[0]}`);
  }
  cached = buildOrgIndex(parsed);
  return cached;
}

export function organizations(): readonly OrgEntry[] {
  return load().entries;
}

/** Looks a name up in a given index; exported for tests that build their own index. */
export function findInIndex(index: OrgIndex, raw: string): OrgEntry | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const exact = index.byExactText.get(name);
  if (exact?.[0]) return exact[0].entry;
  if (isAcronym(name)) {
    // Two-letter acronyms only exactly as written ("IS" never matches "Is"); longer
    // ones also in other capitalisations of the same letters ("ISKP", "IsKP").
    const compact = name.replace(/[\s.\-]/g, '');
    if (compact.length <= 2) return null;
    const list = index.byKey.get(nameKey(name));
    if (list?.[0]) return list[0].entry;
    // "TALIBAN", "DAESH": a word in capitals, not an acronym; try it as a name.
    if (compact.length < 5) return null;
  }
  const bare = name.replace(/^the\s+/i, '');
  const stripped = isAcronym(bare) ? bare.charAt(0) + bare.slice(1).toLowerCase() : bare;
  const list = index.byKey.get(nameKey(stripped)) ?? [];
  const hit = list.find((c) => (needsExactSpelling(c.entry.subtype, c.entry.parent !== null)
    ? spellingDistance(c.text, stripped) === 0
    : closeSpelling(c.text, stripped)));
  return hit?.entry ?? null;
}

export function findOrganization(name: string): OrgEntry | null {
  return findInIndex(load(), name);
}

/** Every alias as written → its entry (acronyms included), for dictionary matching in text. */
export function orgSurfaceForms(): ReadonlyMap<string, OrgEntry> {
  return load().surface;
}
