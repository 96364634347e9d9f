/**
 * `cellgraph migrate --from sqlite:./cellgraph.db --to postgres://…`
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { migrate, type MigrateReport } from '../../app/migrate.js';
import { json } from '../format.js';

export function registerMigrate(program: Command, io: Io): void {
  program.command('migrate')
    .description('copy a whole store (ledger, accounts, agreements, audit log, peers, settings) to another engine, verified')
    .requiredOption('--from <store>', 'sqlite:PATH or postgres://…')
    .requiredOption('--to <store>', 'sqlite:PATH or postgres://… (must be empty)')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const report = await migrate(flags.from, flags.to);
      io.out(flags.json ? json(report) : summary(report));
    });
}

function summary(r: MigrateReport): string {
  const lines = [
    `copied ${r.documents} documents, ${r.entities} entities, ${r.claims} claims, ${r.events} events; `
      + `${r.agencies} agencies, ${r.users} users, ${r.tokens} tokens, ${r.agreements} agreements, ${r.peers} peers, `
      + `${r.settings} settings, ${r.foreignObjects} foreign objects; the exports and access tables are identical`,
    `audit log: ${r.auditEntries} entries copied verbatim, chain verified, last hash ${r.auditHead}`,
    'sessions were not copied: users log in again',
  ];
  if (r.pushCursorsReset) {
    lines.push('peer push cursors were reset to 0: the next push to each peer re-sends everything (peers skip what they already hold)');
  }
  return lines.join('\n');
}
