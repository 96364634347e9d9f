/**
 * What the question commands share: options for the as-of projection, loading the
 * graph, and printing the claims and quotes behind an answer.
 */
import type { Command } from 'commander';
import type { Store } from '../store/store.js';
import type { ClaimRecord } from '../core/records.js';

import { loadGraphInput } from '../app/graph-input.js';
import { projectGraph } from '../graph/project.js';
import type { CellGraph, GraphInput } from '../graph/types.js';
import { parsePartialDate, type PartialDate } from '../core/partial-date.js';
import { parseConfidence } from '../app/review.js';

export interface ProjectionFlags {
  readonly db?: string;
  readonly asOf?: string;
  readonly includeProposed?: boolean;
  readonly minConfidence?: string;
  readonly json?: boolean;
}

export function projectionOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--as-of <date>', 'see the network as of this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--include-proposed', 'include claims not yet reviewed by an analyst')
    .option('--min-confidence <0-1>', 'leave out claims below this confidence')
    .option('--json', 'print JSON');
}

export interface Loaded {
  readonly input: GraphInput;
  readonly graph: CellGraph;
  readonly asOf: PartialDate | null;
}

export async function loadProjection(store: Store, flags: ProjectionFlags): Promise<Loaded> {
  const asOf = flags.asOf ? parsePartialDate(flags.asOf) : null;
  const minConfidence = flags.minConfidence === undefined ? 0 : parseConfidence(flags.minConfidence);
  const input = await loadGraphInput(store);
  return { input, asOf, graph: projectGraph(input, { asOf, includeProposed: Boolean(flags.includeProposed), minConfidence }) };
}

/** Indented quote lines for claims, for plain-text answers. */
export function quoteLines(claims: readonly ClaimRecord[], indent = '      '): string[] {
  const lines: string[] = [];
  for (const c of claims) {
    for (const ev of c.evidence.slice(0, 1)) {
      const q = ev.quote.replace(/\s+/g, ' ');
      lines.push(`${indent}“${q.length > 200 ? `${q.slice(0, 199)}…` : q}” [${ev.document} ${ev.start}-${ev.end}]`);
    }
  }
  return lines;
}
