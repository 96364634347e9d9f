import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGold } from './run-gold.js';
import { loadGoldCase } from './load-gold.js';
import type { Extract, ExtractOptions, Extraction } from '../extraction/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goldFile = path.resolve(repoRoot, '../shared/gold/09_karachi_bus_shooting_2015_wikipedia.gold.json');

describe('runGold', () => {
  it('hands the extractor normalised text with the gold published date and scores what it returns', () => {
    const { gold } = loadGoldCase(goldFile);
    const seen: Array<{ text: string; options: ExtractOptions | undefined }> = [];
    // A fake extractor that knows every gold entity by name and states nothing else.
    const fake: Extract = (text, options) => {
      seen.push({ text, options });
      const extraction: Extraction = {
        entities: gold.entities.map((e) => ({ key: `k:${e.id}`, type: e.type, subtype: e.subtype ?? null, name: e.name, aliases: [], lat: null, lon: null, attributes: {} })),
        mentions: [],
        claims: [{ subject: 'k:jundallah', predicate: 'member_of', object: 'k:nobody', valid_from: null, valid_to: null, former: false, negated: false, confidence: 0.5, extractor: 'fake', evidence: [] }],
        events: [],
      };
      return extraction;
    };
    const run = runGold(goldFile, fake);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.text).not.toMatch(/\r/);
    expect(seen[0]!.text).toBe(seen[0]!.text.normalize('NFC'));
    expect(seen[0]!.options).toEqual({ published: gold.published ?? null });
    expect(run.dropped).toEqual(['claim member_of: unknown entity k:nobody']);
    expect(run.report.entities.overall.f1).toBe(1);
    expect(run.report.relations.overall).toMatchObject({ tp: 0, fp: 0 });
    expect(run.report.relations.overall.fn).toBe(gold.relations.filter((r) => !r.optional).length);
    expect(run.report.document).toBe(path.basename(goldFile));
  });
});
