/**
 * What document intake hands to extraction: the text we store (offsets point into it),
 * where it came from, a fingerprint of the original bytes, and what the document says
 * about its own title and publication date.
 */
import type { PartialDate } from '../core/partial-date.js';

export interface ReadDocument {
  /** The path as the caller gave it. */
  readonly source: string;
  readonly media_type: string;
  /** Hex sha256 of the original file bytes (before decoding), to recognise re-ingests. */
  readonly sha256: string;
  /** Verbatim for .txt/.md; main text for HTML/PDF/DOCX. Always "\n" line ends and NFC. */
  readonly text: string;
  readonly title: string | null;
  readonly published: PartialDate | null;
}

export interface ReadOptions {
  /** Files larger than this are refused before being read. Default 20 MB. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What a format reader returns before the common checks (empty text, normalisation). */
export interface Extracted {
  readonly text: string;
  readonly title: string | null;
  readonly published: PartialDate | null;
}
