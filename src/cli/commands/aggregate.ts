/**
 * `cellgraph aggregate`: incidents and fatalities by province, group or attack type,
 * over every event in the store (reports and incident datasets alike).
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { aggregateEvents, aggregateToCsv, type AggregateBy } from '../../datasets/index.js';
import { WorkbenchError } from '../../core/errors.js';

const BY: readonly AggregateBy[] = ['province', 'group', 'type'];

export function registerAggregate(program: Command, io: Io): void {
  program.command('aggregate')
    .description('incidents and fatalities by province, group or attack type (optionally by year)')
    .option('--by <what>', BY.join('|'), 'province')
    .option('--by-year', 'one row per key and year')
    .option('--year <year>', 'only this year')
    .option('--csv', 'print CSV')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--json', 'print JSON')
    .action(async (flags) => withStore(flags, async (s) => {
      if (!BY.includes(flags.by)) throw new WorkbenchError('invalid_input', `unknown --by "${flags.by}" (${BY.join(', ')})`);
      const year = flags.year === undefined ? undefined : Number(flags.year);
      if (year !== undefined && !(Number.isInteger(year) && year > 0)) throw new WorkbenchError('invalid_input', `invalid --year "${flags.year}"`);
      const rows = aggregateEvents(await s.listEvents({ limit: 1_000_000_000 }), await s.listEntities({ limit: 1_000_000_000 }),
        flags.by as AggregateBy, { byYear: Boolean(flags.byYear) || year !== undefined, year });
      if (flags.json) { io.out(json(rows)); return; }
      if (flags.csv) { io.out(aggregateToCsv(rows, flags.by as AggregateBy)); return; }
      io.out(rows.length === 0 ? 'no events' : table([flags.by, 'year', 'incidents', 'killed', 'injured'],
        rows.map((r) => [r.key, r.year, r.incidents, r.killed, r.injured])));
    }));
}
