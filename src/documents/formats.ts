/**
 * The file types intake reads, by extension. The extension decides the reader: sniffing
 * content would let a mislabelled file slip through as something it is not.
 */
import path from 'node:path';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const BY_EXTENSION: Record<string, { format: DocumentFormat; media_type: string }> = {
  '.txt': { format: 'text', media_type: 'text/plain' },
  '.text': { format: 'text', media_type: 'text/plain' },
  '.md': { format: 'markdown', media_type: 'text/markdown' },
  '.markdown': { format: 'markdown', media_type: 'text/markdown' },
  '.html': { format: 'html', media_type: 'text/html' },
  '.htm': { format: 'html', media_type: 'text/html' },
  '.pdf': { format: 'pdf', media_type: 'application/pdf' },
  '.docx': {
    format: 'docx',
    media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

export function formatOf(file: string): { format: DocumentFormat; media_type: string } | null {
  return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);
