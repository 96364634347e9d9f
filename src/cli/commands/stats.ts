/**
 * `cellgraph stats`: what the store holds.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import type { StoreStats } from '../../store/store.js';
import { counts, json } from '../format.js';

export function registerStats(program: Command, io: Io): void {
  program.command('stats')
    .description('count documents, entities by type, claims by predicate and events by type')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const stats = await withStore(flags, (store) => store.stats());
      io.out(flags.json ? json(stats) : describeStats(stats));
    });
}

export function describeStats(stats: StoreStats): string {
  const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((a, b) => a + b, 0);
  return [
    `documents  ${stats.documents}`,
    `entities   ${sum(stats.entities)}  (${counts(stats.entities)})`,
    `claims     ${sum(stats.claims)}  (${counts(stats.claims)})`,
    `events     ${sum(stats.events)}  (${counts(stats.events)})`,
  ].join('\n');
}
