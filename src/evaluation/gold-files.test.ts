import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listGoldFiles, loadGoldCase } from './load-gold.js';
import { goldToInterchange } from './gold-to-interchange.js';
import { score } from './score.js';
import { evaluateMany } from './evaluate-many.js';
import { parseInterchange } from '../interchange/parse.js';
import { parseGold } from './gold.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goldDir = path.resolve(repoRoot, '../shared/gold');
const files = listGoldFiles(goldDir);

describe('the real gold files', () => {
  it('are all found', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s read as a perfect prediction scores 1.0 everywhere', (_name, file) => {
    const c = loadGoldCase(file);
    const perfect = goldToInterchange(c.gold, c.text);
    // The perfect prediction is also a valid cellgraph/1 file, after a JSON round trip.
    parseInterchange(JSON.parse(JSON.stringify(perfect)));
    const r = score(c.gold, perfect);
    for (const s of [r.entities.overall, ...Object.values(r.entities.byType), r.relations.overall, r.events.overall]) {
      expect(s.f1).toBe(1);
    }
    expect(r.entities.overall.tp).toBe(c.gold.entities.length);
    expect(r.relations.overall.tp).toBe(c.gold.relations.length);
    expect(r.events.overall.tp).toBe(c.gold.events.length);
    for (const a of [r.relations.dateAccuracy, r.events.numberAccuracy, r.events.participantRecall, r.events.roleAccuracy]) {
      expect(a.accuracy === null || a.accuracy === 1).toBe(true);
    }
  });

  it('an empty prediction finds nothing: recall 0 wherever the gold requires something', () => {
    const reports = files.map((f) => {
      const c = loadGoldCase(f);
      return score(c.gold, { format: 'cellgraph/1', documents: [], entities: [], claims: [], events: [] });
    });
    for (const r of reports) {
      expect(r.entities.overall.recall).toBe(0);
      expect(r.events.overall.f1).toBe(0);
    }
    const macro = evaluateMany(reports);
    expect(macro.entities.f1).toBe(0);
    expect(macro.documents).toBe(files.length);
  });

  it('rejects a gold file that names an unknown entity', () => {
    const bad = { format: 'cellgraph-gold/1', document: 'x.txt', entities: [{ id: 'a', type: 'person', name: 'A' }], relations: [{ subject: 'a', predicate: 'member_of', object: 'nobody' }] };
    expect(() => parseGold(bad)).toThrow(/unknown entity "nobody"/);
  });
});
