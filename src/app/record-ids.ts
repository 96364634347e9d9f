/**
 * Deterministic ids for ledger records, derived from what they say and where, so
 * re-ingesting or re-importing the same content produces the same ids.
 */
import { hashId } from '../core/ids.js';

export const documentId = (sha256: string): string => `doc_${sha256.slice(0, 20)}`;

export function claimId(parts: {
  document: string; subject: string; predicate: string; object: string; start: number; negated: boolean;
}): string {
  return hashId('clm', parts.document, parts.subject, parts.predicate, parts.object, parts.start, parts.negated ? 1 : 0);
}

export function eventId(parts: { document: string; type: string; start: number; date: string | null; ordinal: number }): string {
  return hashId('evt', parts.document, parts.type, parts.start, parts.date, parts.ordinal);
}

export const entityIdFor = (document: string, localKey: string): string => hashId('ent', document, localKey);
