/**
 * The UCDP Georeferenced Event Dataset layout (GED CSV, also as HDX republishes it).
 * `best` is the fatality estimate (low/high kept as attributes); the date is a span
 * `date_start`..`date_end`, kept at the precision both ends share. UCDP names two
 * sides, not an attacker: a non-state side is taken as the perpetrator, a
 * "Government of X" side as the target, unless the headline reports a state
 * operation (air strike, army operation, militants killed); "Civilians" are victims.
 */
import type { PartialDate } from '../../core/partial-date.js';
import type { Incident } from '../incident.js';
import { RowError, attr, attrText, count, decimal, parseDateText, text } from '../incident.js';
import { cell, type Layout, type Row } from './types.js';

const COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dset_id', 'conflict_new_id',
  'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name', 'side_a_dset_id', 'side_a_new_id', 'side_a',
  'side_b_dset_id', 'side_b_new_id', 'side_b', 'number_of_sources', 'source_article', 'source_office',
  'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description',
  'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'iso3', 'country_id',
  'region', 'event_clarity', 'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b',
  'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low', 'gwnoa', 'gwnob',
] as const;

/** Columns that map to an Incident field; every other column is kept verbatim. */
const MAPPED = new Set(['id', 'country', 'adm_1', 'adm_2', 'where_coordinates', 'latitude', 'longitude', 'best', 'source_headline']);

const VIOLENCE: Record<string, string> = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' };
const STATE = /^government of\b/i;
const CIVILIANS = /^civilians$/i;
const STATE_OPERATION = new RegExp([
  'air ?strikes?', 'drone', 'jets?', 'gunships?', 'shelling', 'operation', 'offensive', 'raids?', 'encounter',
  '(?:forces|troops|army|military|police|fc|soldiers) (?:kill|kills|killed|gun down|shoot)',
  '(?:militants|terrorists|insurgents|rebels|fighters) (?:were |are )?killed(?! \\d)(?! (?:\\w+ )?(?:soldiers|policemen|troops|personnel))',
].map((p) => `\\b${p}\\b`).join('|'), 'i');

/** Start and end dates narrowed to what both share: same day, month or year. */
export function spanToDate(start: PartialDate | null, end: PartialDate | null): PartialDate | null {
  if (!start) return end;
  if (!end || start === end) return start;
  if (end < start) throw new RowError(`date_end ${end} is before date_start ${start}`);
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return null;
}

/** Who acted and who was acted on, from the two sides, the violence type and the headline. */
export function sidesToRoles(sideA: string, sideB: string, violence: string, headline: string | null): {
  perpetrators: string[]; targets: string[]; victims: string[];
} {
  const victims = [sideA, sideB].filter((s) => CIVILIANS.test(s));
  const actors = [sideA, sideB].filter((s) => s && !CIVILIANS.test(s));
  if (violence !== '1' || actors.length < 2) return { perpetrators: actors.slice(0, 1), targets: actors.slice(1), victims };
  const state = actors.filter((s) => STATE.test(s));
  const other = actors.filter((s) => !STATE.test(s));
  if (state.length === 0 || other.length === 0) return { perpetrators: [sideA], targets: [sideB], victims };
  return headline && STATE_OPERATION.test(headline)
    ? { perpetrators: state, targets: other, victims }
    : { perpetrators: other, targets: state, victims };
}

function read(row: Row): Incident {
  const sideA = text(row['side_a']);
  if (!sideA) throw new RowError('side_a is missing');
  const violence = (row['type_of_violence'] ?? '').trim();
  if (!VIOLENCE[violence]) throw new RowError(`type_of_violence: "${violence}" is not 1, 2 or 3`);
  const start = parseDateText(row['date_start'], 'date_start');
  if (!start) throw new RowError('date_start is missing');
  const date = spanToDate(start, parseDateText(row['date_end'], 'date_end'));
  const killed = count(row['best'], 'best');
  for (const k of ['low', 'high', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown']) count(row[k], k);
  const headline = text(row['source_headline']);
  const attributes: Record<string, string | null> = {};
  for (const k of COLUMNS) if (!MAPPED.has(k)) attributes[k] = attr(row[k]);
  return {
    layout: 'ucdp',
    source_id: text(row['id']),
    date,
    country: text(row['country']),
    admin1: text(row['adm_1']),
    admin2: text(row['adm_2']),
    location: text(row['where_coordinates']),
    lat: decimal(row['latitude'], 'latitude', 90),
    lon: decimal(row['longitude'], 'longitude', 180),
    ...sidesToRoles(sideA, text(row['side_b']) ?? '', violence, headline),
    killed,
    injured: null,
    attack_type: VIOLENCE[violence]!,
    target_type: null,
    claimed: null,
    summary: headline,
    attributes,
  };
}

function violenceOf(i: Incident): string {
  const known = Object.entries(VIOLENCE).find(([, label]) => label === i.attack_type);
  if (known) return known[0];
  if (i.targets.length === 0) return '3';
  return [...i.perpetrators, ...i.targets].some((n) => STATE.test(n)) ? '1' : '2';
}

function write(i: Incident): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of COLUMNS) out[k] = attrText(i, k) ?? '';
  const violence = violenceOf(i);
  const fromDate = (edge: 'start' | 'end') => {
    if (!i.date) return '';
    if (i.date.length === 10) return `${i.date} 00:00:00.000`;
    const [y, m] = i.date.split('-').map(Number) as [number, number | undefined];
    const day = edge === 'start' ? 1 : new Date(Date.UTC(y, m ?? 12, 0)).getUTCDate();
    return `${y}-${String(m ?? (edge === 'start' ? 1 : 12)).padStart(2, '0')}-${String(day).padStart(2, '0')} 00:00:00.000`;
  };
  const sideB = i.targets[0] ?? (i.victims.length > 0 || violence === '3' ? 'Civilians' : '');
  return {
    ...out,
    id: cell(i.source_id),
    year: out['year'] || cell(i.date?.slice(0, 4)),
    type_of_violence: out['type_of_violence'] || violence,
    side_a: out['side_a'] || cell(i.perpetrators[0]),
    side_b: out['side_b'] || sideB,
    source_headline: cell(i.summary),
    where_coordinates: cell(i.location),
    adm_1: cell(i.admin1),
    adm_2: cell(i.admin2),
    latitude: cell(i.lat),
    longitude: cell(i.lon),
    country: cell(i.country),
    date_start: out['date_start'] || fromDate('start'),
    date_end: out['date_end'] || fromDate('end'),
    best: cell(i.killed),
  };
}

export const ucdpLayout: Layout = {
  name: 'ucdp',
  label: 'UCDP GED',
  extractor: 'dataset:ucdp-ged@1',
  columns: COLUMNS,
  required: ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start', 'best'],
  signature: ['side_a', 'side_b', 'best', 'type_of_violence'],
  read,
  write,
};
