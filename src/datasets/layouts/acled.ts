/**
 * The ACLED layout (the columns of an ACLED export). ACLED gives a day-precise
 * `event_date` ("2016-03-27" or "27 March 2016"), one fatality count and no injuries;
 * associated actors are several names in one cell separated by semicolons.
 */
import type { Incident } from '../incident.js';
import { RowError, attr, attrText, count, decimal, names, parseDateText, text } from '../incident.js';
import { cell, type Layout, type Row } from './types.js';

const COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'region',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities',
] as const;

const KEPT = ['year', 'time_precision', 'sub_event_type', 'inter1', 'inter2', 'interaction', 'region', 'admin3',
  'geo_precision', 'source', 'source_scale', 'actor2', 'assoc_actor_2'] as const;

/** ACLED's generic civilian actors: victims, not organisations. */
const CIVILIAN = /^civilians\b/i;

/** ACLED dates its state actors ("Military Forces of Pakistan (2013-2018)"); the period is not part of the name. */
function actor(raw: string | undefined): string | undefined {
  return raw?.replace(/\s*\(\d{4}-(?:\d{4})?\)$/, '');
}

function split(raw: string | undefined): string[] {
  return (raw ?? '').split(';').map((s) => actor(s)!.trim()).filter(Boolean);
}

function read(row: Row): Incident {
  const date = parseDateText(row['event_date'], 'event_date');
  if (!date) throw new RowError('event_date is missing');
  const attributes: Record<string, string | null> = {};
  for (const k of KEPT) attributes[k] = attr(row[k]);
  const others = names(actor(row['actor2']), ...split(row['assoc_actor_2']));
  return {
    layout: 'acled',
    source_id: text(row['event_id_cnty']),
    date,
    country: text(row['country']),
    admin1: text(row['admin1']),
    admin2: text(row['admin2']),
    location: text(row['location']),
    lat: decimal(row['latitude'], 'latitude', 90),
    lon: decimal(row['longitude'], 'longitude', 180),
    perpetrators: names(actor(row['actor1']), ...split(row['assoc_actor_1'])),
    targets: others.filter((n) => !CIVILIAN.test(n)),
    victims: others.filter((n) => CIVILIAN.test(n)),
    killed: count(row['fatalities'], 'fatalities'),
    injured: null,
    attack_type: text(row['event_type']),
    target_type: text(row['sub_event_type']),
    claimed: null,
    summary: text(row['notes']),
    attributes,
  };
}

function write(i: Incident): Record<string, string> {
  const a = (k: string) => attrText(i, k) ?? null;
  const others = [...i.targets, ...i.victims];
  return {
    event_id_cnty: cell(i.source_id),
    event_date: cell(i.date),
    year: cell(a('year') ?? i.date?.slice(0, 4)),
    time_precision: cell(a('time_precision') ?? (i.date ? ({ 10: '1', 7: '2', 4: '3' } as Record<number, string>)[i.date.length] : null)),
    event_type: cell(i.attack_type),
    sub_event_type: cell(a('sub_event_type') ?? i.target_type),
    actor1: cell(i.perpetrators[0]),
    assoc_actor_1: i.perpetrators.slice(1).join('; '),
    inter1: cell(a('inter1')),
    actor2: cell(a('actor2') ?? others[0]),
    assoc_actor_2: cell(a('assoc_actor_2') ?? (others.slice(1).join('; ') || null)),
    inter2: cell(a('inter2')),
    interaction: cell(a('interaction')),
    region: cell(a('region')),
    country: cell(i.country),
    admin1: cell(i.admin1),
    admin2: cell(i.admin2),
    admin3: cell(a('admin3')),
    location: cell(i.location),
    latitude: cell(i.lat),
    longitude: cell(i.lon),
    geo_precision: cell(a('geo_precision')),
    source: cell(a('source')),
    source_scale: cell(a('source_scale')),
    notes: cell(i.summary),
    fatalities: cell(i.killed),
  };
}

export const acledLayout: Layout = {
  name: 'acled',
  label: 'ACLED',
  extractor: 'dataset:acled@1',
  columns: COLUMNS,
  required: ['event_date', 'event_type', 'actor1', 'country', 'fatalities'],
  signature: ['event_date', 'actor1', 'fatalities'],
  read,
  write,
};
