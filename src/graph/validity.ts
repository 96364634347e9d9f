/**
 * When a claim holds. A claim's interval runs from the first day its valid_from
 * covers to the last day its valid_to covers (a month-precision "2014-09" starts on
 * 2014-09-01; "2016-07" as an end runs to 2016-07-31). Open ends are unbounded.
 *
 * `former` without valid_to: the relation had ended by the time the source wrote,
 * so it ends on the day before the earliest publication date among its evidence
 * documents; with no known publication date it cannot be placed in time and holds
 * at no as-of date (it still appears in the all-time graph).
 *
 * Events end relations: a person killed (role killed_person) on D stops being a
 * leader, member or spokesperson after D; a leadership_change naming a new leader of
 * an organisation on D ends every other open-ended leader_of that organisation at D.
 * Dates of a partial D are taken at the end of the period D covers.
 */
import { endOf, startOf, type PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, EventRecord } from '../core/records.js';
import type { EntityType, Predicate } from '../model/ontology.js';

export interface Interval {
  /** YYYY-MM-DD, or '' for unbounded. */
  readonly from: string;
  /** YYYY-MM-DD, or '\uffff' for unbounded. */
  readonly to: string;
  /** The end as a partial date for display/export (null = open). */
  readonly toPartial: PartialDate | null;
  readonly endedBy: readonly string[];
  /** True when the claim cannot be placed in time (former, undated source). */
  readonly unplaced: boolean;
}

const OPEN_TO = '\uffff';
const ROLE_ENDS: ReadonlySet<Predicate> = new Set(['leader_of', 'member_of', 'spokesperson_of']);

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface EventEnds {
  /** person id → [end day, event id] of death. */
  readonly deaths: ReadonlyMap<string, { day: string; date: PartialDate; event: string }>;
  /** organisation id → leadership changes: new leaders, day, event. */
  readonly successions: ReadonlyMap<string, Array<{ leaders: ReadonlySet<string>; day: string; date: PartialDate; event: string }>>;
}

export function eventEnds(events: readonly EventRecord[], typeOf: (id: string) => EntityType | null): EventEnds {
  const deaths = new Map<string, { day: string; date: PartialDate; event: string }>();
  const successions = new Map<string, Array<{ leaders: ReadonlySet<string>; day: string; date: PartialDate; event: string }>>();
  for (const ev of events) {
    if (!ev.date) continue;
    const day = endOf(ev.date);
    if (ev.type === 'killing') {
      for (const p of ev.participants) {
        if (p.role !== 'killed_person') continue;
        const prev = deaths.get(p.entity);
        if (!prev || day < prev.day) deaths.set(p.entity, { day, date: ev.date, event: ev.id });
      }
    } else if (ev.type === 'leadership_change') {
      const leaders = new Set(ev.participants.filter((p) => p.role === 'leader').map((p) => p.entity));
      if (leaders.size === 0) continue;
      for (const p of ev.participants) {
        if (p.role === 'leader' || typeOf(p.entity) !== 'organization') continue;
        const list = successions.get(p.entity) ?? [];
        list.push({ leaders, day, date: ev.date, event: ev.id });
        successions.set(p.entity, list);
      }
    }
  }
  for (const list of successions.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { deaths, successions };
}

export function claimInterval(claim: ClaimRecord, ends: EventEnds, published: (doc: string) => PartialDate | null): Interval {
  const from = claim.valid_from ? startOf(claim.valid_from) : '';
  let to = claim.valid_to ? endOf(claim.valid_to) : OPEN_TO;
  let toPartial: PartialDate | null = claim.valid_to;
  const endedBy: string[] = [];
  let unplaced = false;
  if (claim.former && !claim.valid_to) {
    const dates = claim.evidence.map((e) => published(e.document)).filter((d): d is PartialDate => d !== null).map(startOf).sort();
    if (dates.length > 0) { to = dayBefore(dates[0]!); toPartial = to; } else unplaced = true;
  }
  const cut = (day: string, date: PartialDate, event: string): void => {
    if (day < to && day >= from) { to = day; toPartial = date; endedBy.push(event); }
  };
  if (ROLE_ENDS.has(claim.predicate)) {
    const death = ends.deaths.get(claim.subject);
    if (death) cut(death.day, death.date, death.event);
  }
  if (claim.predicate === 'leader_of' && !claim.valid_to) {
    for (const s of ends.successions.get(claim.object) ?? []) {
      if (!s.leaders.has(claim.subject) && s.day >= from) { cut(s.day, s.date, s.event); break; }
    }
  }
  return { from, to, toPartial, endedBy, unplaced };
}

/** Whether an interval overlaps the period an as-of date covers (a day, a month or a year). */
export function holdsAt(interval: Interval, asOf: PartialDate): boolean {
  if (interval.unplaced) return false;
  return interval.from <= endOf(asOf) && interval.to >= startOf(asOf);
}
