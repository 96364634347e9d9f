import { describe, expect, it } from 'vitest';
import { quoteOverlap } from './quote-overlap.js';

describe('quoteOverlap', () => {
  const gold = 'On 4 June 2016, three riders fired on a van crossing the Hub river bridge ... The ambush left at least 11 passengers dead.';

  it('finds both sides of an ellipsis in the evidence, whatever the punctuation and case', () => {
    const evidence = ['On 4 June 2016, three riders fired on a van crossing the Hub river bridge, Lasbela.', 'The ambush left at least 11 passengers dead.'];
    expect(quoteOverlap(gold, evidence)).toBe(1);
    expect(quoteOverlap(gold.toUpperCase().replace(/,/g, ''), evidence)).toBe(1);
  });

  it('gives partial credit for one side and none for unrelated text', () => {
    const half = quoteOverlap(gold, ['The ambush left at least 11 passengers dead.']);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(0.5);
    expect(quoteOverlap(gold, ['Police arrested two men in Lahore on Tuesday.'])).toBe(0);
    expect(quoteOverlap(undefined, ['anything'])).toBe(0);
  });

  it('needs whole words: a run must not match inside longer words', () => {
    expect(quoteOverlap('the attack', ['theattack was large'])).toBe(0);
    expect(quoteOverlap('the attack', ['after the attack was over'])).toBe(1);
  });
});
