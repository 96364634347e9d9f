/**
 * The pure resolution planner used at ingest. Given a document's extracted entities,
 * the stored entities found for each by blocking key, and the analysts' past
 * same-as decisions, it says for each local entity whether it is a stored entity
 * (and which aliases to add) or a new one, and which pairs are worth an analyst's
 * look. Rules, in order: a decided 'different' pair is never merged; a decided
 * 'same' pair always is; an equal gazetteer id is the same place or group; otherwise
 * matchNames decides, and only a 'same' merges. Deterministic: candidates are
 * considered by score, then id.
 */
import type { EntityRecord } from '../core/records.js';
import type { ExtractedEntity } from '../extraction/types.js';
import type { EntitySummary, SameAsCandidate } from '../store/store.js';
import { matchPrepared, SAME_THRESHOLD } from './match.js';
import { simplify } from './normalise.js';
import { prepare, type NameProfile, type PreparedProfile } from './profile.js';

export type PlanStep =
  | { readonly kind: 'existing'; readonly key: string; readonly id: string; readonly addAliases: readonly string[] }
  | { readonly kind: 'new'; readonly key: string; readonly draft: Omit<EntityRecord, 'mentions'> };

export type PossibleSame = Pick<SameAsCandidate, 'a' | 'b' | 'score' | 'reasons'>;

export interface ResolutionPlan {
  readonly steps: readonly PlanStep[];
  readonly possibleSame: readonly PossibleSame[];
}

export interface ResolveInput {
  readonly entities: readonly ExtractedEntity[];
  /** Stored entities found by blocking key, per local key. */
  readonly candidates: ReadonlyMap<string, readonly EntitySummary[]>;
  /** Same-as pairs (decided ones are binding; undecided ones are ignored). */
  readonly decisions: readonly SameAsCandidate[];
  /** The id a new entity for this local key gets (deterministic, from the document). */
  readonly newId: (key: string) => string;
  /** Optional context: ids/keys of entities mentioned near each local entity. */
  readonly coMentions?: ReadonlyMap<string, readonly string[]>;
}

interface Scored { id: string; score: number; reasons: string[]; names: readonly string[] }

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function countryOf(attrs: Readonly<Record<string, unknown>>): string | null {
  const c = attrs['country'] ?? attrs['country_code'];
  return typeof c === 'string' ? c : null;
}

function profileOf(e: { type: EntityRecord['type']; subtype: string | null; name: string; aliases: readonly string[]; attributes: EntityRecord['attributes'] }, co?: readonly string[]): NameProfile {
  return {
    type: e.type, subtype: e.subtype, name: e.name, aliases: e.aliases,
    context: { country: countryOf(e.attributes), coMentions: co ?? [] },
  };
}

function byScoreThenId(a: Scored, b: Scored): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function resolveExtraction(input: ResolveInput): ResolutionPlan {
  const decided = new Map<string, 'same' | 'different'>();
  for (const d of input.decisions) if (d.decision) decided.set(pairKey(d.a, d.b), d.decision);

  const steps: PlanStep[] = [];
  const possible = new Map<string, PossibleSame>();
  // Entities created earlier in this document, so a later "TTP" joins an earlier "Tehrik-i-Taliban Pakistan".
  const local: Array<{ id: string; prepared: PreparedProfile; names: string[] }> = [];

  for (const e of input.entities) {
    const selfId = input.newId(e.key);
    const q = prepare(profileOf(e, input.coMentions?.get(e.key)));
    const gid = e.attributes['gazetteer_id'];
    const scored: Scored[] = [];
    const seen = new Set<string>();
    for (const c of input.candidates.get(e.key) ?? []) {
      if (seen.has(c.id) || c.type !== e.type) continue;
      seen.add(c.id);
      const verdict = decided.get(pairKey(selfId, c.id));
      if (verdict === 'different') continue;
      const names = [c.name, ...c.aliases];
      if (verdict === 'same') { scored.push({ id: c.id, score: 2, reasons: ['decided same by an analyst'], names }); continue; }
      if (gid != null && c.attributes['gazetteer_id'] === gid) { scored.push({ id: c.id, score: 1.5, reasons: [`same gazetteer id ${String(gid)}`], names }); continue; }
      const r = matchPrepared(q, prepare(profileOf(c)));
      if (r.decision !== 'different') scored.push({ id: c.id, score: r.score, reasons: r.reasons, names });
    }
    for (const l of local) {
      if (seen.has(l.id) || l.prepared.profile.type !== e.type) continue;
      const r = matchPrepared(q, l.prepared);
      if (r.decision === 'same') scored.push({ id: l.id, score: r.score, reasons: r.reasons, names: l.names });
    }
    scored.sort(byScoreThenId);
    const chosen = scored.find((s) => s.score >= SAME_THRESHOLD);
    const resolvedId = chosen?.id ?? selfId;

    if (chosen) {
      const known = new Set(chosen.names.map(simplify));
      const add: string[] = [];
      for (const n of [e.name, ...e.aliases]) {
        const s = simplify(n);
        if (s && !known.has(s)) { known.add(s); add.push(n); }
      }
      steps.push({ kind: 'existing', key: e.key, id: chosen.id, addAliases: add });
      const l = local.find((x) => x.id === chosen.id);
      if (l) l.names.push(...add);
    } else {
      const aliases = [...new Set(e.aliases.filter((a) => simplify(a) !== simplify(e.name)))];
      steps.push({
        kind: 'new', key: e.key,
        draft: { id: selfId, type: e.type, subtype: e.subtype, name: e.name, aliases, lat: e.lat, lon: e.lon, attributes: e.attributes },
      });
      local.push({ id: selfId, prepared: q, names: [e.name, ...aliases] });
    }
    for (const s of scored) {
      if (s.id === resolvedId || s.score > 1) continue;
      const k = pairKey(resolvedId, s.id);
      if (decided.has(k) || possible.has(k)) continue;
      const [a, b] = resolvedId < s.id ? [resolvedId, s.id] : [s.id, resolvedId];
      possible.set(k, { a, b, score: Math.min(s.score, 1), reasons: s.reasons });
    }
  }
  return { steps, possibleSame: [...possible.values()] };
}
