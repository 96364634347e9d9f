/**
 * Deterministic STIX identifiers and timestamps. A UUID is cut from sha256 of our
 * record id (version nibble 5, RFC 4122 variant), so exporting the same ledger twice
 * gives the same ids and receivers can update objects instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import { hashId } from '../../core/ids.js';
import { endOf, startOf, type PartialDate } from '../../core/partial-date.js';

/** Used for `created`/`modified` when nothing in the ledger dates an object. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export function uuidFrom(seed: string): string {
  const b = createHash('sha256').update(`cellgraph:${seed}`).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const stixId = (type: string, seed: string): string => `${type}--${uuidFrom(seed)}`;

export const typeOfId = (id: string): string => id.slice(0, Math.max(0, id.indexOf('--')));

/**
 * The ledger id a foreign STIX object gets on import. Derived from its STIX id so a
 * second import of the same bundle lands on the same records.
 */
export const recordIdForForeign = (prefix: 'ent' | 'doc' | 'clm' | 'evt', id: string): string => hashId(prefix, 'stix', id);

/** Any parseable instant as a STIX timestamp with milliseconds; `EPOCH` if unparseable. */
export function toTimestamp(value: string | null | undefined): string {
  if (!value) return EPOCH;
  const t = Date.parse(value);
  return Number.isNaN(t) ? EPOCH : new Date(t).toISOString();
}

export const periodStart = (date: PartialDate): string => `${startOf(date)}T00:00:00.000Z`;
export const periodEnd = (date: PartialDate): string => `${endOf(date)}T23:59:59.999Z`;

/** The calendar day of a STIX timestamp, as a day-precision partial date (or null). */
export function dayOf(timestamp: unknown): PartialDate | null {
  if (typeof timestamp !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(timestamp);
  return m ? m[1]! : null;
}

export const kebab = (name: string): string => name.replace(/_/g, '-');
export const snake = (name: string): string => name.replace(/-/g, '_');
