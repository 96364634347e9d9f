/**
 * Shared plumbing for commands: open the configured store, run, always close.
 */
import { openStore } from '../app/open-store.js';
import type { Ledger, Store } from '../store/store.js';
import { actorName, storeConfig } from '../app/config.js';
import type { Viewer } from '../access/policy.js';
import { viewerWithAgreements } from '../app/accounts.js';
import { visibleLedger } from '../access/visible-ledger.js';
import { WorkbenchError } from '../core/errors.js';

export interface StoreFlags {
  readonly db?: string;
}

export async function withStore<T>(flags: StoreFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfig(flags));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export interface LedgerFlags extends StoreFlags {
  /** Show only what this partner agency may see (its agreements decide). */
  readonly for?: string;
  readonly by?: string;
}

/**
 * The command line works on the store file as the machine's operator and sees
 * everything; `--for AGENCY` narrows the ledger to what that agency's viewers see,
 * through the same policy the server applies, so a brief or export made for a
 * partner cannot hold more than the partner may read.
 */
export async function withLedger<T>(
  flags: LedgerFlags,
  work: (ledger: Ledger, store: Store, viewer: Viewer | undefined) => Promise<T>,
): Promise<T> {
  return withStore(flags, async (store) => {
    if (!flags.for) return work(store, store, undefined);
    const agency = await store.getAgency(flags.for);
    if (!agency) throw new WorkbenchError('not_found', `no agency "${flags.for}" (see \`cellgraph admin agency list\`)`);
    const viewer = await viewerWithAgreements(store, { actor: `cli:${actorName(flags)}`, agency: agency.id, role: 'viewer' });
    return work(visibleLedger(store, viewer), store, viewer);
  });
}

export const FOR_AGENCY = ['--for <agency>', 'only what this partner agency may see under its sharing agreements'] as const;
