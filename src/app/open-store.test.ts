/**
 * Choosing the engine from configuration.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCode } from '../store/contract.js';
import { openStore } from './open-store.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-open-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens the SQLite file when no database URL is given', async () => {
    const file = path.join(dir, 'a.db');
    const store = await openStore({ db: file, databaseUrl: null });
    expect(store.engine).toBe('sqlite');
    await store.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('prefers a PostgreSQL URL and reports an unreachable server in one line, without touching the file', async () => {
    const file = path.join(dir, 'b.db');
    expect(await errorCode(openStore({ db: file, databaseUrl: 'postgres://postgres@127.0.0.1:1/x' }))).toBe('store_unavailable');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('needs a file or a URL', async () => {
    expect(await errorCode(openStore({}))).toBe('invalid_input');
  });
});
