/**
 * Scores matchNames against a labelled set of name pairs (data/alias-pairs.json):
 * precision and recall of the 'same' decision, with every error listed so a change
 * to the rules can be judged by what it fixes and what it breaks.
 */
import type { EntityType } from '../model/ontology.js';
import { matchNames, type MatchResult } from './match.js';
import type { NameProfile } from './profile.js';

export interface PairSide {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country?: string;
  readonly subtype?: string;
  readonly coMentions?: readonly string[];
  readonly type?: EntityType;
}

export interface AliasPair {
  readonly a: string | PairSide;
  readonly b: string | PairSide;
  /** Entity type of both sides, or 'mixed' when each side gives its own. */
  readonly type: EntityType | 'mixed';
  readonly same: boolean;
  readonly note: string;
}

export interface PairOutcome { readonly pair: AliasPair; readonly result: MatchResult }

export interface PairScores {
  readonly pairs: number;
  readonly positives: number;
  readonly truePositives: number;
  readonly falsePositives: PairOutcome[];
  readonly falseNegatives: PairOutcome[];
  readonly possibleOnPositives: number;
  readonly precision: number;
  readonly recall: number;
}

export function toProfile(side: string | PairSide, type: EntityType | 'mixed'): NameProfile {
  const s: PairSide = typeof side === 'string' ? { name: side } : side;
  const t = s.type ?? (type === 'mixed' ? 'organization' : type);
  return {
    type: t, subtype: s.subtype ?? null, name: s.name, aliases: s.aliases ?? [],
    context: { country: s.country ?? null, coMentions: s.coMentions ?? [] },
  };
}

export function evaluatePairs(pairs: readonly AliasPair[]): PairScores {
  let tp = 0;
  let positives = 0;
  let possibleOnPositives = 0;
  const falsePositives: PairOutcome[] = [];
  const falseNegatives: PairOutcome[] = [];
  for (const pair of pairs) {
    const result = matchNames(toProfile(pair.a, pair.type), toProfile(pair.b, pair.type));
    const said = result.decision === 'same';
    if (pair.same) positives++;
    if (said && pair.same) tp++;
    else if (said) falsePositives.push({ pair, result });
    else if (pair.same) {
      falseNegatives.push({ pair, result });
      if (result.decision === 'possible') possibleOnPositives++;
    }
  }
  const predicted = tp + falsePositives.length;
  return {
    pairs: pairs.length, positives, truePositives: tp, falsePositives, falseNegatives, possibleOnPositives,
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: positives === 0 ? 1 : tp / positives,
  };
}
