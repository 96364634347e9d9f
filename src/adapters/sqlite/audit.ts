/**
 * The audit log: entries are appended with the next seq (1, 2, 3…) and never
 * changed. The triggers of schema v3 enforce both; the check here only turns a
 * wrong seq into a clear message before the database refuses it.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { AuditEntry } from '../../store/access.js';
import { AUDIT_COLUMNS, auditEntryOf, auditValues, type AuditRow } from '../shared/access-rows.js';
import type { Conn } from './connection.js';

export function appendAudit(c: Conn, entry: AuditEntry): void {
  const next = ((c.value('SELECT max(seq) FROM audit').get() as number | null) ?? 0) + 1;
  if (entry.seq !== next) {
    throw new WorkbenchError('conflict', `audit entry ${entry.seq} cannot be appended: the next entry is ${next}`);
  }
  c.sql(`INSERT INTO audit (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...auditValues(entry));
}

export function listAudit(c: Conn, options: { readonly after?: number; readonly limit?: number } = {}): AuditEntry[] {
  const rows = c.sql(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?`)
    .all(options.after ?? 0, options.limit ?? -1) as AuditRow[];
  return rows.map(auditEntryOf);
}

export function lastAudit(c: Conn): AuditEntry | null {
  const row = c.sql(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1`).get() as AuditRow | undefined;
  return row ? auditEntryOf(row) : null;
}
