/**
 * Splits CSV text into records with their exact character spans and line numbers.
 * csv-parse's `raw` drops the "\n" of CRLF line ends, so it cannot give offsets into
 * the original text; this scanner only finds record boundaries (a line break outside
 * quotes) and leaves reading the fields of each record to csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { RowError } from './incident.js';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** Span in the text, line break excluded. */
  readonly start: number;
  readonly end: number;
}

/** Record spans, blank lines skipped. Quotes may hold line breaks. */
export function recordSpans(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  let start = 0;
  let startLine = 1;
  let quoted = false;
  const close = (end: number) => {
    if (text.slice(start, end).trim() !== '') out.push({ line: startLine, start, end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted; // '"'; a doubled quote toggles twice
    else if ((c === 10 || c === 13) && !quoted) {
      close(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      start = i + 1;
      startLine = line;
      continue;
    }
    if (c === 10) line++;
  }
  close(text.length);
  return out;
}

/** The fields of one record; a malformed record (bad quoting) is a RowError. */
export function recordFields(text: string, record: CsvRecord): string[] {
  const body = text.slice(record.start, record.end);
  if (!body.includes('"')) return body.split(',');
  try {
    const rows = parse(body, { relax_column_count: true }) as string[][];
    return rows[0] ?? [];
  } catch (e) {
    throw new RowError(`unreadable CSV: ${String((e as Error).message).split('\n')[0]}`);
  }
}
