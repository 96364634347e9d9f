/** Expanding command-line paths into the files to read, deterministically. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './list-inputs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-list-'));
  const files = ['b.txt', 'a.md', 'c.PDF', 'notes.xlsx', 'README', '.hidden.txt', 'sub/z.html', 'sub/deeper/y.docx', 'sub/image.png', '.git/config.txt'];
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listInputs', () => {
  it('walks directories recursively in sorted order, skipping hidden entries and reporting unsupported files', async () => {
    const { files, skipped } = await listInputs([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', 'b.txt', 'c.PDF', path.join('sub', 'deeper', 'y.docx'), path.join('sub', 'z.html')]);
    expect(skipped.map((s) => path.relative(dir, s.path))).toEqual(['README', 'notes.xlsx', path.join('sub', 'image.png')]);
    expect(skipped[1]!.reason).toBe('unsupported file type .xlsx');
  });

  it('keeps named files in the order given, without duplicates', async () => {
    const b = path.join(dir, 'b.txt');
    const a = path.join(dir, 'a.md');
    expect((await listInputs([b, a, b])).files).toEqual([b, a]);
  });

  it('follows links to files but not to directories', async () => {
    const links = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-links-'));
    try {
      await symlink(path.join(dir, 'b.txt'), path.join(links, 'link.txt'));
      await symlink(path.join(dir, 'sub'), path.join(links, 'loop'));
      const { files, skipped } = await listInputs([links]);
      expect(files).toEqual([path.join(links, 'link.txt')]);
      expect(skipped).toEqual([{ path: path.join(links, 'loop'), reason: 'symbolic link to a directory not followed' }]);
    } finally {
      await rm(links, { recursive: true, force: true });
    }
  });

  it('refuses a missing path with not_found', async () => {
    await expect(listInputs([path.join(dir, 'missing')])).rejects.toMatchObject({ code: 'not_found' });
  });
});
