/**
 * `cellgraph graph`: the network as of a date, as graphology JSON, GraphML or GEXF.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { projectStore } from '../../app/graph-input.js';
import { toGraphologyJSON } from '../../graph/export-json.js';
import { toGraphML } from '../../graph/export-graphml.js';
import { toGEXF } from '../../graph/export-gexf.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { WorkbenchError } from '../../core/errors.js';

const FORMATS = ['json', 'graphml', 'gexf'] as const;

export function registerGraph(program: Command, io: Io): void {
  program.command('graph')
    .description('the network as of a date (accepted claims; --include-proposed adds machine proposals)')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--as-of <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--include-proposed', 'include claims not yet reviewed')
    .option('--format <format>', FORMATS.join('|'), 'json')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (flags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) {
        throw new WorkbenchError('invalid_input', `unknown graph format "${flags.format}" (expected ${FORMATS.join(', ')})`);
      }
      const asOf = flags.asOf ? parsePartialDate(flags.asOf) : null;
      const graph = await withStore(flags, (s) => projectStore(s, { asOf, includeProposed: Boolean(flags.includeProposed) }));
      const text = flags.format === 'json' ? JSON.stringify(toGraphologyJSON(graph), null, 2)
        : flags.format === 'graphml' ? toGraphML(graph) : toGEXF(graph);
      if (flags.out) {
        await writeFile(flags.out, text);
        io.err(`wrote ${graph.order} nodes and ${graph.size} edges to ${flags.out}`);
      } else {
        io.out(text);
      }
    });
}
