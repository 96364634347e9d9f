/**
 * Reads the real corpus (../shared/corpus beside the repository) and checks that the
 * text is kept verbatim — every hand-annotated quote is found in it — and that the
 * reference brief's title and date are detected by the generic rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const gold = path.resolve(repoRoot, '../shared/gold');
const available = existsSync(corpus);

/** Gold quotes elide with "..."; each piece must occur, in order. */
function containsInOrder(text: string, pieces: string[]): boolean {
  let from = 0;
  for (const piece of pieces.filter((p) => p !== '')) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

describe.skipIf(!available)('the shared corpus', () => {
  it('detects the reference brief title and publication date', async () => {
    const doc = await readDocument(path.join(corpus, 'isis-pakistan-growing-the-network-2017.txt'));
    expect(doc.title).toBe('The Islamic State in Pakistan: Growing the Network');
    expect(doc.published).toBe('2017-01-30');
    expect(doc.media_type).toBe('text/plain');
  });

  const files = available ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];
  it.each(files)('%s: text is verbatim and gold quotes are found in it', async (name) => {
    const file = path.join(corpus, name);
    const doc = await readDocument(file);
    expect(doc.text).toBe(readFileSync(file, 'utf8').normalize('NFC'));
    const goldFile = path.join(gold, name.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(goldFile)) return;
    const annotation = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, unknown>;
    const quotes = ['relations', 'events', 'disputes'].flatMap((k) =>
      ((annotation[k] as Array<{ quote?: string }> | undefined) ?? []).map((r) => r.quote).filter((q): q is string => !!q),
    );
    expect(quotes.length).toBeGreaterThan(0);
    const missing = quotes.filter((q) => !containsInOrder(doc.text, q.normalize('NFC').split(/\s*\.\.\.\s*/)));
    expect(missing).toEqual([]);
  });

  it('never takes an in-text event date as the publication date', async () => {
    // These pages state event dates near their top but no publication date of their own.
    for (const name of ['02_isis_k_state_dept_crt2017.txt', '09_karachi_bus_shooting_2015_wikipedia.txt']) {
      const file = path.join(corpus, name);
      if (existsSync(file)) expect((await readDocument(file)).published, name).toBeNull();
    }
  });
});
