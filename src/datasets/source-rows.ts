/**
 * Re-reads the dataset row an imported event came from. An imported event's evidence
 * is its CSV line in the stored dataset document, so the original incident (summary,
 * attack type, UCDP sides and estimates) can be recovered for a lossless export.
 */
import type { Incident, LayoutName } from './incident.js';
import { recordFields, recordSpans } from './csv-rows.js';
import { LAYOUTS } from './layouts/index.js';
import { detectLayout } from './parse.js';

export type SourceRowReader = (start: number, end: number) => Incident | null;

/** A reader for one stored CSV document; null when the text is not a known dataset layout. */
export function sourceRowReader(documentText: string, layout: LayoutName | null = null): SourceRowReader | null {
  const firstBreak = documentText.search(/\r?\n/);
  const headText = firstBreak < 0 ? documentText : documentText.slice(0, firstBreak);
  const [head] = recordSpans(headText.replace(/^\uFEFF/, ' '));
  if (!head) return null;
  let columns: string[];
  try {
    columns = recordFields(headText, head).map((c) => c.replace(/^\uFEFF/, '').trim());
  } catch {
    return null;
  }
  const name = layout ?? detectLayout(columns);
  if (!name) return null;
  const def = LAYOUTS[name];
  return (start, end) => {
    try {
      const cells = recordFields(documentText, { line: 0, start, end });
      if (cells.length !== columns.length) return null;
      const row: Record<string, string> = {};
      for (const [i, c] of columns.entries()) row[c] = cells[i]!;
      return def.read(row);
    } catch {
      return null;
    }
  };
}
