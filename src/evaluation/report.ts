/**
 * The shape of an evaluation report (also the `--json` output, so it is kept stable;
 * see docs/evaluation.md) and the arithmetic of precision, recall and accuracy.
 * Empty denominators count as 1 ("nothing to find" is not a failure), so a document
 * with no gold relations and no predicted ones scores 1, and predicting nothing for a
 * document with gold scores precision 1, recall 0, F1 0.
 */
import type { EntityType, EventType, Predicate } from '../model/ontology.js';

export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Accuracy {
  readonly correct: number;
  readonly total: number;
  /** null when there was nothing to check. */
  readonly accuracy: number | null;
}

export type ScoredType = 'organization' | 'person' | 'place';
export const SCORED_TYPES: readonly ScoredType[] = ['organization', 'person', 'place'];

export interface EntityMiss { readonly gold: string; readonly type: EntityType; readonly name: string }
export interface EntityFalsePositive {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** "duplicate": it names a gold entity another predicted entity already matched. */
  readonly reason: 'spurious' | 'duplicate';
  readonly duplicateOf: string | null;
}
export interface EntityMatch { readonly gold: string; readonly predicted: string; readonly optional: boolean }

export interface RelationLine {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly negated: boolean;
  readonly quote: string | null;
}
export interface DateError {
  readonly relation: RelationLine;
  readonly gold: { readonly valid_from: string | null; readonly valid_to: string | null };
  readonly predicted: { readonly valid_from: string | null; readonly valid_to: string | null };
}

export interface EventLine {
  readonly type: EventType;
  readonly date: string | null;
  readonly place: string | null;
  readonly participants: readonly string[];
  readonly quote: string | null;
}
export interface NumberError {
  readonly event: EventLine;
  readonly quantity: 'killed' | 'injured' | 'arrested';
  readonly gold: number;
  readonly predicted: number | null;
}

export interface EvalReport {
  readonly document: string;
  readonly entities: {
    readonly overall: Prf;
    readonly byType: Readonly<Record<ScoredType, Prf>>;
    readonly matches: readonly EntityMatch[];
    readonly misses: readonly EntityMiss[];
    readonly falsePositives: readonly EntityFalsePositive[];
  };
  readonly relations: {
    readonly overall: Prf;
    readonly dateAccuracy: Accuracy;
    readonly matches: ReadonlyArray<{ readonly gold: RelationLine; readonly predicted: RelationLine }>;
    readonly misses: readonly RelationLine[];
    readonly falsePositives: readonly RelationLine[];
    /** Predicted relations that match an already matched gold relation through its alternatives: neither TP nor FP. */
    readonly redundant: readonly RelationLine[];
    readonly dateErrors: readonly DateError[];
  };
  readonly events: {
    readonly overall: Prf;
    readonly numberAccuracy: Accuracy;
    /** Gold participants of matched events found among the predicted participants. */
    readonly participantRecall: Accuracy;
    /** Among found participants, the share with the gold role. */
    readonly roleAccuracy: Accuracy;
    readonly matches: ReadonlyArray<{ readonly gold: EventLine; readonly predicted: EventLine }>;
    readonly misses: readonly EventLine[];
    readonly falsePositives: ReadonlyArray<EventLine & { readonly reason: 'spurious' | 'duplicate' }>;
    readonly numberErrors: readonly NumberError[];
  };
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}
