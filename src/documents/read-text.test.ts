/** Plain text and Markdown intake end to end: verbatim text, encodings, and every refusal. */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('readDocument: plain text and Markdown', () => {
  it('keeps text verbatim with metadata and the sha256 of the original bytes', async () => {
    const body = 'SOURCE: https://example.org/x\r\nCells in the North\r\n\r\n30 January 2017\r\n\r\nThe cell met in  Quetta.\r\n';
    const file = await fixture('brief.txt', body);
    const doc = await readDocument(file);
    expect(doc).toMatchObject({ source: file, media_type: 'text/plain', title: 'Cells in the North', published: '2017-01-30' });
    expect(doc.text).toBe(body.replace(/\r\n/g, '\n'));
    expect(doc.sha256).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it('keeps Markdown markup so offsets point into what was written', async () => {
    const md = '# Network *map*\n\nPublished: 2016-08-09\n\n- **TTP** split\n';
    const doc = await readDocument(await fixture('notes.md', md));
    expect(doc).toMatchObject({ media_type: 'text/markdown', text: md, title: 'Network map', published: '2016-08-09' });
  });

  it('strips a UTF-8 BOM and puts text in NFC', async () => {
    const decomposed = 'Cafe\u0301 report\n';
    const doc = await readDocument(await fixture('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decomposed)])));
    expect(doc.text).toBe('Café report\n');
    expect(doc.text.charCodeAt(0)).toBe(0x43);
  });

  it('decodes Windows-1252 text with accents', async () => {
    const text = 'Rapport préliminaire — l’été à Peshawar\n\nLes élèves ont décrit la scène; déjà vu.\n';
    const doc = await readDocument(await fixture('latin.txt', iconv.encode(text, 'windows-1252')));
    expect(doc.text).toBe(text);
    expect(doc.title).toBe('Rapport préliminaire — l’été à Peshawar');
  });

  it('decodes UTF-16LE with a BOM', async () => {
    const text = 'Zarb-e-Azb\nمیران شاہ operation\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    expect((await readDocument(await fixture('wide.txt', bytes))).text).toBe(text);
  });

  it('refuses binary content named .txt', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const file = await fixture('image.txt', bytes);
    expect(await refusal(readDocument(file))).toEqual({ code: 'unsupported', message: `${file}: binary content, not text` });
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.md', ' \n\t\r\n\u00a0\n']] as const) {
      const file = await fixture(name, content);
      expect(await refusal(readDocument(file))).toEqual({ code: 'invalid_input', message: `${file}: empty document` });
    }
  });

  it('refuses a missing file, an unsupported type and a directory', async () => {
    expect((await refusal(readDocument(path.join(dir, 'nope.txt')))).code).toBe('not_found');
    expect((await refusal(readDocument(await fixture('sheet.xlsx', 'x')))).code).toBe('unsupported');
    await mkdir(path.join(dir, 'folder.txt'));
    expect((await refusal(readDocument(path.join(dir, 'folder.txt')))).code).toBe('invalid_input');
  });

  it('applies a configurable size limit', async () => {
    const file = await fixture('small.txt', 'a'.repeat(2000));
    const r = await refusal(readDocument(file, { maxBytes: 1000 }));
    expect(r.code).toBe('too_large');
    expect(r.message).not.toContain('\n');
    expect((await readDocument(file, { maxBytes: 2000 })).text).toHaveLength(2000);
    expect((await refusal(readDocument(file, { maxBytes: -1 }))).code).toBe('invalid_input');
  });
});
