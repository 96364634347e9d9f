/**
 * Event matching. A predicted event fits a gold event when the type is the gold type
 * or an alternative and, when the gold gives a date or a place, the date is equal or
 * the place resolves to the gold place or an alternative; a gold event with neither
 * needs a shared participant or evidence overlapping its quote. Among fitting pairs
 * the best are taken first, scored by type, date, place, participants, counts and
 * evidence overlap. A second predicted event for an incident already matched is a
 * duplicate and counts as a false positive: it would show as two incidents.
 */
import type { EventRecord } from '../core/records.js';
import type { Gold, GoldEvent } from './gold.js';
import { quoteOverlap } from './quote-overlap.js';
import { accuracy, prf, type Accuracy, type EventLine, type NumberError, type Prf } from './report.js';
import type { MatchContext } from './match-context.js';

export interface EventScore {
  readonly overall: Prf;
  readonly numberAccuracy: Accuracy;
  readonly participantRecall: Accuracy;
  readonly roleAccuracy: Accuracy;
  readonly matches: Array<{ gold: EventLine; predicted: EventLine }>;
  readonly misses: EventLine[];
  readonly falsePositives: Array<EventLine & { reason: 'spurious' | 'duplicate' }>;
  readonly numberErrors: NumberError[];
}

const QUANTITIES = ['killed', 'injured', 'arrested'] as const;

function placesOf(e: EventRecord, ctx: MatchContext): string[] {
  const ids = [e.place, ...e.participants.filter((p) => p.role === 'location').map((p) => p.entity)];
  return ids.flatMap((id) => ctx.resolve(id));
}

function pairScore(p: EventRecord, g: GoldEvent, ctx: MatchContext): number {
  const typeExact = p.type === g.type;
  if (!typeExact && !g.alt_types.includes(p.type)) return 0;
  const places = placesOf(p, ctx);
  const dateOk = g.date !== undefined && p.date === g.date;
  const placeOk = g.place !== undefined && places.some((x) => x === g.place || g.alt_places.includes(x));
  const participants = new Set(p.participants.flatMap((x) => ctx.resolve(x.entity)));
  const shared = g.participants.filter((x) => participants.has(x.entity)).length;
  const overlap = quoteOverlap(g.quote, p.evidence.map((e) => e.quote));
  if (g.date !== undefined || g.place !== undefined) {
    if (!dateOk && !placeOk) return 0;
  } else if (shared === 0 && overlap === 0) {
    return 0;
  }
  let score = typeExact ? 3 : 2;
  if (dateOk) score += 2;
  if (placeOk) score += places.includes(g.place!) ? 2.5 : 2;
  score += shared;
  for (const q of QUANTITIES) if (g[q] !== undefined && p[q] === g[q]) score += 1;
  return score + 2 * overlap;
}

export function scoreEvents(gold: Gold, events: readonly EventRecord[], ctx: MatchContext): EventScore {
  const pairs: Array<{ p: number; g: number; s: number }> = [];
  events.forEach((pe, p) => gold.events.forEach((ge, g) => {
    const s = pairScore(pe, ge, ctx);
    if (s > 0) pairs.push({ p, g, s });
  }));
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const predOf = new Map<number, number>();
  const goldOf = new Map<number, number>();
  for (const { p, g } of pairs) {
    if (predOf.has(g) || goldOf.has(p)) continue;
    predOf.set(g, p);
    goldOf.set(p, g);
  }
  const hasCandidate = new Set(pairs.map((x) => x.p));

  const predLine = (e: EventRecord): EventLine => ({
    type: e.type, date: e.date, place: e.place === null ? null : ctx.predictedName(e.place),
    participants: e.participants.map((x) => `${x.role}: ${ctx.predictedName(x.entity)}`),
    quote: e.evidence[0]?.quote ?? null,
  });
  const goldLine = (e: GoldEvent): EventLine => ({
    type: e.type, date: e.date ?? null, place: e.place === undefined ? null : ctx.goldName(e.place),
    participants: e.participants.map((x) => `${x.role}: ${ctx.goldName(x.entity)}`),
    quote: e.quote ?? null,
  });

  const falsePositives = events
    .map((e, p) => ({ e, p }))
    .filter(({ p }) => !goldOf.has(p))
    .map(({ e, p }) => ({ ...predLine(e), reason: hasCandidate.has(p) ? 'duplicate' as const : 'spurious' as const }));
  const misses = gold.events.filter((g, i) => !predOf.has(i) && !g.optional).map(goldLine);
  const matches = [...predOf].sort((a, b) => a[0] - b[0])
    .map(([g, p]) => ({ gold: goldLine(gold.events[g]!), predicted: predLine(events[p]!) }));

  const numberErrors: NumberError[] = [];
  let numbers = 0;
  let goldParticipants = 0;
  let found = 0;
  let roles = 0;
  for (const [g, p] of predOf) {
    const ge = gold.events[g]!;
    const pe = events[p]!;
    for (const q of QUANTITIES) {
      const want = ge[q];
      if (want === undefined) continue;
      numbers += 1;
      if (pe[q] !== want) numberErrors.push({ event: goldLine(ge), quantity: q, gold: want, predicted: pe[q] });
    }
    for (const gp of ge.participants) {
      goldParticipants += 1;
      const same = pe.participants.filter((x) => ctx.resolve(x.entity).includes(gp.entity));
      if (same.length === 0) continue;
      found += 1;
      if (same.some((x) => x.role === gp.role)) roles += 1;
    }
  }
  return {
    overall: prf(predOf.size, falsePositives.length, misses.length),
    numberAccuracy: accuracy(numbers - numberErrors.length, numbers),
    participantRecall: accuracy(found, goldParticipants),
    roleAccuracy: accuracy(roles, found),
    matches, misses, falsePositives, numberErrors,
  };
}
