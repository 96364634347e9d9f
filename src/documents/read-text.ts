/**
 * Plain text and Markdown: decoded and normalised, otherwise kept exactly as written
 * (Markdown markup included) so that evidence offsets point into what the analyst wrote.
 */
import { WorkbenchError } from '../core/errors.js';
import { decodeText } from './decode-text.js';
import { normaliseText } from './normalise-text.js';
import { detectTextMetadata } from './text-metadata.js';
import type { Extracted } from './types.js';

export function readText(bytes: Uint8Array, source: string, kind: 'text' | 'markdown'): Extracted {
  const decoded = decodeText(bytes);
  if ('binary' in decoded) throw new WorkbenchError('unsupported', `${source}: binary content, not text`);
  const text = normaliseText(decoded.text);
  return { text, ...detectTextMetadata(text, kind) };
}
