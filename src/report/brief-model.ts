/**
 * The shape of a generated brief: sections of template sentences, each tied to the
 * claim and event ids it rests on and to numbered footnotes quoting the evidence.
 * Renderers only lay this out; they never add facts.
 */
import type { Marking } from '../model/ontology.js';
import type { PartialDate } from '../core/partial-date.js';

export interface Footnote {
  readonly n: number;
  readonly document: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  /** Exactly the stored document text between start and end. */
  readonly quote: string;
}

export interface Statement {
  readonly text: string;
  readonly claims: readonly string[];
  readonly events: readonly string[];
  /** Footnote numbers, ascending; never empty. */
  readonly notes: readonly number[];
}

export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly notes: readonly number[];
}

export interface NetworkNode { readonly id: string; readonly name: string; readonly type: string }
export interface NetworkEdge { readonly source: string; readonly target: string; readonly label: string }

export interface ProvinceRow { readonly province: string; readonly incidents: number; readonly killed: number }

export interface DisputeItem {
  readonly text: string;
  readonly sides: readonly Statement[];
}

export interface Brief {
  readonly title: string;
  readonly topic: string | null;
  readonly since: PartialDate | null;
  readonly asOf: PartialDate | null;
  /** The most restrictive marking of anything the brief cites. */
  readonly marking: Marking;
  readonly figures: readonly Figure[];
  readonly network: { readonly nodes: readonly NetworkNode[]; readonly edges: readonly NetworkEdge[] };
  readonly leadership: readonly Statement[];
  readonly provinces: readonly ProvinceRow[];
  readonly incidents: readonly Statement[];
  readonly changes: readonly Statement[];
  readonly disputes: readonly DisputeItem[];
  readonly footnotes: readonly Footnote[];
}

/** Every statement in the brief, for checks that each one is sourced. */
export function allStatements(b: Brief): Statement[] {
  return [...b.leadership, ...b.incidents, ...b.changes, ...b.disputes.flatMap((d) => d.sides)];
}
