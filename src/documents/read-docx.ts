/**
 * Word documents through mammoth's raw-text extraction (paragraphs become blank-line
 * separated), plus dc:title and dcterms:created from docProps/core.xml when present.
 * A file that is not a valid DOCX (not a ZIP, or a ZIP without a document part) is
 * reported as corrupt in one line.
 */
import mammoth from 'mammoth';
import { WorkbenchError, oneLine } from '../core/errors.js';
import { parseMetadataDate } from './date-phrases.js';
import { plausibleMetadataTitle } from './metadata-title.js';
import { isBlank, tidyExtracted } from './normalise-text.js';
import { detectTextMetadata } from './text-metadata.js';
import { readZipEntry } from './zip-entry.js';
import type { Extracted } from './types.js';

export async function readDocx(bytes: Uint8Array, source: string): Promise<Extracted> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new WorkbenchError('corrupt', `${source}: not a readable DOCX (${oneLine(e)})`);
  }
  const text = tidyExtracted(raw);
  const core = coreProperties(bytes);
  const fromText = isBlank(text) ? { title: null, published: null } : detectTextMetadata(text);
  return {
    text,
    title: plausibleMetadataTitle(core.title) ?? fromText.title,
    published: fromText.published ?? parseMetadataDate(core.created),
  };
}

/** The two core properties we use; XML entities in the title are decoded. */
export function coreProperties(bytes: Uint8Array): { title: string | null; created: string | null } {
  const xml = readZipEntry(bytes, 'docProps/core.xml')?.toString('utf8') ?? '';
  const field = (tag: string): string | null => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
    return m ? decodeXmlEntities(m[1]!).trim() || null : null;
  };
  return { title: field('dc:title'), created: field('dcterms:created') };
}

function decodeXmlEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
