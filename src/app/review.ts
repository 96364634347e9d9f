/**
 * Review of machine proposals: statuses and Admiralty grading, one transaction per
 * analyst action.
 */
import type { ClaimPatch, Ledger } from '../store/store.js';
import type { Reliability } from '../model/ontology.js';
import { WorkbenchError } from '../core/errors.js';

export async function patchClaims(store: Ledger, ids: readonly string[], patch: ClaimPatch): Promise<void> {
  if (ids.length === 0) throw new WorkbenchError('invalid_input', 'no claim ids given');
  await store.transaction(async (tx) => {
    for (const id of ids) {
      if (!(await tx.getClaim(id))) throw new WorkbenchError('not_found', `no claim "${id}"`);
      await tx.updateClaim(id, patch);
    }
  });
}

export async function gradeSource(store: Ledger, documentId: string, reliability: Reliability | null): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.getDocument(documentId))) throw new WorkbenchError('not_found', `no document "${documentId}"`);
    await tx.setDocumentReliability(documentId, reliability);
  });
}

export function parseCredibility(value: string): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new WorkbenchError('invalid_input', `invalid credibility "${value}" (1 to 6)`);
  return n as 1 | 2 | 3 | 4 | 5 | 6;
}

export function parseConfidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new WorkbenchError('invalid_input', `invalid confidence "${value}" (0 to 1)`);
  return n;
}

export function parseReliability(value: string): Reliability {
  const v = value.trim().toUpperCase();
  if (!/^[A-F]$/.test(v)) throw new WorkbenchError('invalid_input', `invalid reliability "${value}" (A to F)`);
  return v as Reliability;
}
