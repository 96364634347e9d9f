/**
 * Translates PostgreSQL errors into WorkbenchErrors with one-line messages, and says
 * which errors are worth re-running a whole transaction for. WorkbenchErrors pass
 * through unchanged.
 */
import { isWorkbenchError, WorkbenchError } from '../../core/errors.js';
import { describeConnectError, isConnectionError } from './connection.js';

interface PgError {
  code?: unknown;
  detail?: unknown;
  message?: unknown;
}

/** SQLSTATEs after which the same work, run again from the start, may well succeed. */
const RETRYABLE = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '57P01', // admin_shutdown: the server restarted under us
]);

export function isRetryable(e: unknown): boolean {
  const code = (e as PgError | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

function isPgError(e: unknown): boolean {
  const code = (e as PgError | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** True for errors raised by the driver or the server (as opposed to the caller's own). */
export function isDriverError(e: unknown): boolean {
  return isPgError(e) || isConnectionError(e);
}

export function toWorkbenchError(e: unknown, action: string): WorkbenchError {
  if (isWorkbenchError(e)) return e;
  const err = (e ?? {}) as PgError;
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  if (isConnectionError(e)) return new WorkbenchError('store_unavailable', `${action}: lost the PostgreSQL connection (${describeConnectError(e)})`);
  if (!isPgError(e)) return new WorkbenchError('internal', `${action} failed: ${msg}`);
  const code = err.code as string;
  if (code === '23503') {
    // "Key (subject)=(ent_x) is not present in table "entities"." names the culprit.
    const m = /Key \((\w+)\)=\((.*)\) is not present in table "(\w+)"/.exec(String(err.detail ?? ''));
    if (m) return new WorkbenchError('invalid_input', `${action} refers to unknown ${m[1]} ${m[2]} (no such row in ${m[3]})`);
    return new WorkbenchError('invalid_input', `${action}: refers to an unknown entity, document, claim or event`);
  }
  if (code === '23505') return new WorkbenchError('conflict', `${action}: already stored (${msg})`);
  if (code.startsWith('23') || code.startsWith('22')) return new WorkbenchError('invalid_input', `${action}: ${msg}`);
  if (code === '40001' || code === '40P01') {
    return new WorkbenchError('store_unavailable', `${action}: too many concurrent writers, gave up after retrying (${msg})`);
  }
  if (code === '53100') return new WorkbenchError('store_unavailable', `${action}: the database server's disk is full`);
  if (code.startsWith('53') || code.startsWith('57') || code.startsWith('08')) {
    return new WorkbenchError('store_unavailable', `${action}: ${msg}`);
  }
  if (code === '42501') return new WorkbenchError('forbidden', `${action}: permission denied (${msg})`);
  return new WorkbenchError('internal', `${action} failed: ${msg}`);
}
