/**
 * The audit log: entries are appended with the next seq (1, 2, 3…) and never
 * changed. The triggers of schema v3 enforce both; the check here only turns a
 * wrong seq into a clear message before the database refuses it. Two writers
 * appending the same seq at once collide on the primary key: one commits, the
 * other's transaction is refused (and, being serializable, re-run from the start).
 */
import { WorkbenchError } from '../../core/errors.js';
import type { AuditEntry } from '../../store/access.js';
import { AUDIT_COLUMNS, auditEntryOf, auditValues, type AuditRow } from '../shared/access-rows.js';
import type { Db } from './connection.js';

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  const next = ((await db.value<number | null>('SELECT max(seq) FROM audit')) ?? 0) + 1;
  if (entry.seq !== next) {
    throw new WorkbenchError('conflict', `audit entry ${entry.seq} cannot be appended: the next entry is ${next}`);
  }
  await db.run(`INSERT INTO audit (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, auditValues(entry));
}

export async function listAudit(db: Db, options: { readonly after?: number; readonly limit?: number } = {}): Promise<AuditEntry[]> {
  const rows = await db.rows<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [options.after ?? 0, options.limit ?? null]);
  return rows.map(auditEntryOf);
}

export async function lastAudit(db: Db): Promise<AuditEntry | null> {
  const [row] = await db.rows<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1`);
  return row ? auditEntryOf(row) : null;
}
