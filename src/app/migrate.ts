/**
 * Copies a whole store to another engine (SQLite file to PostgreSQL and back) through
 * the interchange format, in one transaction on the target, then proves the copy by
 * comparing the two stores' exports byte for byte.
 */
import { WorkbenchError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { openStore } from './open-store.js';
import { exportLedger, importLedger } from './exchange.js';

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
  readonly verified: boolean;
}

export async function migrate(fromSpec: string, toSpec: string): Promise<MigrateReport> {
  const from = await openStore(storeLocation(fromSpec));
  let to: Store | null = null;
  try {
    to = await openStore(storeLocation(toSpec));
    if ((await to.stats()).documents > 0) {
      throw new WorkbenchError('conflict', 'the target store is not empty; migrate copies into an empty store');
    }
    const data = await exportLedger(from);
    await importLedger(to, data, { format: 'cellgraph' });
    const again = await exportLedger(to);
    const verified = JSON.stringify(again) === JSON.stringify(data);
    if (!verified) throw new WorkbenchError('internal', 'the copy differs from the source after migration');
    return { documents: data.documents.length, entities: data.entities.length, claims: data.claims.length, events: data.events.length, verified };
  } finally {
    await from.close();
    await to?.close();
  }
}
