/**
 * The FTS5 query builder: user text becomes quoted phrases, never syntax.
 */
import { describe, expect, it } from 'vitest';
import { ftsQuery } from './search.js';

describe('ftsQuery', () => {
  it('quotes every chunk as a phrase', () => {
    expect(ftsQuery('Lashkar-e-Jhangvi Quetta')).toBe('"Lashkar-e-Jhangvi" "Quetta"');
    expect(ftsQuery('AND OR NOT')).toBe('"AND" "OR" "NOT"');
    expect(ftsQuery('NEAR(a')).toBe('"NEAR(a"');
  });

  it('doubles quotes inside a chunk', () => {
    expect(ftsQuery('say"hi')).toBe('"say""hi"');
  });

  it('keeps a trailing star on a plain word as a prefix search', () => {
    expect(ftsQuery('Jhang*')).toBe('"Jhang"*');
    expect(ftsQuery('a*b')).toBe('"a*b"');
  });

  it('gives null when nothing searchable is left', () => {
    for (const q of ['', '   ', '"', '*', '( )', '-', '""']) expect(ftsQuery(q), q).toBeNull();
  });
});
