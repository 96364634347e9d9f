/**
 * The audit log's hash chain. Each entry carries the hash of the one before it and a
 * hash over its own fields, so anyone holding the store file can check that no entry
 * was edited, removed, reordered or slipped in — the database trigger that refuses
 * UPDATE and DELETE stops mistakes, this stops someone who drops the trigger.
 * Rewriting the whole tail with fresh hashes is still possible; recording the last
 * hash somewhere else (`cellgraph audit verify` prints it) closes that gap.
 */
import { sha256Hex } from '../core/ids.js';
import { WorkbenchError } from '../core/errors.js';
import type { AuditEntry } from '../store/access.js';
import { canonicalJson } from '../core/canonical-json.js';

export type AuditFields = Omit<AuditEntry, 'seq' | 'prev_hash' | 'hash'>;

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditChainResult =
  | { readonly ok: true; readonly count: number; readonly last: string }
  | { readonly ok: false; readonly seq: number; readonly reason: string };

/** sha256 hex over the RFC 8785 canonical JSON of every field but `hash` (extra properties are ignored). */
export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, agency, action, target, detail, prev_hash } = entry;
  return sha256Hex(canonicalJson({ seq, at, actor, agency, action, target, detail, prev_hash }));
}

export function nextAuditEntry(last: AuditEntry | null, fields: AuditFields): AuditEntry {
  for (const [key, value] of Object.entries(fields.detail)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new WorkbenchError('invalid_input', `audit detail "${key}" is not a finite number`);
    }
  }
  const body = {
    seq: last ? last.seq + 1 : 1,
    at: fields.at,
    actor: fields.actor,
    agency: fields.agency,
    action: fields.action,
    target: fields.target,
    detail: { ...fields.detail },
    prev_hash: last ? last.hash : GENESIS_HASH,
  };
  return { ...body, hash: auditHash(body) };
}

/**
 * Checks entries one at a time, so a long log can be read page by page. Stops at the
 * first fault: everything after it is suspect anyway.
 */
export class AuditChainVerifier {
  private prev: AuditEntry | null = null;
  private count = 0;
  private fault: { seq: number; reason: string } | null = null;

  /** `expectFirstSeq` > 1 verifies a tail: the first entry's link cannot be checked then. */
  constructor(private readonly expectFirstSeq = 1) {}

  /** Feeds the next entry; returns false once a fault has been found. */
  push(entry: AuditEntry): boolean {
    if (this.fault) return false;
    this.fault = this.check(entry);
    if (this.fault) return false;
    this.prev = entry;
    this.count += 1;
    return true;
  }

  result(): AuditChainResult {
    if (this.fault) return { ok: false, ...this.fault };
    return { ok: true, count: this.count, last: this.prev?.hash ?? GENESIS_HASH };
  }

  private check(entry: AuditEntry): { seq: number; reason: string } | null {
    const prev = this.prev;
    const expected = prev ? prev.seq + 1 : this.expectFirstSeq;
    if (!Number.isInteger(entry.seq)) return { seq: expected, reason: `entry after ${prev?.seq ?? 'the start'} has no valid seq` };
    if (entry.seq > expected) {
      const missing = entry.seq - expected === 1 ? `entry ${expected} is missing` : `entries ${expected}–${entry.seq - 1} are missing`;
      return { seq: expected, reason: `${missing} (deleted)` };
    }
    if (entry.seq < expected) {
      return { seq: entry.seq, reason: `entry ${entry.seq} appears after entry ${prev?.seq ?? expected - 1} (reordered or inserted)` };
    }
    if (prev) {
      if (entry.prev_hash !== prev.hash) {
        return { seq: entry.seq, reason: `entry ${entry.seq} does not link to entry ${prev.seq} (an entry was replaced or inserted)` };
      }
    } else if (expected === 1 && entry.prev_hash !== GENESIS_HASH) {
      return { seq: entry.seq, reason: 'entry 1 does not start the chain (its prev_hash is not the genesis hash)' };
    }
    let computed: string;
    try {
      computed = auditHash(entry);
    } catch {
      return { seq: entry.seq, reason: `entry ${entry.seq} holds a value that cannot be hashed` };
    }
    if (computed !== entry.hash) return { seq: entry.seq, reason: `entry ${entry.seq} was altered (its hash does not match its contents)` };
    return null;
  }
}

export function verifyAuditChain(entries: Iterable<AuditEntry>, expectFirstSeq = 1): AuditChainResult {
  const verifier = new AuditChainVerifier(expectFirstSeq);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.result();
}
