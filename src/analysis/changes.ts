/**
 * What changed between two dates, as a readable list: new allegiances, splits,
 * leaders replaced or killed, cells that surfaced, new designations. An item falls in
 * the window when the first day its date covers lies between the first day of `from`
 * and the last day of `to` (so "2014-07" is in a window from 2014-07 or from 2014).
 * Every item carries the claims and events it rests on.
 */
import { endOf, startOf, type PartialDate } from '../core/partial-date.js';
import type { ClaimRecord } from '../core/records.js';
import type { GraphInput } from '../graph/types.js';
import { namer } from './describe.js';

export type ChangeKind = 'allegiance' | 'split' | 'leader_change' | 'leader_killed' | 'killed' | 'cell_surfaced' | 'designation';

export interface Change {
  readonly kind: ChangeKind;
  readonly date: PartialDate;
  readonly text: string;
  readonly claims: string[];
  readonly events: string[];
}

const usable = (s: ClaimRecord['status'], includeProposed: boolean): boolean =>
  s === 'accepted' || s === 'disputed' || (s === 'proposed' && includeProposed);

export function changes(input: GraphInput, from: PartialDate, to: PartialDate, options: { includeProposed?: boolean } = {}): Change[] {
  const lo = startOf(from);
  const hi = endOf(to);
  const inWindow = (d: PartialDate | null): d is PartialDate => d !== null && startOf(d) >= lo && startOf(d) <= hi;
  const name = namer(input);
  const includeProposed = options.includeProposed ?? false;
  const claims = input.claims.filter((c) => !c.negated && usable(c.status, includeProposed));
  const events = input.events.filter((e) => usable(e.status, includeProposed));
  const entity = new Map(input.entities.map((e) => [e.id, e]));
  const byKey = new Map<string, Change>();
  const add = (key: string, item: Change): void => {
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, item); return; }
    for (const c of item.claims) if (!prev.claims.includes(c)) prev.claims.push(c);
    for (const e of item.events) if (!prev.events.includes(e)) prev.events.push(e);
  };

  for (const c of claims) {
    if (!inWindow(c.valid_from)) continue;
    const d = c.valid_from;
    if (c.predicate === 'pledged_allegiance_to') {
      add(`pledge|${c.subject}|${c.object}`, { kind: 'allegiance', date: d, text: `${name(c.subject)} pledged allegiance to ${name(c.object)} (${d})`, claims: [c.id], events: [] });
    } else if (c.predicate === 'splinter_of') {
      add(`split|${c.subject}|${c.object}`, { kind: 'split', date: d, text: `${name(c.subject)} split from ${name(c.object)} (${d})`, claims: [c.id], events: [] });
    } else if (c.predicate === 'leader_of') {
      add(`lead|${c.subject}|${c.object}`, { kind: 'leader_change', date: d, text: `${name(c.subject)} became leader of ${name(c.object)} (${d})`, claims: [c.id], events: [] });
    }
  }

  const ledBy = (person: string): ClaimRecord[] => claims.filter((c) => c.predicate === 'leader_of' && c.subject === person);
  for (const ev of events) {
    if (!inWindow(ev.date)) continue;
    const d = ev.date;
    const role = (r: string): string[] => ev.participants.filter((p) => p.role === r).map((p) => p.entity);
    const orgs = ev.participants.filter((p) => entity.get(p.entity)?.type === 'organization').map((p) => p.entity);
    if (ev.type === 'pledge') {
      const targets = [...role('target'), ...role('leader')];
      const pledgers = ev.participants.filter((p) => p.role !== 'target' && p.role !== 'leader' && p.role !== 'location').map((p) => p.entity);
      for (const s of pledgers) for (const o of targets) {
        add(`pledge|${s}|${o}`, { kind: 'allegiance', date: d, text: `${name(s)} pledged allegiance to ${name(o)} (${d})`, claims: [], events: [ev.id] });
      }
    } else if (ev.type === 'leadership_change') {
      for (const l of role('leader')) for (const o of orgs) {
        add(`lead|${l}|${o}`, { kind: 'leader_change', date: d, text: `${name(l)} became leader of ${name(o)} (${d})`, claims: [], events: [ev.id] });
      }
    } else if (ev.type === 'killing') {
      for (const p of role('killed_person')) {
        const led = ledBy(p).filter((c) => !c.valid_from || startOf(c.valid_from) <= endOf(d));
        const where = ev.place ? ` in ${name(ev.place)}` : '';
        if (led.length > 0) {
          const groups = [...new Set(led.map((c) => name(c.object)))].join(', ');
          add(`killed|${p}`, { kind: 'leader_killed', date: d, text: `${name(p)}, leader of ${groups}, was killed${where} (${d})`, claims: led.map((c) => c.id), events: [ev.id] });
        } else {
          add(`killed|${p}`, { kind: 'killed', date: d, text: `${name(p)} was killed${where} (${d})`, claims: [], events: [ev.id] });
        }
      }
    } else if (ev.type === 'designation') {
      const agencies = orgs.filter((o) => entity.get(o)?.subtype === 'state_agency');
      const designated = ev.participants.map((p) => p.entity).filter((x) => !agencies.includes(x) && entity.get(x)?.type !== 'place');
      const by = agencies.length ? ` by ${agencies.map(name).join(', ')}` : '';
      for (const o of designated) add(`designation|${o}|${d}`, { kind: 'designation', date: d, text: `${name(o)} was designated${by} (${d})`, claims: [], events: [ev.id] });
    }
  }

  // Cells: first dated appearance (claim validity or event) inside the window.
  for (const e of input.entities) {
    if (e.type !== 'organization' || e.subtype !== 'cell') continue;
    const seen: Array<{ date: PartialDate; claim?: string; event?: string; place?: string | null }> = [];
    for (const c of claims) {
      if ((c.subject === e.id || c.object === e.id) && c.valid_from) {
        seen.push({ date: c.valid_from, claim: c.id, place: c.subject === e.id && (c.predicate === 'operates_in' || c.predicate === 'based_in') ? c.object : null });
      }
    }
    for (const ev of events) {
      if (ev.date && ev.participants.some((p) => p.entity === e.id)) seen.push({ date: ev.date, event: ev.id, place: ev.place });
    }
    if (seen.length === 0) continue;
    seen.sort((a, b) => (startOf(a.date) < startOf(b.date) ? -1 : startOf(a.date) > startOf(b.date) ? 1 : 0));
    const first = seen[0]!;
    if (!inWindow(first.date)) continue;
    const same = seen.filter((s) => startOf(s.date) === startOf(first.date));
    const place = same.find((s) => s.place)?.place;
    add(`cell|${e.id}`, {
      kind: 'cell_surfaced', date: first.date, text: `${e.name} surfaced${place ? ` in ${name(place)}` : ''} (${first.date})`,
      claims: same.flatMap((s) => (s.claim ? [s.claim] : [])), events: same.flatMap((s) => (s.event ? [s.event] : [])),
    });
  }

  return [...byKey.values()].sort((a, b) => (startOf(a.date) < startOf(b.date) ? -1 : startOf(a.date) > startOf(b.date) ? 1 : a.text < b.text ? -1 : 1));
}

