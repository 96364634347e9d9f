import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts.js';

const amounts = (s: string) => findAmounts(s, 0).map((a) => [a.value, a.unit]);

describe('findAmounts', () => {
  it('reads currency codes and symbols before the figure, with scale words', () => {
    expect(amounts('The court fined each trader Rs 5 million.')).toEqual([[5_000_000, 'PKR']]);
    expect(amounts('Washington offered a $7 million reward for the commander.')).toEqual([[7_000_000, 'USD']]);
    expect(amounts('The cell received US$ 2.5 million from abroad.')).toEqual([[2_500_000, 'USD']]);
    expect(amounts('A sum of PKR 120,000 was found in the house.')).toEqual([[120_000, 'PKR']]);
  });
  it('takes the lower bound of a range and appends the period', () => {
    expect(amounts('Recruits were paid PKR 20,000-25,000 per month by the handlers.')).toEqual([[20_000, 'PKR per month']]);
    expect(amounts('Each fighter drew Rs. 9,000 to 11,000 a month.')).toEqual([[9_000, 'PKR per month']]);
  });
  it('reads currency words after the figure, including lakh and crore', () => {
    expect(amounts('Police recovered 3 lakh rupees and two million Afghanis.')).toEqual([[300_000, 'PKR'], [2_000_000, 'AFN']]);
    expect(amounts('The government announced 10 crore rupees for the victims.')).toEqual([[100_000_000, 'PKR']]);
  });
  it('ignores numbers that are not money', () => {
    expect(amounts('Rs was written on the wall and 40 men were held.')).toEqual([]);
    expect(amounts('Twelve people were killed in the blast.')).toEqual([]);
  });
});
