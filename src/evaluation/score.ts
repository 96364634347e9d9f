/**
 * Scores one predicted `cellgraph/1` file against one gold file: entities first, since
 * relations and events are judged through the entities they resolve to. Pure: the
 * same inputs always give the same report.
 */
import type { Interchange } from '../interchange/types.js';
import type { Gold } from './gold.js';
import { alignEntities, resolver } from './entity-match.js';
import { scoreRelations } from './relation-match.js';
import type { MatchContext } from './match-context.js';
import { scoreEvents } from './event-match.js';
import { prf, SCORED_TYPES, type EvalReport, type Prf, type ScoredType } from './report.js';

export function score(gold: Gold, predicted: Interchange, label?: string): EvalReport {
  const alignment = alignEntities(gold, predicted.entities);
  const byType = Object.fromEntries(SCORED_TYPES.map((t) => [t, prf(
    alignment.matches.filter((m) => typeOfGold(gold, m.gold) === t).length,
    alignment.falsePositives.filter((f) => f.type === t).length,
    alignment.misses.filter((m) => m.type === t).length,
  )])) as Record<ScoredType, Prf>;

  const predictedNames = new Map(predicted.entities.map((e) => [e.id, e.name]));
  const goldNames = new Map(gold.entities.map((e) => [e.id, e.name]));
  const ctx: MatchContext = {
    resolve: resolver(alignment),
    predictedName: (id) => predictedNames.get(id) ?? id,
    goldName: (id) => goldNames.get(id) ?? id,
  };
  const relations = scoreRelations(gold, predicted.claims, ctx);
  const events = scoreEvents(gold, predicted.events, ctx);
  return {
    document: label ?? gold.title ?? gold.document,
    entities: {
      overall: prf(alignment.matches.length, alignment.falsePositives.length, alignment.misses.length),
      byType,
      matches: alignment.matches,
      misses: alignment.misses,
      falsePositives: alignment.falsePositives,
    },
    relations,
    events,
  };
}

function typeOfGold(gold: Gold, id: string): string | undefined {
  return gold.entities.find((e) => e.id === id)?.type;
}
