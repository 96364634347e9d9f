/**
 * `cellgraph ingest FILE|DIR...`: read reports into the ledger.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { ingest, type IngestReport } from '../../app/ingest.js';
import { asMarking } from '../../model/vocabulary.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { ingestProgress } from '../progress.js';
import { json } from '../format.js';
import { parseReliability } from '../../app/review.js';

export function registerIngest(program: Command, io: Io): void {
  program.command('ingest')
    .description('read reports (.txt .md .html .pdf .docx, or directories of them) into the store')
    .argument('<paths...>', 'files or directories')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--marking <tlp>', 'TLP marking of the documents', 'TLP:CLEAR')
    .option('--published <date>', 'publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the document does not state it')
    .option('--title <title>', 'title, for a single document')
    .option('--reliability <A-F>', 'Admiralty source reliability of these documents')
    .option('--keep-going', 'skip unreadable files with a warning instead of stopping')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], flags) => {
      const marking = asMarking(flags.marking);
      const published = flags.published ? parsePartialDate(flags.published) : null;
      const reliability = flags.reliability === undefined ? null : parseReliability(flags.reliability);
      const progress = ingestProgress(io);
      const report = await withStore(flags, (store) => ingest(store, paths, {
        marking, published, title: flags.title ?? null, reliability, keepGoing: Boolean(flags.keepGoing),
      }, progress)).finally(() => progress.stop());
      io.out(flags.json ? json(report) : describe(report));
    });
}

export function describe(report: IngestReport): string {
  const lines = [`ingested ${report.ingested.length} document(s)`
    + (report.duplicates.length ? `, ${report.duplicates.length} already stored` : '')
    + (report.skipped.length ? `, ${report.skipped.length} skipped` : '')];
  for (const d of report.ingested) {
    lines.push(`  ${d.document}: ${d.newEntities} new entities, ${d.matchedEntities} matched, ${d.claims} claims, ${d.events} events`);
  }
  return lines.join('\n');
}
