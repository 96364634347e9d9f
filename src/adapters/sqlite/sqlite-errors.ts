/**
 * Translates driver errors into WorkbenchErrors with one-line messages; errors that
 * are already WorkbenchErrors pass through unchanged.
 */
import { isWorkbenchError, WorkbenchError } from '../../core/errors.js';
import type { Conn } from './connection.js';

export function toWorkbenchError(e: unknown, action: string): WorkbenchError {
  if (isWorkbenchError(e)) return e;
  const code = (e as { code?: unknown }).code;
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) {
    return new WorkbenchError('internal', `${action} failed: ${msg}`);
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new WorkbenchError('invalid_input', `${action}: refers to an unknown entity, document, claim or event`);
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new WorkbenchError('conflict', `${action}: already stored (${msg})`);
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new WorkbenchError('invalid_input', `${action}: ${msg}`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new WorkbenchError('store_unavailable', `${action}: the store is locked by another process`);
  }
  if (code.startsWith('SQLITE_FULL')) return new WorkbenchError('store_unavailable', `${action}: the disk is full`);
  if (code.startsWith('SQLITE_READONLY')) return new WorkbenchError('store_unavailable', `${action}: the store is read-only`);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new WorkbenchError('store_unavailable', `${action}: cannot read or write the store file (${msg})`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new WorkbenchError('corrupt', `${action}: the store file is damaged (${msg})`);
  }
  return new WorkbenchError('internal', `${action} failed: ${msg}`);
}

/**
 * A foreign-key failure names no row, so look up which of the ids a write referred
 * to is missing, for a message that tells the user what to fix.
 */
export function explainReference(
  c: Conn,
  e: unknown,
  owner: string,
  refs: ReadonlyArray<readonly [label: string, table: 'entities' | 'documents', id: string | null]>,
): unknown {
  if ((e as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') return e;
  for (const [label, table, id] of refs) {
    if (id === null) continue;
    if (c.value(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
      return new WorkbenchError('invalid_input', `${owner} refers to unknown ${label} ${id}`);
    }
  }
  return e;
}
