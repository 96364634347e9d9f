/** PDF intake on hand-assembled PDFs: text, Info metadata, empty and corrupt files, no console noise. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocument } from './read-document.js';
import { joinHyphenatedLines } from './read-pdf.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A minimal valid PDF written by hand: one Helvetica text object per page, an Info
 * dictionary, and an xref table with exact byte offsets.
 */
function makePdf(pages: string[][], info: string): Buffer {
  const pageIds = pages.map((_, i) => 4 + i * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (const [i, lines] of pages.entries()) {
    const stream = `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[i]! + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  objects.push(info);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function fixture(name: string, content: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Everything the libraries might print while a test runs. */
function captureOutput(): () => string[] {
  const seen: string[] = [];
  for (const method of ['log', 'warn', 'error', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void seen.push(args.join(' ')));
  }
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (seen.push(String(chunk)), true));
  return () => seen;
}

describe('readDocument: PDF', () => {
  it('extracts the text of all pages with Info title and creation date, printing nothing', async () => {
    const output = captureOutput();
    const pdf = makePdf(
      [['Network survey', 'Members of Lashkar-', 'e-Jhangvi met in Quetta.'], ['Second page names Sialkot.']],
      '<< /Title (Cells in the North) /CreationDate (D:20170130101500Z) >>',
    );
    const doc = await readDocument(await fixture('survey.pdf', pdf));
    expect(doc.media_type).toBe('application/pdf');
    expect(doc.title).toBe('Cells in the North');
    expect(doc.published).toBe('2017-01-30');
    expect(doc.text).toContain('Network survey');
    expect(doc.text).toContain('Lashkar-e-Jhangvi met in Quetta.');
    expect(doc.text).toContain('Second page names Sialkot.');
    expect(doc.text.indexOf('Quetta')).toBeLessThan(doc.text.indexOf('Sialkot'));
    expect(output()).toEqual([]);
  });

  it('ignores a file-name title and takes the title from the first line instead', async () => {
    const pdf = makePdf([['Quarterly threat note', 'Published: 3 March 2016', 'Body line.']], '<< /Title (Microsoft Word - draft3.docx) /CreationDate (D:20200101) >>');
    const doc = await readDocument(await fixture('note.pdf', pdf));
    expect(doc.title).toBe('Quarterly threat note');
    expect(doc.published).toBe('2016-03-03'); // what the page states beats the file's creation date
  });

  it('refuses a PDF without text as empty', async () => {
    const file = await fixture('blank.pdf', makePdf([[]], '<< >>'));
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${file}: empty document` });
  });

  it('reports random bytes and a truncated PDF as corrupt, in one line, silently', async () => {
    const output = captureOutput();
    const good = makePdf([['Some text here.']], '<< >>');
    for (const [name, bytes] of [
      ['random.pdf', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256))],
      ['truncated.pdf', good.subarray(0, 120)],
    ] as const) {
      const file = await fixture(name, bytes);
      const error = await readDocument(file).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code).toBe('corrupt');
      expect(error?.message.startsWith(`${file}: not a readable PDF`)).toBe(true);
      expect(error?.message).not.toContain('\n');
    }
    expect(output()).toEqual([]);
  });
});

describe('joinHyphenatedLines', () => {
  it('joins a word broken at a line end but keeps its hyphen', () => {
    expect(joinHyphenatedLines('Tehrik-\ni-Taliban and al-\nQaeda')).toBe('Tehrik-i-Taliban and al-\nQaeda');
    expect(joinHyphenatedLines('a list -\nnext')).toBe('a list -\nnext');
  });
});
