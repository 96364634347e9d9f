/**
 * `cellgraph export` and `cellgraph import`.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json } from '../format.js';
import { exportLedger, exportStix, importLedger, type ImportFormat } from '../../app/exchange.js';
import { WorkbenchError, oneLine } from '../../core/errors.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

export function registerExchange(program: Command, io: Io): void {
  program.command('export')
    .description('export the ledger (format json = cellgraph/1)')
    .option(...DB)
    .option('--format <format>', 'json (cellgraph/1) or stix (STIX 2.1 bundle)', 'json')
    .option('--document <id>', 'only what this document supports')
    .option('--identity <name>', 'STIX: the producing organisation')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (flags) => {
      if (flags.format !== 'json' && flags.format !== 'stix') {
        throw new WorkbenchError('unsupported', `export format "${flags.format}" is not available (use json or stix)`);
      }
      const data: unknown = await withStore(flags, (s): Promise<unknown> => flags.format === 'stix'
        ? exportStix(s, { document: flags.document, identity: flags.identity })
        : exportLedger(s, { document: flags.document }));
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (flags.out) {
        // Write beside the target and rename, so a failed export never leaves half a file.
        const tmp = `${flags.out}.partial`;
        await writeFile(tmp, text).catch((e) => { throw new WorkbenchError('invalid_input', `cannot write ${flags.out}: ${oneLine(e)}`); });
        await rename(tmp, flags.out);
        io.err(`exported to ${flags.out}`);
      } else {
        io.out(text);
      }
    });

  program.command('import')
    .description('import a cellgraph/1 file or a STIX 2.1 bundle (recognised by content; one transaction: all or nothing)')
    .argument('<file>', 'the file to import')
    .option(...DB)
    .option('--format <format>', 'auto, cellgraph or stix', 'auto')
    .option('--drop-unmapped', 'STIX: import what maps even when some objects cannot be kept')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, flags) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not_found' : 'invalid_input';
        throw new WorkbenchError(code, `${file}: ${code === 'not_found' ? 'no such file' : `not valid JSON (${oneLine(e)})`}`);
      }
      if (!['auto', 'cellgraph', 'stix'].includes(flags.format)) {
        throw new WorkbenchError('invalid_input', `unknown import format "${flags.format}" (auto, cellgraph or stix)`);
      }
      const report = await withStore(flags, (s) => importLedger(s, raw, { format: flags.format as ImportFormat, dropUnmapped: Boolean(flags.dropUnmapped) }));
      for (const w of report.warnings) io.err(`warning: ${w}`);
      io.out(flags.json ? json(report) : `imported ${report.documents} documents, ${report.entities} entities, ${report.claims} claims, ${report.events} events`
        + (report.skippedDocuments ? ` (${report.skippedDocuments} documents already stored)` : ''));
    });
}
