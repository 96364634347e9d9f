/**
 * Relation matching. Predicted claims are first collapsed to relations: claims whose
 * subject and object stand for the same entities with the same predicate and negation
 * are one relation however many sentences state it (also when duplicate entities
 * carry them — the duplicate is already counted once, under entities). A relation
 * matches a gold relation when its predicate is the gold one or an alternative, its
 * subject and object resolve to the gold ones or their alternatives (either way round
 * for symmetric predicates) and both agree on negation. Pairs are taken best first.
 */
import type { ClaimRecord } from '../core/records.js';
import { ontology, type Predicate } from '../model/ontology.js';
import type { Gold, GoldRelation } from './gold.js';
import { quoteOverlap } from './quote-overlap.js';
import type { MatchContext } from './match-context.js';
import { accuracy, prf, type Accuracy, type DateError, type Prf, type RelationLine } from './report.js';

export interface PredictedRelation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly negated: boolean;
  readonly valid_from: string | null;
  readonly valid_to: string | null;
  readonly quotes: readonly string[];
}

export interface RelationScore {
  readonly overall: Prf;
  readonly dateAccuracy: Accuracy;
  readonly matches: Array<{ gold: RelationLine; predicted: RelationLine }>;
  readonly misses: RelationLine[];
  readonly falsePositives: RelationLine[];
  readonly redundant: RelationLine[];
  readonly dateErrors: DateError[];
}

const symmetric = (p: Predicate): boolean => ontology.predicates[p].symmetric;

export function collapseClaims(claims: readonly ClaimRecord[], ctx: MatchContext): PredictedRelation[] {
  const ident = (id: string) => {
    const r = ctx.resolve(id);
    return r.length > 0 ? `g:${r[0]}` : `p:${id}`;
  };
  const groups = new Map<string, { rel: PredictedRelation; quotes: string[] }>();
  for (const c of claims) {
    let [s, o] = [ident(c.subject), ident(c.object)];
    if (symmetric(c.predicate) && o < s) [s, o] = [o, s];
    const key = `${s}\u0000${c.predicate}\u0000${o}\u0000${c.negated}`;
    const quotes = c.evidence.map((e) => e.quote);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { rel: { subject: c.subject, predicate: c.predicate, object: c.object, negated: c.negated, valid_from: c.valid_from, valid_to: c.valid_to, quotes: [] }, quotes });
    } else {
      group.quotes.push(...quotes);
      // The first stated date stands for the relation; a later sentence may only fill a gap.
      if (group.rel.valid_from === null || group.rel.valid_to === null) {
        group.rel = { ...group.rel, valid_from: group.rel.valid_from ?? c.valid_from, valid_to: group.rel.valid_to ?? c.valid_to };
      }
    }
  }
  return [...groups.values()].map(({ rel, quotes }) => ({ ...rel, quotes }));
}

const goldSubjects = (g: GoldRelation) => [g.subject, ...g.alt_subjects];
const goldObjects = (g: GoldRelation) => [g.object, ...g.alt_objects];
const hasDates = (g: GoldRelation) => g.valid_from !== undefined || g.valid_to !== undefined;
const datesEqual = (p: PredictedRelation, g: GoldRelation) =>
  p.valid_from === (g.valid_from ?? null) && p.valid_to === (g.valid_to ?? null);

/** Match score of a predicted relation against a gold one; 0 when they do not match. */
function pairScore(p: PredictedRelation, g: GoldRelation, ctx: MatchContext): number {
  if (p.predicate !== g.predicate && !g.alt_predicates.includes(p.predicate)) return 0;
  if (p.negated !== g.negated) return 0;
  const subjects = ctx.resolve(p.subject);
  const objects = ctx.resolve(p.object);
  const fits = (s: readonly string[], o: readonly string[]) =>
    s.some((x) => goldSubjects(g).includes(x)) && o.some((x) => goldObjects(g).includes(x));
  const straight = fits(subjects, objects);
  const swapped = !straight && symmetric(p.predicate) && fits(objects, subjects);
  if (!straight && !swapped) return 0;
  const [s, o] = swapped ? [objects, subjects] : [subjects, objects];
  let score = 4;
  if (p.predicate === g.predicate) score += 1;
  if (s.includes(g.subject)) score += 1;
  if (o.includes(g.object)) score += 1;
  if (hasDates(g) && datesEqual(p, g)) score += 1;
  return score + 2 * quoteOverlap(g.quote, p.quotes);
}

export function scoreRelations(gold: Gold, claims: readonly ClaimRecord[], ctx: MatchContext): RelationScore {
  const predicted = collapseClaims(claims, ctx);
  const pairs: Array<{ p: number; g: number; s: number }> = [];
  predicted.forEach((pr, p) => gold.relations.forEach((gr, g) => {
    const s = pairScore(pr, gr, ctx);
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

  const predLine = (r: PredictedRelation): RelationLine => ({
    subject: ctx.predictedName(r.subject), predicate: r.predicate, object: ctx.predictedName(r.object),
    negated: r.negated, quote: r.quotes[0] ?? null,
  });
  const goldLine = (r: GoldRelation): RelationLine => ({
    subject: ctx.goldName(r.subject), predicate: r.predicate, object: ctx.goldName(r.object),
    negated: r.negated, quote: r.quote ?? null,
  });

  const falsePositives: RelationLine[] = [];
  const redundant: RelationLine[] = [];
  predicted.forEach((r, p) => {
    if (goldOf.has(p)) return;
    (hasCandidate.has(p) ? redundant : falsePositives).push(predLine(r));
  });
  const misses = gold.relations.filter((g, i) => !predOf.has(i) && !g.optional).map(goldLine);
  const matches = [...predOf].sort((a, b) => a[0] - b[0])
    .map(([g, p]) => ({ gold: goldLine(gold.relations[g]!), predicted: predLine(predicted[p]!) }));

  const dateErrors: DateError[] = [];
  let dated = 0;
  for (const [g, p] of predOf) {
    const gr = gold.relations[g]!;
    const pr = predicted[p]!;
    if (!hasDates(gr)) continue;
    dated += 1;
    if (!datesEqual(pr, gr)) {
      dateErrors.push({
        relation: goldLine(gr),
        gold: { valid_from: gr.valid_from ?? null, valid_to: gr.valid_to ?? null },
        predicted: { valid_from: pr.valid_from, valid_to: pr.valid_to },
      });
    }
  }
  return {
    overall: prf(predOf.size, falsePositives.length, misses.length),
    dateAccuracy: accuracy(dated - dateErrors.length, dated),
    matches, misses, falsePositives, redundant, dateErrors,
  };
}
