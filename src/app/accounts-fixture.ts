/**
 * A scratch SQLite store with two agencies and an admin, analyst and viewer in each,
 * for the account, sharing and audit tests. Test code only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { operatorViewer, viewerFor, type Viewer } from '../access/policy.js';
import { LOCAL_AGENCY } from '../model/access.js';
import type { UserRole } from '../model/access.js';
import type { Store } from '../store/store.js';
import { createAgency, createUser } from './accounts.js';

export const PASSWORD = 'correct horse battery staple';
export const OPERATOR: Viewer = operatorViewer('cli:tester', LOCAL_AGENCY);

export interface AccountsFixture {
  readonly store: Store;
  readonly file: string;
  /** A viewer acting as the named seeded user (e.g. `punjab-admin`). */
  as(name: string): Promise<Viewer>;
  close(): Promise<void>;
}

const SEED: ReadonlyArray<readonly [string, string, UserRole]> = [
  ['punjab-admin', 'ctd-punjab', 'admin'], ['punjab-analyst', 'ctd-punjab', 'analyst'], ['punjab-viewer', 'ctd-punjab', 'viewer'],
  ['kp-admin', 'ctd-kp', 'admin'], ['kp-analyst', 'ctd-kp', 'analyst'],
];

export async function accountsFixture(options: { seedUsers?: boolean } = {}): Promise<AccountsFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-accounts-'));
  const file = path.join(dir, 'store.db');
  const store = await openSqliteStore(file);
  await createAgency(store, OPERATOR, { id: 'ctd-punjab', name: 'CTD Punjab' });
  await createAgency(store, OPERATOR, { id: 'ctd-kp', name: 'CTD Khyber Pakhtunkhwa' });
  await createAgency(store, OPERATOR, { id: 'nacta', name: 'National Counter Terrorism Authority' });
  if (options.seedUsers !== false) {
    // Seeded without passwords: argon2 per user would make every test slower for nothing.
    for (const [name, agency, role] of SEED) await createUser(store, OPERATOR, { name, agency, role, password: null });
  }
  return {
    store, file,
    async as(name) {
      const user = await store.findUserByName(name);
      if (!user) throw new Error(`no seeded user ${name}`);
      return viewerFor({ actor: user.id, agency: user.agency, role: user.role }, []);
    },
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
