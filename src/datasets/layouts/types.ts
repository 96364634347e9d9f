/**
 * What a dataset layout is: its columns as data, and the two mappings between a CSV
 * row (column name → cell text) and an Incident. Layouts are pure; parsing and
 * writing CSV text happen in parse.ts and export.ts.
 */
import type { Incident, LayoutName } from '../incident.js';

export type Row = Readonly<Record<string, string>>;

export interface Layout {
  readonly name: LayoutName;
  /** Human name used in document titles ("UCDP GED"). */
  readonly label: string;
  /** Extractor id of the events it produces. */
  readonly extractor: string;
  /** Every column written on export, in order. */
  readonly columns: readonly string[];
  /** Columns a file must have to be read with this layout. */
  readonly required: readonly string[];
  /** Columns that together identify the layout when sniffing a header. */
  readonly signature: readonly string[];
  /** Row → incident; throws RowError with a one-line reason when the row is malformed. */
  read(row: Row): Incident;
  /** Incident → row; unknowns written the way the dataset writes them. */
  write(incident: Incident): Record<string, string>;
}

export function cell(value: string | number | boolean | null | undefined, unknown = ''): string {
  if (value === null || value === undefined) return unknown;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}
