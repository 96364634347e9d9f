/**
 * `cellgraph audit`: read the audit log and check its hash chain.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { verifyAudit } from '../../app/audit.js';
import { WorkbenchError } from '../../core/errors.js';
import type { AuditEntry } from '../../store/access.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

function count(raw: string, flag: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new WorkbenchError('invalid_input', `${flag} takes a whole number ≥ ${min} (got "${raw}")`);
  return n;
}

const detailText = (detail: AuditEntry['detail']): string =>
  Object.entries(detail).map(([k, v]) => `${k}=${v === null ? '' : String(v)}`).join(' ');

export function registerAudit(program: Command, io: Io): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit log');

  audit.command('list')
    .description('audit entries in order')
    .option('--after <seq>', 'only entries after this one', '0')
    .option('--limit <n>', 'at most this many', '200')
    .option(...DB).option('--json', 'print JSON')
    .action(async (flags) => withStore(flags, async (s) => {
      const entries = await s.listAudit({ after: count(flags.after, '--after', 0), limit: count(flags.limit, '--limit', 1) });
      if (flags.json) { io.out(json(entries)); return; }
      const rows = entries.map((e) => [e.seq, e.at.slice(0, 19).replace('T', ' '), e.actor, e.agency, e.action, e.target, detailText(e.detail)]);
      io.out(rows.length ? table(['seq', 'at', 'actor', 'agency', 'action', 'target', 'detail'], rows) : 'no audit entries');
    }));

  audit.command('verify')
    .description('check that no entry was edited, removed, reordered or inserted; exit 1 naming the first bad one')
    .option(...DB)
    .action(async (flags) => withStore(flags, async (s) => {
      const result = await verifyAudit(s);
      if (!result.ok) {
        throw new WorkbenchError('conflict', `audit log broken at entry ${result.seq}: ${result.reason}`, { seq: result.seq });
      }
      io.out(`audit log intact: ${result.count} entries, last hash ${result.last}`);
    }));
}
