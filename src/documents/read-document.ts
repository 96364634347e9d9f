/**
 * Reads one input file into verbatim text with metadata. The only effects are stat and
 * readFile; everything after that is pure. The size limit is checked on stat, before
 * any byte is read, so an oversized file never reaches memory.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { WorkbenchError } from '../core/errors.js';
import { formatOf, SUPPORTED_EXTENSIONS, type DocumentFormat } from './formats.js';
import { fsError } from './fs-errors.js';
import { isBlank } from './normalise-text.js';
import { readText } from './read-text.js';
import { DEFAULT_MAX_BYTES, type Extracted, type ReadDocument, type ReadOptions } from './types.js';

export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new WorkbenchError('invalid_input', `invalid size limit ${String(maxBytes)} (expected a positive number of bytes)`);
  }
  const size = await fileSize(path);
  const kind = formatOf(path);
  if (!kind) {
    throw new WorkbenchError('unsupported', `${path}: unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  if (size > maxBytes) {
    throw new WorkbenchError('too_large', `${path}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`, { size, maxBytes });
  }
  const bytes = await readBytes(path);
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) {
    throw new WorkbenchError('too_large', `${path}: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit`);
  }
  const extracted = await extract(kind.format, bytes, path);
  if (isBlank(extracted.text)) throw new WorkbenchError('invalid_input', `${path}: empty document`);
  return {
    source: path,
    media_type: kind.media_type,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: extracted.text,
    title: extracted.title,
    published: extracted.published,
  };
}

/** The HTML, PDF and DOCX readers load their libraries on first use, not at start-up. */
async function extract(format: DocumentFormat, bytes: Uint8Array, source: string): Promise<Extracted> {
  switch (format) {
    case 'text':
    case 'markdown':
      return readText(bytes, source, format);
    case 'html':
      return (await import('./read-html.js')).readHtml(bytes, source);
    case 'pdf':
      return (await import('./read-pdf.js')).readPdf(bytes, source);
    case 'docx':
      return (await import('./read-docx.js')).readDocx(bytes, source);
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbenchError('invalid_input', `${path}: is a directory, not a document`);
    return info.size;
  } catch (e) {
    throw fsError(path, e);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw fsError(path, e);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}
