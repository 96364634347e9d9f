/**
 * Sanity check for the example-report gold set: every file parses, every quote (split on
 * "...") occurs in the document as the reader sees it, and every id used is declared.
 * Whitespace is collapsed before matching because the reader may reflow HTML text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/index.js';
import { parseGold } from '../../src/evaluation/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.gold.json')).sort();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('example gold files', () => {
  it('covers the four example reports', () => expect(files).toHaveLength(4));
  for (const file of files) {
    it(`${file} parses, quotes are verbatim, ids are declared`, async () => {
      const gold = parseGold(JSON.parse(readFileSync(path.join(here, file), 'utf8')));
      const doc = await readDocument(path.resolve(here, gold.document));
      const text = squash(doc.text);
      const ids = new Set(gold.entities.map((e) => e.id));
      const missingQuotes: string[] = [];
      const quotes = [...gold.relations, ...gold.events, ...gold.disputes].map((x) => (x as { quote?: string }).quote);
      for (const q of quotes) for (const part of (q ?? '').split('...')) if (part.trim() && !text.includes(squash(part))) missingQuotes.push(part);
      expect(missingQuotes).toEqual([]);
      const used: string[] = [];
      for (const r of gold.relations) used.push(r.subject, r.object, ...(r.alt_objects ?? []), ...(r.alt_subjects ?? []));
      for (const e of gold.events) {
        if (e.place) used.push(e.place);
        used.push(...(e.alt_places ?? []), ...e.participants.map((p) => p.entity));
      }
      expect(used.filter((id) => !ids.has(id))).toEqual([]);
    });
  }
});
