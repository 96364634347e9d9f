/**
 * The Global Terrorism Database layout (the columns of globalterrorismdb_*.csv that
 * Cellgraph reads). GTD writes unknowns as -9/-99, "Unknown" or an empty cell; a
 * month or day of 0 means the date is known only to the year or month. `corp1` (the
 * targeted body, often a description such as "Market") is a target name; the importer
 * makes it an entity only when the gazetteer knows it.
 */
import type { Incident } from '../incident.js';
import { RowError, attr, attrText, count, dateFromParts, decimal, names, text } from '../incident.js';
import { cell, type Layout, type Row } from './types.js';

const COLUMNS = [
  'eventid', 'iyear', 'imonth', 'iday', 'extended', 'country_txt', 'region_txt', 'provstate', 'city',
  'latitude', 'longitude', 'summary', 'success', 'suicide', 'attacktype1_txt', 'targtype1_txt', 'corp1',
  'target1', 'gname', 'gname2', 'gname3', 'claimed', 'weaptype1_txt', 'nkill', 'nwound', 'nperps',
] as const;

/** Columns kept verbatim in attributes (they have no field of their own). */
const KEPT = ['extended', 'region_txt', 'success', 'suicide', 'corp1', 'target1', 'weaptype1_txt'] as const;

function claimedFlag(raw: string | undefined): boolean | null {
  const v = text(raw);
  if (v === null) return null;
  if (v === '1') return true;
  if (v === '0') return false;
  throw new RowError(`claimed: "${v}" is not 0, 1 or -9`);
}

function read(row: Row): Incident {
  const date = dateFromParts(row['iyear'], row['imonth'], row['iday']);
  if (!date) throw new RowError('iyear is missing');
  const attributes: Record<string, string | null> = {};
  for (const k of KEPT) attributes[k] = attr(row[k]) === null ? null : text(row[k]);
  const target = text(row['corp1']);
  const nperps = count(row['nperps'], 'nperps');
  attributes['nperps'] = nperps === null ? null : String(nperps);
  return {
    layout: 'gtd',
    source_id: text(row['eventid']),
    date,
    country: text(row['country_txt']),
    admin1: text(row['provstate']),
    admin2: null,
    location: text(row['city']),
    lat: decimal(row['latitude'], 'latitude', 90),
    lon: decimal(row['longitude'], 'longitude', 180),
    perpetrators: names(row['gname'], row['gname2'], row['gname3']),
    targets: target ? [target] : [],
    victims: names(row['target1']),
    killed: count(row['nkill'], 'nkill'),
    injured: count(row['nwound'], 'nwound'),
    attack_type: text(row['attacktype1_txt']),
    target_type: text(row['targtype1_txt']),
    claimed: claimedFlag(row['claimed']),
    summary: text(row['summary']),
    attributes,
  };
}

function write(i: Incident): Record<string, string> {
  const [y, m, d] = (i.date ?? '').split('-');
  const a = (k: string, fallback: string | null = null) => attrText(i, k) ?? fallback;
  return {
    eventid: cell(i.source_id),
    iyear: cell(y || null),
    imonth: cell(m ? Number(m) : 0),
    iday: cell(d ? Number(d) : 0),
    extended: cell(a('extended'), '0'),
    country_txt: cell(i.country, 'Unknown'),
    region_txt: cell(a('region_txt')),
    provstate: cell(i.admin1, 'Unknown'),
    city: cell(i.location, 'Unknown'),
    latitude: cell(i.lat),
    longitude: cell(i.lon),
    summary: cell(i.summary),
    success: cell(a('success')),
    suicide: cell(a('suicide')),
    attacktype1_txt: cell(i.attack_type, 'Unknown'),
    targtype1_txt: cell(i.target_type, 'Unknown'),
    corp1: cell(a('corp1', i.targets[0] ?? null), 'Unknown'),
    target1: cell(a('target1', i.victims[0] ?? null), 'Unknown'),
    gname: cell(i.perpetrators[0], 'Unknown'),
    gname2: cell(i.perpetrators[1]),
    gname3: cell(i.perpetrators[2]),
    claimed: cell(i.claimed, '-9'),
    weaptype1_txt: cell(a('weaptype1_txt'), 'Unknown'),
    nkill: cell(i.killed),
    nwound: cell(i.injured),
    nperps: cell(a('nperps'), '-99'),
  };
}

export const gtdLayout: Layout = {
  name: 'gtd',
  label: 'GTD',
  extractor: 'dataset:gtd@1',
  columns: COLUMNS,
  required: ['iyear', 'imonth', 'iday', 'country_txt', 'gname', 'nkill'],
  signature: ['eventid', 'iyear', 'gname'],
  read,
  write,
};
