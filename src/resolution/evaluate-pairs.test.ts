import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluatePairs, type AliasPair } from './evaluate-pairs.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const data = JSON.parse(readFileSync(path.join(repoRoot, 'data/alias-pairs.json'), 'utf8')) as { pairs: AliasPair[] };

describe('alias-pairs benchmark', () => {
  it('holds at least 300 labelled pairs with both kinds', () => {
    expect(data.pairs.length).toBeGreaterThanOrEqual(300);
    expect(data.pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(100);
  });

  it('meets the precision and recall targets of the same decision', () => {
    const s = evaluatePairs(data.pairs);
    const fp = s.falsePositives.map((o) => `${JSON.stringify(o.pair.a)} ~ ${JSON.stringify(o.pair.b)}`);
    expect(fp, 'false merges').toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });
});
