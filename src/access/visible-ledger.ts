/**
 * The ledger as one viewer may see it: the only way a request reaches the records.
 * Routes, search, graph projection, exports, briefs and federation all take a
 * `Ledger`, and everything above the adapters gets this one, so none of them can
 * forget the policy (policy.ts) or know what it hides.
 *
 * Make one per request: it remembers what it worked out about visibility (see
 * visibility.ts for the cost) until the request ends, and forgets it after each
 * transaction, since a write may change what is visible.
 */
import type { Ledger, Store } from '../store/store.js';
import { seesEverything, type Viewer } from './policy.js';
import { guardedCommands } from './guarded-commands.js';
import { visibleQueries, type OnRead } from './visible-queries.js';
import { Visibility } from './visibility.js';

export type { OnRead, ReadItem } from './visible-queries.js';

export interface VisibleLedgerHooks {
  /** Called for each AMBER, AMBER+STRICT or RED document, claim or event a read returns. */
  readonly onRead?: OnRead | undefined;
}

export function visibleLedger(store: Store, viewer: Viewer, hooks: VisibleLedgerHooks = {}): Ledger {
  const { onRead } = hooks;
  // The operator sees everything: with nobody to tell about reads, the store itself is the answer.
  if (seesEverything(viewer) && !onRead) return store;
  const visibility = new Visibility(store, viewer);
  return {
    engine: store.engine,
    ...visibleQueries(store, visibility, onRead),
    async transaction(work) {
      try {
        return await store.transaction(async (tx) => {
          const inside = new Visibility(tx, viewer);
          return work({ ...visibleQueries(tx, inside, onRead), ...guardedCommands(tx, inside) });
        });
      } finally {
        visibility.forget();
      }
    },
  };
}
