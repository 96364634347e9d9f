/**
 * `cellgraph search TEXT`: full-text search over stored documents.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { WorkbenchError } from '../../core/errors.js';

export function registerSearch(program: Command, io: Io): void {
  program.command('search')
    .description('full-text search over documents')
    .argument('<text...>', 'words to look for')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--limit <n>', 'at most n hits', '20')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags) => {
      const query = words.join(' ').trim();
      if (!query) throw new WorkbenchError('invalid_input', 'empty search text');
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new WorkbenchError('invalid_input', `invalid --limit "${flags.limit}"`);
      const hits = await withStore(flags, (s) => s.searchDocuments(query, limit));
      io.out(flags.json ? json(hits) : hits.length === 0 ? 'no matches'
        : table(['document', 'title', 'snippet'], hits.map((h) => [h.document, h.title, h.snippet.replace(/\s+/g, ' ')])));
    });
}
