/**
 * Ledger events → a dataset CSV in the GTD, ACLED or UCDP GED column layout, so our
 * events can be read by tools built for those datasets. Unknown values are written
 * the way the dataset writes them (empty cells; -9 / "Unknown" where GTD does).
 */
import { stringify } from 'csv-stringify/sync';
import type { EntityRecord, EventRecord } from '../core/records.js';
import { attackTypeFor } from './event-type.js';
import type { Incident, LayoutName } from './incident.js';
import { LAYOUTS } from './layouts/index.js';

/** What export needs of an entity; a store's EntitySummary fits. */
export type EntityLite = Pick<EntityRecord, 'id' | 'type' | 'subtype' | 'name' | 'lat' | 'lon' | 'attributes'>;

export interface ExportOptions {
  /** The summary column; by default the evidence quote of events extracted from reports. */
  readonly summary?: (event: EventRecord) => string | null;
  /** The dataset row an imported event came from (see source-rows.ts), for a lossless export. */
  readonly original?: (event: EventRecord) => Incident | null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: unknown): string | null {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return null;
  try {
    return regionNames.of(code) ?? null;
  } catch {
    return null;
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** The row a dataset would hold for one ledger event. */
export function eventToIncident(
  event: EventRecord, entityById: ReadonlyMap<string, EntityLite>, layout: LayoutName, options: ExportOptions = {},
): Incident {
  const nameOf = (id: string) => entityById.get(id)?.name ?? null;
  const withRole = (...roles: string[]) => [...new Set(event.participants
    .filter((p) => roles.includes(p.role)).map((p) => nameOf(p.entity)).filter((n): n is string => n !== null))];
  const place = event.place ? entityById.get(event.place) : undefined;
  const a = place?.attributes ?? {};
  const sub = place?.subtype;
  const claimed = event.participants.some((p) => p.role === 'claimed_by');
  const defaultSummary = event.extractor.startsWith('dataset:') ? null : event.evidence[0]?.quote.replace(/\s+/g, ' ').trim() ?? null;
  const o = options.original?.(event) ?? null;
  if (o) return fromOriginal(o, event, layout, withRole);
  return {
    layout,
    source_id: event.id,
    date: event.date,
    country: sub === 'country' ? place!.name : str(a['country']) ?? countryName(a['country_code']),
    admin1: sub === 'province' || sub === 'region' ? place!.name : str(a['admin1']),
    admin2: sub === 'district' ? place!.name : str(a['admin2']),
    location: sub === 'city' || sub === 'locality' || sub === 'facility' ? place!.name : null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    perpetrators: withRole('claimed_by', 'perpetrator'),
    targets: withRole('target'),
    victims: withRole('victim', 'killed_person'),
    killed: event.killed,
    injured: event.injured,
    attack_type: attackTypeFor(layout, event.type),
    target_type: null,
    claimed: claimed ? true : null,
    summary: options.summary ? options.summary(event) : defaultSummary,
    attributes: {},
  };
}

/**
 * The original row with what the ledger may have changed since (date, counts, actors as
 * resolved). Written in its own layout, its extra columns are kept verbatim.
 */
function fromOriginal(o: Incident, event: EventRecord, layout: LayoutName, withRole: (...roles: string[]) => string[]): Incident {
  const same = o.layout === layout;
  const perpetrators = withRole('claimed_by', 'perpetrator');
  return {
    ...o,
    layout,
    date: event.date,
    killed: event.killed,
    injured: event.injured,
    perpetrators: same || perpetrators.length === 0 ? o.perpetrators : perpetrators,
    attack_type: same ? o.attack_type : attackTypeFor(layout, event.type),
    target_type: same ? o.target_type : null,
    attributes: same ? o.attributes : {},
  };
}

/** Incidents → CSV text with the layout's header. */
export function formatIncidents(incidents: readonly Incident[], layout: LayoutName): string {
  const def = LAYOUTS[layout];
  const rows = incidents.map((i) => {
    const r = def.write(i);
    return def.columns.map((c) => r[c] ?? '');
  });
  return stringify([[...def.columns], ...rows]);
}

export function exportIncidents(
  events: readonly EventRecord[], entities: readonly EntityLite[], layout: LayoutName, options: ExportOptions = {},
): string {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return formatIncidents(events.map((e) => eventToIncident(e, byId, layout, options)), layout);
}
