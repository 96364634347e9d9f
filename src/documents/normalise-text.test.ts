import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text.js';

describe('normaliseText', () => {
  it('unifies line ends, drops NUL characters and composes accents', () => {
    expect(normaliseText('Quetta\r\nPeshawar\rKarachi')).toBe('Quetta\nPeshawar\nKarachi');
    expect(normaliseText('Lash\u0000kar')).toBe('Lashkar');
    expect(normaliseText('Cafe\u0301')).toBe('Café');
  });
});
