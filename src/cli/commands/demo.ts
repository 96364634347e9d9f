/**
 * `cellgraph demo`: ingest the example reports bundled with Cellgraph and print
 * what was found. The README's first command runs this.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { ingest } from '../../app/ingest.js';
import { ingestProgress } from '../progress.js';
import { describe } from './ingest.js';
import { describeStats } from './stats.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/reports', import.meta.url));

export function registerDemo(program: Command, io: Io): void {
  program.command('demo')
    .description('ingest the bundled example reports into the store and summarise what was found')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .action(async (flags) => {
      const progress = ingestProgress(io);
      await withStore(flags, async (store) => {
        const report = await ingest(store, [EXAMPLES_DIR], { marking: 'TLP:CLEAR' }, progress).finally(() => progress.stop());
        io.out(describe(report));
        io.out('');
        io.out(describeStats(await store.stats()));
        const top = await store.listEntities({ limit: 8 });
        io.out('');
        io.out(`most mentioned: ${top.map((e) => `${e.name} (${e.mention_count})`).join(', ')}`);
        io.out(`next: npx cellgraph show "${top.find((e) => e.type === 'organization')?.name ?? top[0]?.name ?? 'TTP'}"`);
      });
    });
}
