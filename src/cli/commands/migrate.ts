/**
 * `cellgraph migrate --from sqlite:./cellgraph.db --to postgres://…`
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { migrate } from '../../app/migrate.js';
import { json } from '../format.js';

export function registerMigrate(program: Command, io: Io): void {
  program.command('migrate')
    .description('copy a whole store to another engine (verified by comparing exports)')
    .requiredOption('--from <store>', 'sqlite:PATH or postgres://…')
    .requiredOption('--to <store>', 'sqlite:PATH or postgres://… (must be empty)')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const report = await migrate(flags.from, flags.to);
      io.out(flags.json ? json(report) : `copied ${report.documents} documents, ${report.entities} entities, ${report.claims} claims, ${report.events} events; the exports are identical`);
    });
}
