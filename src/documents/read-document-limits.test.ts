/** The size limit is enforced from stat alone: an oversized file is never read into memory. */
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// readFile is wrapped so the test can prove that an oversized file is never read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const fs = await import('node:fs/promises');
const { readDocument } = await import('./read-document.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-limit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readDocument: size limit', () => {
  it('refuses a 50 MB file under the default 20 MB limit from stat, without reading it', async () => {
    const file = path.join(dir, 'huge.txt');
    const handle = await open(file, 'w');
    await handle.truncate(50 * 1024 * 1024); // sparse: instant, no disk used
    await handle.close();
    vi.mocked(fs.readFile).mockClear();
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('20.0 MB limit') });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('reads a file under the limit (the spy does see reads)', async () => {
    const file = path.join(dir, 'ok.txt');
    await fs.writeFile(file, 'Short report\n');
    vi.mocked(fs.readFile).mockClear();
    await expect(readDocument(file)).resolves.toMatchObject({ text: 'Short report\n' });
    expect(fs.readFile).toHaveBeenCalledTimes(1);
  });
});
