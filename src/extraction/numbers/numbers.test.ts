import { describe, expect, it } from 'vitest';
import { countsByKind, findCounts, parseNumber, revisedKinds } from './numbers.js';

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

describe('revised and final figures', () => {
  const headline = (s: string) => countsByKind(findCounts(s, 0));
  it('lets a later revision win over the first figure', () => {
    expect(headline('Officials first said 12 people were killed, then raised the figure to 19.').killed).toBe(19);
    expect(headline('Nine people were reported killed, a number later revised to 23.').killed).toBe(23);
    expect(headline('Rescuers said the toll had climbed to forty-one by evening.').killed).toBe(41);
  });
  it('lets a total told "in all" or a final toll win', () => {
    expect(headline('Two guards were shot first; eleven people died in all.').killed).toBe(11);
    expect(headline('Early reports said 8 were killed. The final toll was 17 dead.').killed).toBe(17);
  });
  it('marks which kinds were revised and keeps vague totals out', () => {
    expect(revisedKinds(findCounts('Six were wounded and the number of injured later rose to 30.', 0))).toEqual(['injured']);
    expect(headline('The toll rose to scores of people.').killed).toBeNull();
  });
  it('reads a count across an inserted subset', () => {
    expect(counts('Seven workers, including a foreman, were hurt.')).toEqual([['injured', 7]]);
  });
});
