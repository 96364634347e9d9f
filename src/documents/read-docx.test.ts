/** DOCX intake on documents built with jszip: text, core properties, empty and corrupt files. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocument } from './read-document.js';
import { readZipEntry } from './zip-entry.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** The smallest DOCX Word and mammoth accept, optionally with core properties. */
async function makeDocx(paragraphs: string[], core?: { title?: string; created?: string }, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraph).join('')}</w:body></w:document>`);
  if (core) {
    zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${core.title !== undefined ? `<dc:title>${core.title}</dc:title>` : ''}
${core.created !== undefined ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}
</cp:coreProperties>`);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

async function fixture(name: string, content: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('readDocument: DOCX', () => {
  it('extracts paragraphs separated by blank lines, with core title and created date', async () => {
    const bytes = await makeDocx(
      ['Field report', 'The cell in Karachi &amp; its financiers were arrested.', 'Two members fled to Quetta.'],
      { title: 'Karachi cell &amp; finance', created: '2016-11-02T08:00:00Z' },
    );
    const doc = await readDocument(await fixture('report.docx', bytes));
    expect(doc.media_type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.text).toBe('Field report\n\nThe cell in Karachi & its financiers were arrested.\n\nTwo members fled to Quetta.');
    expect(doc.title).toBe('Karachi cell & finance');
    expect(doc.published).toBe('2016-11-02');
  });

  it('without core properties, takes the title from the first paragraph', async () => {
    const doc = await readDocument(await fixture('plain.docx', await makeDocx(['Threat summary', 'Body sentence here.'])));
    expect(doc.title).toBe('Threat summary');
    expect(doc.published).toBeNull();
  });

  it('refuses a DOCX without text as empty', async () => {
    const file = await fixture('blank.docx', await makeDocx([]));
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${file}: empty document` });
  });

  it('reports random bytes, a truncated zip and a zip without a document as corrupt, silently', async () => {
    const seen: unknown[] = [];
    for (const m of ['log', 'warn', 'error'] as const) vi.spyOn(console, m).mockImplementation((...a) => void seen.push(a));
    const good = await makeDocx(['Some text.']);
    const other = new JSZip();
    other.file('hello.txt', 'not word');
    const cases = [
      ['random.docx', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) % 256))],
      ['truncated.docx', good.subarray(0, Math.floor(good.length / 2))],
      ['nodoc.docx', await other.generateAsync({ type: 'nodebuffer' })],
    ] as const;
    for (const [name, bytes] of cases) {
      const file = await fixture(name, bytes);
      const error = await readDocument(file).then(() => null, (e: unknown) => e as { code: string; message: string });
      expect(error?.code, name).toBe('corrupt');
      expect(error?.message.startsWith(`${file}: not a readable DOCX`)).toBe(true);
      expect(error?.message).not.toContain('\n');
    }
    expect(seen).toEqual([]);
  });
});

describe('readZipEntry', () => {
  it('reads stored and deflated entries and returns null for missing ones or non-zips', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = await makeDocx(['x'], { title: 'T' }, compression);
      expect(readZipEntry(zip, 'docProps/core.xml')?.toString('utf8')).toContain('<dc:title>T</dc:title>');
      expect(readZipEntry(zip, 'missing.xml')).toBeNull();
    }
    expect(readZipEntry(Buffer.from('not a zip at all'), 'docProps/core.xml')).toBeNull();
  });
});
