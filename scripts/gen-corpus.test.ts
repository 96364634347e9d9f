/**
 * The benchmark corpus must be reproducible (same seed, same bytes), sized as asked,
 * and split back into the documents it was written from.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SEPARATOR, createRng, generateCorpus, generateDocument, parseSize, writeCorpus } from './gen-corpus.js';

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = [...generateCorpus({ bytes: 50_000, seed: 7 })].join('');
    const b = [...generateCorpus({ bytes: 50_000, seed: 7 })].join('');
    const c = [...generateCorpus({ bytes: 50_000, seed: 8 })].join('');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('stops within one document of the requested size', () => {
    const docs = [...generateCorpus({ bytes: 200_000, seed: 1 })];
    const total = docs.reduce((n, d) => n + Buffer.byteLength(d) + DOCUMENT_SEPARATOR.length, 0);
    expect(total).toBeGreaterThanOrEqual(200_000);
    expect(total - Buffer.byteLength(docs.at(-1)!) - DOCUMENT_SEPARATOR.length).toBeLessThan(200_000);
  });
});

describe('generateDocument', () => {
  it('writes a title line, a valid Published line and 3–6 KB of text', () => {
    const rng = createRng(3);
    for (let i = 0; i < 50; i++) {
      const doc = generateDocument(rng);
      const [title, published] = doc.split('\n');
      expect(title!.length).toBeGreaterThan(10);
      expect(published).toMatch(/^Published: (2014|2015|2016|2017|2018|2019)-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
      expect(doc.length).toBeGreaterThanOrEqual(3000);
      expect(doc.length).toBeLessThan(6500);
      expect(doc).not.toContain('undefined');
    }
  });

  it('defines acronyms next to group names so extraction has something to resolve', () => {
    const text = [...generateCorpus({ bytes: 100_000, seed: 2 })].join('\n');
    expect(text).toMatch(/\b(Lashkar|Jaish|Tehreek|Harkat|Jamaat|Sipah|Ansar|Hizb|Jund|Majlis)(-e-|-i-| e |-ul-|-al-)\w+( \S+)? \([A-Z][a-z][A-Z][A-Z]?\)/);
  });
});

describe('parseSize', () => {
  it('reads binary units and rejects nonsense', () => {
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024);
    expect(parseSize('1.5 mb')).toBe(Math.round(1.5 * 1024 * 1024));
    expect(parseSize('500KB')).toBe(500 * 1024);
    expect(parseSize('2048')).toBe(2048);
    expect(() => parseSize('five MB')).toThrow(/invalid size/);
  });
});

describe('writeCorpus', () => {
  it('streams to a file that splits back into the generated documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
    try {
      const file = join(dir, 'corpus.txt');
      const result = await writeCorpus(file, 30_000, 5);
      const text = readFileSync(file, 'utf8');
      expect(Buffer.byteLength(text)).toBe(result.bytes);
      const docs = text.split(DOCUMENT_SEPARATOR).filter((d) => d.length > 0);
      expect(docs).toEqual([...generateCorpus({ bytes: 30_000, seed: 5 })]);
      expect(docs.length).toBe(result.documents);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
