/**
 * Shared plumbing for commands: open the configured store, run, always close.
 */
import { openStore } from '../app/open-store.js';
import type { Store } from '../store/store.js';
import { storeConfig } from '../app/config.js';

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
