/**
 * Copies a whole store to another engine (SQLite file to PostgreSQL and back): the
 * ledger through the interchange format, then agencies, accounts, agreements, the
 * audit log, peers, settings and foreign objects verbatim — all in one transaction on
 * the target, which is checked before it commits (identical ledger exports, identical
 * access tables, the copied audit chain verifying), so a failed or inexact copy leaves
 * the target as it was. Sessions are not copied: users log in again.
 */
import { WorkbenchError } from '../core/errors.js';
import { parseInterchange } from '../interchange/index.js';
import { LOCAL_AGENCY } from '../model/access.js';
import type { Store, Transaction } from '../store/store.js';
import { verifyAudit } from './audit.js';
import { exportLedger, writeInterchange } from './exchange.js';
import {
  copyAudit, differingTables, expectedOnTarget, holdsNothing, readAccess, sameAudit, writeAccess,
} from './migrate-access.js';
import { openStore } from './open-store.js';

/** `sqlite:./x.db`, a bare file path, or `postgres://…`. */
export function storeLocation(spec: string): { db?: string; databaseUrl?: string } {
  if (/^postgres(ql)?:\/\//.test(spec)) return { databaseUrl: spec };
  const file = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (!file) throw new WorkbenchError('invalid_input', `invalid store "${spec}" (sqlite:PATH or postgres://…)`);
  return { db: file };
}

export interface MigrateReport {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly events: number;
  readonly agencies: number;
  readonly users: number;
  readonly tokens: number;
  readonly agreements: number;
  readonly auditEntries: number;
  /** Hash of the last audit entry, identical on both stores (64 zeros for an empty log). */
  readonly auditHead: string;
  readonly peers: number;
  readonly settings: number;
  readonly foreignObjects: number;
  /** Always false: sessions stay behind and users log in again. */
  readonly sessionsCopied: false;
  /** Every peer's pushed_seq is 0 on the target (see migrate-access.ts for why). */
  readonly pushCursorsReset: boolean;
  readonly verified: true;
}

export async function migrate(fromSpec: string, toSpec: string): Promise<MigrateReport> {
  const from = await openStore(storeLocation(fromSpec));
  let to: Store | null = null;
  try {
    to = await openStore(storeLocation(toSpec));
    const chain = await verifyAudit(from);
    if (!chain.ok) {
      throw new WorkbenchError('corrupt', `the source audit log is broken at entry ${chain.seq} (${chain.reason}); migrate will not copy a broken chain`);
    }
    const ledger = await exportLedger(from);
    const access = await readAccess(from);
    const source = from;
    return await to.transaction(async (tx) => {
      await refuseUnlessEmpty(tx);
      const copied = await writeInterchange(tx, parseInterchange(ledger));
      await writeAccess(tx, access);
      const auditEntries = await copyAudit(source, tx);

      // Checked inside the transaction: throwing here rolls the whole copy back.
      if (JSON.stringify(await exportLedger(tx)) !== JSON.stringify(ledger)) differs('the ledger export');
      const targetLocal = (await tx.listAgencies()).find((a) => a.id === LOCAL_AGENCY);
      const tables = differingTables(expectedOnTarget(access, targetLocal), await readAccess(tx));
      if (tables.length > 0) differs(tables.join(', '));
      if (!(await sameAudit(source, tx))) differs('the audit log');
      const copiedChain = await verifyAudit(tx);
      if (!copiedChain.ok) differs(`the audit chain (entry ${copiedChain.seq}: ${copiedChain.reason})`);

      return {
        documents: copied.documents,
        entities: copied.entities,
        claims: copied.claims,
        events: copied.events,
        agencies: access.agencies.length,
        users: access.users.length,
        tokens: access.tokens.length,
        agreements: access.agreements.length,
        auditEntries,
        auditHead: copiedChain.last,
        peers: access.peers.length,
        settings: Object.keys(access.settings).length,
        foreignObjects: access.foreign.length,
        sessionsCopied: false,
        pushCursorsReset: access.peers.length > 0,
        verified: true,
      };
    });
  } finally {
    await from.close();
    await to?.close();
  }
}

async function refuseUnlessEmpty(tx: Transaction): Promise<void> {
  const empty = (await tx.stats()).documents === 0 && (await tx.lastChange()) === 0
    && (await tx.lastAudit()) === null && holdsNothing(await readAccess(tx));
  if (!empty) throw new WorkbenchError('conflict', 'the target store is not empty; migrate copies into an empty store');
}

function differs(what: string): never {
  throw new WorkbenchError('internal', `the copy differs from the source after migration (${what}); nothing was written`);
}
