/**
 * Leadership changes and pledges are told by claims rather than by incident words: a
 * succession ("X was replaced by Y", "his successor is Y") or a take-over ("Y took over
 * leadership") makes one leadership_change event per new leader, dated like the claim;
 * a dated pledge of allegiance makes one pledge event per sentence and date.
 */
import type { ExtractedClaim } from '../types.js';
import type { Draft } from './draft.js';

export function leadershipEvents(claims: readonly ExtractedClaim[], events: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.type === 'leadership_change') for (const p of e.participants) seen.add(p.entity);
  // A dated claim first: "took over the TTP in November 2013" beats an undated "his predecessor, X".
  const ordered = [...claims].sort((a, b) => Number(a.valid_from === null) - Number(b.valid_from === null));
  for (const c of ordered) {
    if (c.negated) continue;
    const takeOver = c.predicate === 'leader_of' && /^rules\/took-over(?:-org)?@/.test(c.extractor);
    if (c.predicate !== 'succeeded' && !takeOver) continue;
    if (seen.has(c.subject)) continue;
    seen.add(c.subject);
    out.push({
      type: 'leadership_change', rank: 6, date: c.valid_from, place: null, participants: [{ role: 'leader', entity: c.subject }],
      killed: null, injured: null, arrested: null, evidence: [...c.evidence], sentence: -1, confidence: 0.7,
      extractor: 'rules/event-leadership@1', definite: false, continuation: false,
    });
  }
  return out;
}

/** "In May 2016 A and B pledged allegiance to C": one pledge, A and B pledging, C the target. */
export function pledgeEvents(claims: readonly ExtractedClaim[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const c of claims) {
    if (c.negated || c.predicate !== 'pledged_allegiance_to' || c.valid_from === null) continue;
    const ev = c.evidence[0]!;
    const key = `${ev.start}|${c.valid_from}|${c.object}`;
    let d = byKey.get(key);
    if (!d) {
      d = {
        type: 'pledge', rank: 6, date: c.valid_from, place: null, participants: [{ role: 'target', entity: c.object }],
        killed: null, injured: null, arrested: null, evidence: [ev], sentence: -1, confidence: 0.7,
        extractor: 'rules/event-pledge@1', definite: false, continuation: false,
      };
      byKey.set(key, d);
    }
    if (!d.participants.some((p) => p.entity === c.subject)) d.participants.push({ role: 'perpetrator', entity: c.subject });
  }
  return [...byKey.values()];
}
