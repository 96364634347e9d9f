/**
 * `cellgraph export` and `cellgraph import`.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { FOR_AGENCY, withLedger, withStore } from '../context.js';
import { json } from '../format.js';
import { exportLedger, exportStix, importLedger, type ImportFormat } from '../../app/exchange.js';
import { exportStoredIncidents, importIncidents } from '../../app/import-incidents.js';
import { asMarking } from '../../model/vocabulary.js';
import type { LayoutName } from '../../datasets/index.js';

const DATASETS: readonly string[] = ['gtd', 'acled', 'ucdp'];
import { WorkbenchError, oneLine } from '../../core/errors.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

export function registerExchange(program: Command, io: Io): void {
  program.command('export')
    .description('export the ledger: cellgraph/1 JSON, a STIX 2.1 bundle, or GTD/ACLED/UCDP incident tables')
    .option(...DB)
    .option('--format <format>', 'json (cellgraph/1), stix (STIX 2.1 bundle), or an incident table: gtd, acled, ucdp (CSV)', 'json')
    .option('--document <id>', 'only what this document supports')
    .option('--identity <name>', 'STIX: the producing organisation')
    .option('--out <file>', 'write to a file instead of standard output')
    .option(...FOR_AGENCY)
    .action(async (flags) => {
      if (!['json', 'stix', ...DATASETS].includes(flags.format)) {
        throw new WorkbenchError('unsupported', `export format "${flags.format}" is not available (json, stix, gtd, acled or ucdp)`);
      }
      const text = await withLedger(flags, async (s): Promise<string> => {
        if (DATASETS.includes(flags.format)) return exportStoredIncidents(s, flags.format as LayoutName, flags.document ? { document: flags.document } : {});
        const data = flags.format === 'stix'
          ? await exportStix(s, { document: flags.document, identity: flags.identity })
          : await exportLedger(s, { document: flags.document });
        return `${JSON.stringify(data, null, 2)}\n`;
      });
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
    .description('import a cellgraph/1 file, a STIX 2.1 bundle, or a GTD/ACLED/UCDP incident table (recognised by content; one transaction)')
    .argument('<file>', 'the file to import')
    .option(...DB)
    .option('--format <format>', 'auto, cellgraph, stix, gtd, acled or ucdp', 'auto')
    .option('--marking <tlp>', 'TLP marking of imported incident tables', 'TLP:CLEAR')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, flags) => {
      if (DATASETS.includes(flags.format) || (flags.format === 'auto' && /\.(csv|tsv)$/i.test(file))) {
        const layout = DATASETS.includes(flags.format) ? (flags.format as LayoutName) : null;
        const marking = asMarking(flags.marking);
        const report = await withStore(flags, (s) => importIncidents(s, file, layout, { marking }));
        for (const p of report.problems) io.err(`warning: line ${p.line}: ${p.reason}`);
        io.out(flags.json ? json(report) : report.duplicate ? `${file}: already imported`
          : `imported ${report.events} ${report.layout} incidents (${report.newEntities} new entities, ${report.matchedEntities} matched)`
            + (report.problems.length ? `, ${report.problems.length} rows skipped` : ''));
        return;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not_found' : 'invalid_input';
        throw new WorkbenchError(code, `${file}: ${code === 'not_found' ? 'no such file' : `not valid JSON (${oneLine(e)})`}`);
      }
      if (!['auto', 'cellgraph', 'stix'].includes(flags.format)) {
        throw new WorkbenchError('invalid_input', `unknown import format "${flags.format}" (auto, cellgraph, stix, gtd, acled or ucdp)`);
      }
      const report = await withStore(flags, (s) => importLedger(s, raw, { format: flags.format as ImportFormat }));
      for (const w of report.warnings) io.err(`warning: ${w}`);
      io.out(flags.json ? json(report) : `imported ${report.documents} documents, ${report.entities} entities, ${report.claims} claims, ${report.events} events`
        + (report.kept ? `; kept ${report.kept} STIX objects from other producers verbatim` : '')
        + (report.skippedDocuments ? ` (${report.skippedDocuments} documents already stored)` : ''));
    });
}
