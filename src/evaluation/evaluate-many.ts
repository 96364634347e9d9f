/**
 * The macro mean over documents: each document weighs the same whatever its length,
 * so one long brief does not hide how the extractor does on short news items.
 * Accuracies a document had nothing to check for (null) are left out of their mean.
 */
import { SCORED_TYPES, type EvalReport, type ScoredType } from './report.js';

interface MeanPrf { readonly precision: number | null; readonly recall: number | null; readonly f1: number | null }

export interface MacroReport {
  readonly documents: number;
  readonly entities: MeanPrf & { readonly byType: Readonly<Record<ScoredType, number | null>> };
  readonly relations: MeanPrf & { readonly dateAccuracy: number | null };
  readonly events: MeanPrf & {
    readonly numberAccuracy: number | null;
    readonly participantRecall: number | null;
    readonly roleAccuracy: number | null;
  };
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function meanPrf(list: ReadonlyArray<{ precision: number; recall: number; f1: number }>): MeanPrf {
  return { precision: mean(list.map((x) => x.precision)), recall: mean(list.map((x) => x.recall)), f1: mean(list.map((x) => x.f1)) };
}

export function evaluateMany(reports: readonly EvalReport[]): MacroReport {
  return {
    documents: reports.length,
    entities: {
      ...meanPrf(reports.map((r) => r.entities.overall)),
      byType: Object.fromEntries(SCORED_TYPES.map((t) => [t, mean(reports.map((r) => r.entities.byType[t].f1))])) as Record<ScoredType, number | null>,
    },
    relations: { ...meanPrf(reports.map((r) => r.relations.overall)), dateAccuracy: mean(reports.map((r) => r.relations.dateAccuracy.accuracy)) },
    events: {
      ...meanPrf(reports.map((r) => r.events.overall)),
      numberAccuracy: mean(reports.map((r) => r.events.numberAccuracy.accuracy)),
      participantRecall: mean(reports.map((r) => r.events.participantRecall.accuracy)),
      roleAccuracy: mean(reports.map((r) => r.events.roleAccuracy.accuracy)),
    },
  };
}
