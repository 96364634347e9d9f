/**
 * Claims for a whole document: rule hits per sentence turned into claims with dates,
 * type-checked against the ontology, de-duplicated (evidence accumulates), then two
 * document-level inferences the text states implicitly: a successor takes over the
 * predecessor's leadership from the succession date, and a leader killed on a date
 * stops leading then.
 */
import { fitsPredicate } from '../../model/vocabulary.js';
import type { PartialDate } from '../../core/partial-date.js';
import type { ExtractedClaim, Span } from '../types.js';
import type { RawClaim } from './engine.js';

const MILITANT_TIES = new Set<ExtractedClaim['predicate']>(['affiliated_with', 'allied_with', 'pledged_allegiance_to', 'splinter_of', 'faction_of', 'merged_into']);

export interface Dated { readonly raw: RawClaim; readonly from: PartialDate | null; readonly to: PartialDate | null; readonly sentence: Span }

interface MutableClaim {
  subject: string; predicate: ExtractedClaim['predicate']; object: string;
  valid_from: PartialDate | null; valid_to: PartialDate | null; former: boolean; negated: boolean;
  confidence: number; extractor: string; evidence: Span[];
}

export function buildClaims(dated: readonly Dated[], killedOn: ReadonlyMap<string, PartialDate | null>): ExtractedClaim[] {
  const byKey = new Map<string, MutableClaim>();
  for (const { raw, from, to, sentence } of dated) {
    if (raw.subject.key === raw.object.key) continue;
    if (!fitsPredicate(raw.predicate, raw.subject.type, raw.object.type)) continue;
    // A state's own forces or agencies do not join, ally with or split from militant groups.
    if (raw.subject.subtype === 'state_agency' && MILITANT_TIES.has(raw.predicate)) continue;
    const id = `${raw.subject.key}|${raw.predicate}|${raw.object.key}|${raw.negated}`;
    const have = byKey.get(id);
    if (have) {
      have.valid_from ??= from;
      have.valid_to ??= to;
      have.former ||= raw.former;
      have.confidence = Math.max(have.confidence, raw.rule.confidence);
      if (!have.evidence.some((e) => e.start === sentence.start)) have.evidence.push(sentence);
      continue;
    }
    byKey.set(id, {
      subject: raw.subject.key, predicate: raw.predicate, object: raw.object.key, valid_from: from, valid_to: to,
      former: raw.former, negated: raw.negated, confidence: round(raw.rule.confidence * (raw.subject.pronoun || raw.object.pronoun ? 0.85 : 1)), extractor: `rules/${raw.rule.id}@1`, evidence: [sentence],
    });
  }
  const claims = [...byKey.values()];
  stopAtDeath(claims, killedOn);
  // Succession: Y succeeded X on D ⇒ Y leads what X led, from D; X stops at D.
  for (const s of claims.filter((c) => c.predicate === 'succeeded' && !c.negated)) {
    for (const l of claims.filter((c) => c.predicate === 'leader_of' && c.subject === s.object && !c.negated)) {
      if (s.valid_from && !l.valid_to) l.valid_to = s.valid_from;
      const existing = claims.find((c) => c.predicate === 'leader_of' && c.subject === s.subject && c.object === l.object);
      if (existing) { existing.valid_from ??= s.valid_from; continue; }
      claims.push({ ...l, subject: s.subject, valid_from: s.valid_from, valid_to: null, former: false, confidence: round(Math.min(l.confidence, s.confidence) * 0.9), extractor: 'rules/succession-inference@1', evidence: [...s.evidence] });
    }
  }
  // Y succeeded X and Y leads O ⇒ X led O until Y took over ("his predecessor, X").
  for (const s of claims.filter((c) => c.predicate === 'succeeded' && !c.negated)) {
    for (const l of claims.filter((c) => c.predicate === 'leader_of' && c.subject === s.subject && !c.negated)) {
      if (claims.some((c) => c.predicate === 'leader_of' && c.subject === s.object)) continue;
      claims.push({ ...l, subject: s.object, valid_from: null, valid_to: killedOn.get(s.object) ?? s.valid_from ?? l.valid_from, former: true, confidence: round(Math.min(l.confidence, s.confidence) * 0.85), extractor: 'rules/predecessor-inference@1', evidence: [...s.evidence] });
    }
  }
  stopAtDeath(claims, killedOn);
  return claims;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** A leader killed on D leads no more after D. */
function stopAtDeath(claims: MutableClaim[], killedOn: ReadonlyMap<string, PartialDate | null>): void {
  for (const l of claims) {
    if (l.predicate !== 'leader_of' || l.valid_to) continue;
    const d = killedOn.get(l.subject);
    if (d && (!l.valid_from || l.valid_from <= d)) l.valid_to = d;
  }
}
