import { describe, expect, it } from 'vitest';
import { findCounts, parseNumber } from './numbers.js';

const counts = (s: string) => findCounts(s, 0).map((c) => [c.kind, c.value]);

describe('parseNumber', () => {
  it('reads digits, number words and dozens', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('six')).toBe(6);
    expect(parseNumber('forty-two')).toBe(42);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseNumber('two hundred')).toBe(200);
    expect(parseNumber('several')).toBeNull();
  });
});

describe('findCounts', () => {
  it('binds numbers to killed, injured and arrested with their qualifiers', () => {
    expect(counts('At least 12 people died and 30 others were wounded in the blast.')).toEqual([['killed', 12], ['injured', 30]]);
    expect(counts('The explosion killed more than 40 worshippers, injuring approximately 90.')).toEqual([['killed', 40], ['injured', 90]]);
    expect(counts('Police arrested eleven suspects.')).toEqual([['arrested', 11]]);
    expect(counts('Twenty-one militants were detained in the raid.')).toEqual([['arrested', 21]]);
    expect(counts('The death toll rose to 31 on Sunday.')).toEqual([['killed', 31]]);
  });

  it('gives no number for vague quantities or subsets', () => {
    expect(counts('Dozens were hurt and scores of people died.')).toEqual([]);
    expect(counts('Eight people including two guards were killed.')).toEqual([['killed', 8]]);
  });

  it('ignores numbers that belong to dates when told so', () => {
    const s = 'The March 3 bombing killed 25.';
    expect(findCounts(s, 0, [{ start: 4, end: 11 }]).map((c) => c.value)).toEqual([25]);
  });
});
