/**
 * Counts over ledger events for tables and CSV: incidents, killed and injured by
 * province (admin1 of the event's place), by group (perpetrator or claimant) and by
 * event type, optionally split by year. Unknown counts are not summed as zero: each
 * row says how many of its incidents had no known death toll.
 */
import { stringify } from 'csv-stringify/sync';
import type { EntityRecord, EventRecord } from '../core/records.js';

export type AggregateBy = 'province' | 'group' | 'type';

export type EntityForAggregates = Pick<EntityRecord, 'id' | 'type' | 'subtype' | 'name' | 'attributes'>;

export interface AggregateRow {
  readonly key: string;
  /** Null when not split by year, or for undated events. */
  readonly year: number | null;
  readonly incidents: number;
  readonly killed: number;
  readonly injured: number;
  /** Incidents whose death toll is unknown (not counted in `killed`). */
  readonly killed_unknown: number;
}

export interface AggregateOptions {
  readonly byYear?: boolean;
  /** Keep only events of this year. */
  readonly year?: number;
}

export const UNKNOWN_KEY = '(unknown)';

type Lookup = ReadonlyMap<string, EntityForAggregates>;

/** Province of a place entity: its own name for provinces and regions, else its admin1 attribute. */
export function provinceOf(place: EntityForAggregates | undefined): string | null {
  if (!place) return null;
  if (place.subtype === 'province' || place.subtype === 'region') return place.name;
  const a = place.attributes['admin1'];
  return typeof a === 'string' && a.trim() !== '' ? a : null;
}

function keysFor(by: AggregateBy, e: EventRecord, lookup: Lookup): string[] {
  if (by === 'type') return [e.type];
  if (by === 'province') return [provinceOf(e.place ? lookup.get(e.place) : undefined) ?? UNKNOWN_KEY];
  const groups = e.participants
    .filter((p) => p.role === 'perpetrator' || p.role === 'claimed_by')
    .map((p) => lookup.get(p.entity)?.name ?? UNKNOWN_KEY);
  return groups.length > 0 ? [...new Set(groups)] : [UNKNOWN_KEY];
}

function yearOf(e: EventRecord): number | null {
  return e.date ? Number(e.date.slice(0, 4)) : null;
}

export function aggregateEvents(
  events: readonly EventRecord[], entities: readonly EntityForAggregates[], by: AggregateBy, options: AggregateOptions = {},
): AggregateRow[] {
  const lookup: Lookup = new Map(entities.map((x) => [x.id, x]));
  const rows = new Map<string, { key: string; year: number | null; incidents: number; killed: number; injured: number; killed_unknown: number }>();
  for (const e of events) {
    const year = yearOf(e);
    if (options.year !== undefined && year !== options.year) continue;
    const y = options.byYear || options.year !== undefined ? year : null;
    for (const key of keysFor(by, e, lookup)) {
      const id = `${y ?? ''}\u0000${key}`;
      let r = rows.get(id);
      if (!r) rows.set(id, (r = { key, year: y, incidents: 0, killed: 0, injured: 0, killed_unknown: 0 }));
      r.incidents += 1;
      if (e.killed === null) r.killed_unknown += 1;
      else r.killed += e.killed;
      r.injured += e.injured ?? 0;
    }
  }
  return [...rows.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || b.incidents - a.incidents || b.killed - a.killed
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const aggregateByProvince = (events: readonly EventRecord[], entities: readonly EntityForAggregates[], options?: AggregateOptions) =>
  aggregateEvents(events, entities, 'province', options);
export const aggregateByGroup = (events: readonly EventRecord[], entities: readonly EntityForAggregates[], options?: AggregateOptions) =>
  aggregateEvents(events, entities, 'group', options);
export const aggregateByType = (events: readonly EventRecord[], entities: readonly EntityForAggregates[], options?: AggregateOptions) =>
  aggregateEvents(events, entities, 'type', options);

/** Rows as CSV with a header named after the grouping (`province,year,incidents,…`). */
export function aggregateToCsv(rows: readonly AggregateRow[], by: AggregateBy): string {
  return stringify([[by, 'year', 'incidents', 'killed', 'injured', 'killed_unknown'],
    ...rows.map((r) => [r.key, r.year ?? '', r.incidents, r.killed, r.injured, r.killed_unknown])]);
}
