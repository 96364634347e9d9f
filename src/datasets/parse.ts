/**
 * CSV text → incidents. Each row is read by the layout; a malformed row is reported
 * with its line number and reason and skipped, so one bad row never costs the file.
 * Each incident keeps the character span of its row in the text: the importer uses
 * it as the evidence quote, which is then exactly the CSV line.
 */
import { WorkbenchError } from '../core/errors.js';
import type { Incident, LayoutName } from './incident.js';
import { RowError } from './incident.js';
import { recordFields, recordSpans } from './csv-rows.js';
import { LAYOUTS, type Layout } from './layouts/index.js';

export interface ParsedIncident {
  readonly incident: Incident;
  /** 1-based line where the row starts. */
  readonly line: number;
  /** The row's span in the text (line break excluded). */
  readonly start: number;
  readonly end: number;
}

export interface RowProblem {
  readonly line: number;
  readonly reason: string;
}

export interface ParseResult {
  readonly layout: LayoutName;
  readonly incidents: ParsedIncident[];
  readonly problems: RowProblem[];
}

/** The layout a header belongs to, or null: every signature column must be present. */
export function detectLayout(headerColumns: readonly string[]): LayoutName | null {
  const have = new Set(headerColumns.map((c) => c.trim().toLowerCase()));
  // Most specific first: UCDP's signature is the longest.
  for (const name of ['ucdp', 'gtd', 'acled'] as const) {
    if (LAYOUTS[name].signature.every((c) => have.has(c))) return name;
  }
  return null;
}

/** An HXL hashtag row (HDX republications): every non-empty cell starts with '#'. */
function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.every((c) => c.trim().startsWith('#'));
}

export function parseIncidents(csvText: string, layoutOrName: Layout | LayoutName | null = null): ParseResult {
  // A byte-order mark becomes a space, so offsets still index the verbatim text.
  const text = csvText.replace(/^\uFEFF/, ' ');
  const spans = recordSpans(text);
  const first = spans[0];
  if (!first) throw new WorkbenchError('invalid_input', 'the CSV file is empty');
  let headerCells: string[];
  try {
    headerCells = recordFields(text, first);
  } catch {
    throw new WorkbenchError('corrupt', 'the CSV header is unreadable');
  }
  const columns = headerCells.map((c) => c.trim());
  const name = typeof layoutOrName === 'string' ? layoutOrName : layoutOrName?.name ?? detectLayout(columns);
  if (!name) throw new WorkbenchError('invalid_input', 'unrecognised CSV layout (expected GTD, ACLED or UCDP GED columns)');
  const layout = typeof layoutOrName === 'object' && layoutOrName ? layoutOrName : LAYOUTS[name];
  const missing = layout.required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new WorkbenchError('invalid_input', `not a ${layout.label} file: missing columns ${missing.join(', ')}`);

  const incidents: ParsedIncident[] = [];
  const problems: RowProblem[] = [];
  for (const [n, span] of spans.entries()) {
    if (n === 0) continue;
    const { line: rowLine, start, end } = span;
    let cells: string[];
    try {
      cells = recordFields(text, span);
    } catch (e) {
      problems.push({ line: rowLine, reason: (e as Error).message });
      continue;
    }
    if (n === 1 && isHashtagRow(cells)) continue;
    if (cells.length !== columns.length) {
      problems.push({ line: rowLine, reason: `row has ${cells.length} fields, the header has ${columns.length}` });
      continue;
    }
    const row: Record<string, string> = {};
    for (const [i, c] of columns.entries()) row[c] = cells[i]!;
    const absent = layout.required.filter((c) => (row[c] ?? '').trim() === '' && c !== 'nkill' && c !== 'fatalities' && c !== 'best');
    if (absent.length > 0) {
      problems.push({ line: rowLine, reason: `missing ${absent.join(', ')}` });
      continue;
    }
    try {
      incidents.push({ incident: layout.read(row), line: rowLine, start, end });
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      problems.push({ line: rowLine, reason: e.message });
    }
  }
  return { layout: layout.name, incidents, problems };
}
