/**
 * The newswire mention gold parses into verbatim spans, the span scorer counts exact
 * span-and-type matches only, and generic recognition stays above the floor we measured
 * (docs/evaluation.md) on both the tuning and the check split.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNewswire, parseNewswireGold, scoreSpans } from '../../../scripts/eval-newswire.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (f: string) => readFileSync(path.join(here, f), 'utf8');

describe('newswire mention gold', () => {
  for (const file of ['newswire-mentions.txt', 'newswire-check.txt']) {
    it(`${file}: spans cover their text and carry a known type`, () => {
      const stories = parseNewswireGold(read(file));
      expect(stories.length).toBeGreaterThan(3);
      for (const s of stories) for (const g of s.spans) expect(s.text.slice(g.start, g.end)).toBe(g.text);
    });
  }

  it('holds at least 40 sentences in the tuning split', () => {
    const sentences = parseNewswireGold(read('newswire-mentions.txt')).reduce((n, s) => n + (s.text.match(/[.!?](?:\s|$)/g) ?? []).length, 0);
    expect(sentences).toBeGreaterThanOrEqual(40);
  });

  it('rejects unknown tags and unclosed markup', () => {
    expect(() => parseNewswireGold('A [[XYZ|thing]] here.')).toThrow(/unknown tag/);
    expect(() => parseNewswireGold('A [[PER|Someone here.')).toThrow(/unclosed/);
  });
});

describe('scoreSpans', () => {
  const g = { start: 0, end: 5, type: 'person' as const, text: 'Ahmed' };
  it('credits exact span and type only', () => {
    const r = scoreSpans([{ gold: [g], predicted: [{ ...g }, { ...g, end: 4, text: 'Ahme' }, { ...g, start: 10, end: 15, type: 'place' }] }]);
    expect([r.overall.tp, r.overall.fp, r.overall.fn]).toEqual([1, 2, 0]);
    expect(r.byType.place.fp).toBe(1);
    const wrongType = scoreSpans([{ gold: [g], predicted: [{ ...g, type: 'organization' }] }]);
    expect([wrongType.overall.tp, wrongType.overall.fn, wrongType.byType.organization.fp]).toEqual([0, 1, 1]);
  });
  it('counts nothing to find and nothing found as perfect', () => {
    expect(scoreSpans([{ gold: [], predicted: [] }]).overall.f1).toBe(1);
  });
});

describe('generic recognition on newswire prose', () => {
  it('stays at or above the measured mention-span F1', () => {
    expect(evaluateNewswire(read('newswire-mentions.txt')).overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluateNewswire(read('newswire-check.txt')).overall.f1).toBeGreaterThanOrEqual(0.74);
  }, 60_000);
});
