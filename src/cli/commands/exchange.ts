/**
 * `cellgraph export` and `cellgraph import`.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json } from '../format.js';
import { exportLedger, importLedger } from '../../app/exchange.js';
import { WorkbenchError, oneLine } from '../../core/errors.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

export function registerExchange(program: Command, io: Io): void {
  program.command('export')
    .description('export the ledger (format json = cellgraph/1)')
    .option(...DB)
    .option('--format <format>', 'json', 'json')
    .option('--document <id>', 'only what this document supports')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (flags) => {
      if (flags.format !== 'json') throw new WorkbenchError('unsupported', `export format "${flags.format}" is not available (use json)`);
      const data = await withStore(flags, (s) => exportLedger(s, { document: flags.document }));
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (flags.out) {
        // Write beside the target and rename, so a failed export never leaves half a file.
        const tmp = `${flags.out}.partial`;
        await writeFile(tmp, text).catch((e) => { throw new WorkbenchError('invalid_input', `cannot write ${flags.out}: ${oneLine(e)}`); });
        await rename(tmp, flags.out);
        io.err(`exported ${data.documents.length} documents, ${data.entities.length} entities, ${data.claims.length} claims, ${data.events.length} events to ${flags.out}`);
      } else {
        io.out(text);
      }
    });

  program.command('import')
    .description('import a cellgraph/1 JSON file (one transaction: all or nothing)')
    .argument('<file>', 'the file to import')
    .option(...DB)
    .option('--json', 'print the report as JSON')
    .action(async (file: string, flags) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not_found' : 'invalid_input';
        throw new WorkbenchError(code, `${file}: ${code === 'not_found' ? 'no such file' : `not valid JSON (${oneLine(e)})`}`);
      }
      const report = await withStore(flags, (s) => importLedger(s, raw));
      io.out(flags.json ? json(report) : `imported ${report.documents} documents, ${report.entities} entities, ${report.claims} claims, ${report.events} events`
        + (report.skippedDocuments ? ` (${report.skippedDocuments} documents already stored)` : ''));
    });
}
