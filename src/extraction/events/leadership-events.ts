/**
 * Leadership changes are told by claims rather than by incident words: a succession
 * ("X was replaced by Y", "his successor is Y") or a take-over ("Y took over
 * leadership") makes one leadership_change event per new leader, dated like the claim.
 */
import type { ExtractedClaim } from '../types.js';
import type { Draft } from './sentence-events.js';

export function leadershipEvents(claims: readonly ExtractedClaim[], events: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.type === 'leadership_change') for (const p of e.participants) seen.add(p.entity);
  for (const c of claims) {
    if (c.negated) continue;
    const takeOver = c.predicate === 'leader_of' && c.extractor.startsWith('rules/took-over@');
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
