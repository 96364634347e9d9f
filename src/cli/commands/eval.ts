/**
 * `cellgraph eval --gold FILE|DIR...`: score extraction against hand annotations.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { evaluateAll } from '../../app/evaluate.js';
import { formatMacro, formatReport } from '../../evaluation/index.js';
import { json } from '../format.js';

export function registerEval(program: Command, io: Io): void {
  program.command('eval')
    .description('score extraction against gold annotations (P/R/F1 for entities, relations, events; every miss and false positive)')
    .requiredOption('--gold <paths...>', 'gold files (*.gold.json) or directories of them')
    .option('--json', 'print the reports as JSON')
    .action(async (flags) => {
      const { reports, macro } = await evaluateAll(flags.gold);
      if (flags.json) {
        io.out(json(reports.length === 1 ? reports[0] : { reports, macro }));
        return;
      }
      io.out(reports.map((r) => formatReport(r)).join('\n\n'));
      if (reports.length > 1) io.out(`\n${formatMacro(macro)}`);
    });
}
