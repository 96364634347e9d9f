/**
 * Disagreements between sources, shown side by side rather than averaged away:
 * - denial: a claim and another that negates the same (subject, predicate, object);
 * - claim_dates: the same relation given different start or end dates by different documents;
 * - event_counts: one incident (same type and place, dates within a few days) reported
 *   with different casualty or arrest numbers by different documents (43 vs 46 killed);
 * - event_dates: one incident (same type, place and numbers) reported on different dates.
 * Each item carries both sides with their evidence quotes.
 */
import { startOf, type PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, Evidence, EventRecord } from '../core/records.js';

export type DisputeKind = 'denial' | 'claim_dates' | 'event_counts' | 'event_dates';

export interface DisputeSide {
  readonly id: string;
  /** What this side says, briefly ("negated", "from 2014-07", "43 killed"). */
  readonly says: string;
  readonly evidence: readonly Evidence[];
}

export interface Dispute {
  readonly kind: DisputeKind;
  readonly text: string;
  readonly items: DisputeSide[];
}

const docsOf = (ev: readonly Evidence[]): Set<string> => new Set(ev.map((e) => e.document));
const disjointSources = (a: readonly Evidence[], b: readonly Evidence[]): boolean => {
  const da = docsOf(a);
  return [...docsOf(b)].every((d) => !da.has(d));
};

function dayNumber(date: PartialDate): number {
  return Date.parse(`${startOf(date)}T00:00:00Z`) / 86_400_000;
}

function claimDisputes(claims: readonly ClaimRecord[]): Dispute[] {
  const out: Dispute[] = [];
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (c.status === 'rejected') continue;
    const k = `${c.subject}|${c.predicate}|${c.object}`;
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  for (const [k, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => (a.id < b.id ? -1 : 1));
    const yes = list.filter((c) => !c.negated);
    const no = list.filter((c) => c.negated);
    if (yes.length > 0 && no.length > 0) {
      out.push({
        kind: 'denial', text: `${k.replace(/\|/g, ' ')}: asserted by ${yes.length} claim(s), denied by ${no.length}`,
        items: [...yes.map((c) => ({ id: c.id, says: 'asserted', evidence: c.evidence })), ...no.map((c) => ({ id: c.id, says: 'denied', evidence: c.evidence }))],
      });
    }
    for (const field of ['valid_from', 'valid_to'] as const) {
      const dated = yes.filter((c) => c[field] !== null);
      const values = new Set(dated.map((c) => c[field]));
      if (values.size < 2) continue;
      const conflicting = dated.filter((c) => dated.some((o) => o[field] !== c[field] && disjointSources(c.evidence, o.evidence)));
      if (conflicting.length < 2) continue;
      out.push({
        kind: 'claim_dates', text: `${k.replace(/\|/g, ' ')}: sources give different ${field === 'valid_from' ? 'start' : 'end'} dates (${[...values].sort().join(' / ')})`,
        items: conflicting.map((c) => ({ id: c.id, says: `${field === 'valid_from' ? 'from' : 'until'} ${c[field]}`, evidence: c.evidence })),
      });
    }
  }
  return out;
}

const COUNTS = ['killed', 'injured', 'arrested'] as const;

/** Two reports of what may be one incident: a dispute if their numbers or dates differ. */
function compareIncident(a: EventRecord, b: EventRecord): Dispute | null {
  const differing = COUNTS.filter((q) => a[q] !== null && b[q] !== null && a[q] !== b[q]);
  if (differing.length > 0) {
    const says = (e: EventRecord): string => differing.map((q) => `${e[q]} ${q}`).join(', ');
    return {
      kind: 'event_counts', text: `${a.type} at ${a.place} around ${a.date}: ${says(a)} vs ${says(b)}`,
      items: [a, b].map((e) => ({ id: e.id, says: `${says(e)} (${e.date})`, evidence: e.evidence })),
    };
  }
  if (a.date !== b.date && COUNTS.some((q) => a[q] !== null && a[q] === b[q])) {
    return {
      kind: 'event_dates', text: `${a.type} at ${a.place}: reported on ${a.date} and on ${b.date}`,
      items: [a, b].map((e) => ({ id: e.id, says: `on ${e.date}`, evidence: e.evidence })),
    };
  }
  return null;
}

function eventDisputes(events: readonly EventRecord[], maxDays: number): Dispute[] {
  const out: Dispute[] = [];
  // Only events of one type at one place can be the same incident: group first, then
  // compare neighbours in date order, so a large ledger is not compared pairwise.
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    if (e.status === 'rejected' || e.date === null || e.place === null) continue;
    const k = `${e.type}|${e.place}`;
    const list = groups.get(k) ?? [];
    list.push(e);
    groups.set(k, list);
  }
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!.sort((x, y) => dayNumber(x.date!) - dayNumber(y.date!) || (x.id < y.id ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (dayNumber(b.date!) - dayNumber(a.date!) > maxDays) break;
        if (!disjointSources(a.evidence, b.evidence)) continue;
        const d = compareIncident(a, b);
        if (d) out.push(d);
      }
    }
  }
  return out;
}

export function findDisputes(claims: readonly ClaimRecord[], events: readonly EventRecord[], options: { maxDays?: number } = {}): Dispute[] {
  return [...claimDisputes(claims), ...eventDisputes(events, options.maxDays ?? 3)];
}
