/**
 * PDF through unpdf (a serverless build of pdf.js): all pages' text merged, plus the
 * Title and CreationDate of the document information dictionary. pdf.js is told to be
 * silent; a file it cannot parse is reported as corrupt in one line.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { WorkbenchError, oneLine } from '../core/errors.js';
import { parseMetadataDate } from './date-phrases.js';
import { isBlank, tidyExtracted } from './normalise-text.js';
import { detectTextMetadata } from './text-metadata.js';
import { plausibleMetadataTitle } from './metadata-title.js';
import type { Extracted } from './types.js';

/** pdf.js VerbosityLevel.ERRORS: no "Warning: …" lines on the console. */
const QUIET = 0;

export async function readPdf(bytes: Uint8Array, source: string): Promise<Extracted> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  let raw: string;
  let info: Record<string, unknown> = {};
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: QUIET });
    raw = (await extractText(pdf, { mergePages: true })).text;
    try {
      info = (await getMeta(pdf)).info ?? {};
    } catch {
      // Broken metadata is no reason to lose the text.
    }
  } catch (e) {
    throw new WorkbenchError('corrupt', `${source}: not a readable PDF (${oneLine(e)})`);
  }
  await pdf.destroy().catch(() => {});
  const text = tidyExtracted(joinHyphenatedLines(raw));
  const fromText = isBlank(text) ? { title: null, published: null } : detectTextMetadata(text);
  return {
    text,
    title: plausibleMetadataTitle(info['Title']) ?? fromText.title,
    published: fromText.published ?? parseMetadataDate(info['CreationDate']),
  };
}

/**
 * A line that ends in "letter-" followed by a line starting in lower case is one word
 * broken by the layout. The line break goes but the hyphen stays: in this domain
 * "Lashkar-\ne-Jhangvi" is far more common than "recruit-\nment", and deleting the
 * hyphen would corrupt the names extraction looks for.
 */
export function joinHyphenatedLines(text: string): string {
  return text.replace(/(\p{L}-)[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '$1');
}
