/**
 * Bad input through the CLI: each case gives a one-line error and a non-zero exit,
 * and the store is exactly as it was before the command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cli, REPO, scratch } from './helpers.js';

const tmp = scratch();
const db = path.join(tmp.dir, 'store.db');
const f = (name: string) => path.join(tmp.dir, name);

async function fingerprint(): Promise<string> {
  const stats = await cli('stats', '--db', db, '--json');
  const dump = await cli('export', '--db', db);
  return stats.stdout + dump.stdout;
}

function expectOneLineFailure(r: { code: number; stderr: string }, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('bad input leaves the store as it was', () => {
  let before = '';
  beforeAll(async () => {
    const seed = await cli('ingest', path.join(REPO, 'examples/reports'), '--db', db);
    expect(seed.code).toBe(0);
    writeFileSync(f('empty.txt'), '');
    writeFileSync(f('blank.md'), '  \n\n \t\n');
    writeFileSync(f('corrupt.pdf'), '%PDF-1.7\nthis is not really a pdf\n%%EOF');
    writeFileSync(f('corrupt.docx'), Buffer.from('PK\u0003\u0004 truncated zip that is not a document'));
    writeFileSync(f('binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(f('plain-file'), 'a file, not a directory');
    writeFileSync(f('sheet.xlsx'), 'not a report');
    const big = openSync(f('huge.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    before = await fingerprint();
  });
  afterAll(() => tmp.cleanup());

  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['ingest', f('nope.txt'), '--db', db], /nope\.txt/],
    ['an explicitly named unsupported file', () => ['ingest', f('sheet.xlsx'), '--db', db], /sheet\.xlsx/],
    ['an empty document', () => ['ingest', f('empty.txt'), '--db', db], /empty/],
    ['a whitespace-only document', () => ['ingest', f('blank.md'), '--db', db], /empty/],
    ['a corrupt PDF', () => ['ingest', f('corrupt.pdf'), '--db', db], /corrupt\.pdf/],
    ['a corrupt DOCX', () => ['ingest', f('corrupt.docx'), '--db', db], /corrupt\.docx/],
    ['a binary file named .txt', () => ['ingest', f('binary.txt'), '--db', db], /binary/],
    ['a 50 MB text file', () => ['ingest', f('huge.txt'), '--db', db], /huge\.txt/],
    ['a bad marking', () => ['ingest', path.join(REPO, 'examples/reports'), '--db', db, '--marking', 'TLP:PURPLE'], /marking/],
    ['a bad date', () => ['ingest', path.join(REPO, 'examples/reports'), '--db', db, '--published', '2017-13-45'], /date/],
    ['a good file beside a bad one', () => ['ingest', path.join(REPO, 'examples/reports'), f('corrupt.pdf'), '--db', db], /corrupt\.pdf/],
    ['an import of a file that is not JSON', () => ['import', f('binary.txt'), '--db', db], /JSON/],
    ['an import of JSON in the wrong format', () => { writeFileSync(f('wrong.json'), '{"format":"other/9"}'); return ['import', f('wrong.json'), '--db', db]; }, /format/],
    ['an unknown export format', () => ['export', '--db', db, '--format', 'xlsx'], /xlsx/],
  ];

  for (const [name, args, pattern] of cases) {
    it(`refuses ${name}`, async () => {
      expectOneLineFailure(await cli(...args()), pattern);
      expect(await fingerprint()).toBe(before);
    });
  }

  it('refuses an unwritable --db path without creating anything', async () => {
    const r = await cli('ingest', path.join(REPO, 'examples/reports'), '--db', path.join(f('plain-file'), 'x.db'));
    expectOneLineFailure(r, /x\.db|store/);
  });

  it('refuses a store written by a newer Cellgraph and leaves it byte for byte', async () => {
    const newer = path.join(tmp.dir, 'newer.db');
    expect((await cli('ingest', path.join(REPO, 'examples/reports'), '--db', newer)).code).toBe(0);
    const db2 = new Database(newer);
    db2.pragma('user_version = 999');
    db2.pragma('wal_checkpoint(TRUNCATE)');
    db2.close();
    const bytes = readFileSync(newer);
    const r = await cli('ingest', path.join(REPO, 'examples/reports'), '--db', newer);
    expectOneLineFailure(r, /newer/);
    expect(r.code).toBe(5);
    expect(readFileSync(newer).equals(bytes)).toBe(true);
  });

  it('skips unsupported files in a directory with a warning and ingests the rest', async () => {
    const dir = f('mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.md'), '# Field note\n\nPolice in Quetta arrested two men linked to Lashkar-e-Jhangvi on 3 March 2016.\n');
    writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(dir, 'table.xlsx'), 'x');
    const other = path.join(tmp.dir, 'mixed.db');
    const r = await cli('ingest', dir, '--db', other);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/image\.png/);
    expect(r.stderr).toMatch(/table\.xlsx/);
    expect(r.stdout).toMatch(/ingested 1 document/);
  });

  it('decodes non-UTF-8 text instead of storing mojibake', async () => {
    const latin1 = path.join(tmp.dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Report on the café attack in Peshawar\n\nThe Frontier Corps said the attackers fled to Afghanistan. Café owners were questioned by police in Peshawar.', 'latin1'));
    const other = path.join(tmp.dir, 'latin1.db');
    expect((await cli('ingest', latin1, '--db', other)).code).toBe(0);
    const hits = JSON.parse((await cli('search', 'café', '--db', other, '--json')).stdout);
    expect(hits.length).toBe(1);
  });
});
