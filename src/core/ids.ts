/**
 * Identifiers. Content-derived ids are deterministic hashes, so the same document or
 * the same statement gets the same id on every machine (followthemoney's statement
 * ids work the same way); entities get random ids because they are created by
 * resolution, not by content.
 */
import { createHash, randomBytes } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short deterministic id: prefix + first 20 hex chars of sha256 of the parts. */
export function hashId(prefix: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p ?? '\u0000')).update('\u001f');
  return `${prefix}_${h.digest('hex').slice(0, 20)}`;
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}
