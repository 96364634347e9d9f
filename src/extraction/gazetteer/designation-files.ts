/**
 * Reads the designation lists from the shared data directory (../shared/data/gazetteers
 * beside the repository). Used by the build script and by the test that checks the
 * shipped file is current; never at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbenchError } from '../../core/errors.js';
import { canadaRecords, ofacRecords, unRecords, type DesignationRecord } from './designation-records.js';
import type { CuratedOrg } from './build-organizations.js';
import { gazetteerDataDir } from './data-dir.js';

export const DESIGNATION_FILES = {
  un: 'un_1267_1988_entities.json',
  ofac: 'ofac_sdn_2021-07_fto_sdgt_entities.json',
  canada: 'canada_listed_entities_names_aliases.csv',
  misp: 'misp-galaxy_clusters_terrorist-groups.json',
} as const;

/** ../shared/data/gazetteers relative to the repository root. */
export function defaultSharedGazetteerDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  return path.resolve(repoRoot, '../shared/data/gazetteers');
}

export function designationFilesPresent(dir: string = defaultSharedGazetteerDir()): boolean {
  return [DESIGNATION_FILES.un, DESIGNATION_FILES.ofac, DESIGNATION_FILES.canada].every((f) => existsSync(path.join(dir, f)));
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new WorkbenchError('corrupt', `cannot read ${path.basename(file)}: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function readDesignationRecords(dir: string = defaultSharedGazetteerDir()): DesignationRecord[] {
  if (!designationFilesPresent(dir)) throw new WorkbenchError('not_found', `designation lists not found in ${dir}`);
  const mispPath = path.join(dir, DESIGNATION_FILES.misp);
  return [
    ...unRecords(readJson(path.join(dir, DESIGNATION_FILES.un))),
    ...ofacRecords(readJson(path.join(dir, DESIGNATION_FILES.ofac))),
    ...canadaRecords(readFileSync(path.join(dir, DESIGNATION_FILES.canada), 'utf8'), existsSync(mispPath) ? readJson(mispPath) : null),
  ];
}

export function readCuratedOrganizations(file: string = path.join(gazetteerDataDir(), 'organizations.curated.json')): CuratedOrg[] {
  const parsed = readJson<{ entries?: CuratedOrg[] }>(file);
  if (!Array.isArray(parsed.entries)) throw new WorkbenchError('corrupt', 'organizations.curated.json has no entries array');
  return parsed.entries;
}

/** The generated file as text: stable formatting, one entry per line for readable diffs. */
export function serialiseOrganizations(file: { _about: string; counts: unknown; entries: unknown[] }): string {
  const lines = file.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "_about": ${JSON.stringify(file._about)},\n  "counts": ${JSON.stringify(file.counts)},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
