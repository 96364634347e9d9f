/**
 * `cellgraph brief`: a sourced briefing (Markdown, HTML or PDF) generated from the
 * ledger, every statement footnoted with the exact evidence quote.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { FOR_AGENCY, withLedger } from '../context.js';
import { resolveEntityName } from '../names.js';
import { makeBrief, renderBrief, writeAtomically, type BriefFormat } from '../../app/brief.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { WorkbenchError } from '../../core/errors.js';

const FORMATS: readonly BriefFormat[] = ['md', 'html', 'pdf'];

export function registerBrief(program: Command, io: Io): void {
  program.command('brief')
    .description('a sourced briefing from the ledger: figures, network map, leaders, incidents, changes, disputes')
    .option('--topic <entity>', 'centre the brief on one actor (name, alias or id)')
    .option('--as-of <date>', 'the network as it stood at this date')
    .option('--since <date>', 'start of the period, and what changed since')
    .option('--include-proposed', 'include claims not yet reviewed by an analyst')
    .option('--format <format>', FORMATS.join('|'), 'md')
    .option('--out <file>', 'write to a file (required for pdf)')
    .option(...FOR_AGENCY)
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .action(async (flags) => {
      const format = flags.format as BriefFormat;
      if (!FORMATS.includes(format)) throw new WorkbenchError('invalid_input', `unknown format "${flags.format}" (expected ${FORMATS.join(', ')})`);
      if (format === 'pdf' && !flags.out) throw new WorkbenchError('invalid_input', 'a PDF brief needs --out FILE');
      const asOf = flags.asOf ? parsePartialDate(flags.asOf) : null;
      const since = flags.since ? parsePartialDate(flags.since) : null;
      if (asOf && since && since > asOf) throw new WorkbenchError('invalid_input', `--since ${since} is after --as-of ${asOf}`);
      await withLedger(flags, async (s) => {
        const topic = flags.topic ? (await resolveEntityName(s, flags.topic)).id : null;
        const brief = await makeBrief(s, { topic, asOf, since, includeProposed: Boolean(flags.includeProposed) });
        const out = await renderBrief(brief, format);
        if (!flags.out) { io.out(String(out)); return; }
        writeAtomically(flags.out, out);
        io.out(`wrote ${flags.out} (${brief.footnotes.length} sources, ${brief.marking})`);
      });
    });
}
