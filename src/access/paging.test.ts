import { describe, expect, it } from 'vitest';
import { filteredPage, page } from './paging.js';

const rows = Array.from({ length: 5000 }, (_, i) => i);
const keep = (n: number): boolean => n % 7 === 0;

function reader() {
  const calls: Array<[number | undefined, number]> = [];
  const read = async (limit: number | undefined, offset: number): Promise<number[]> => {
    calls.push([limit, offset]);
    return limit === undefined ? rows.slice(offset) : rows.slice(offset, offset + limit);
  };
  return { read, calls };
}

describe('paging after the filter', () => {
  it('gives the same page as filtering everything first, across chunk boundaries', async () => {
    const all = rows.filter(keep);
    for (const [limit, offset] of [[10, 0], [10, 100], [300, 250], [5, 710], [50, 0]] as const) {
      const { read } = reader();
      expect(await filteredPage(read, keep, { limit, offset })).toEqual(page(all, { limit, offset }));
    }
  });

  it('reads only as far as the page needs, in growing chunks, and everything when there is no limit', async () => {
    const first = reader();
    await filteredPage(first.read, keep, { limit: 10 });
    expect(first.calls).toEqual([[256, 0]]);
    const deep = reader();
    expect(await filteredPage(deep.read, keep, { limit: 10, offset: 200 })).toEqual(rows.filter(keep).slice(200, 210));
    expect(deep.calls).toEqual([[420, 0], [840, 420], [1680, 1260]]);
    const whole = reader();
    expect(await filteredPage(whole.read, keep, { offset: 700 })).toEqual(rows.filter(keep).slice(700));
    expect(whole.calls).toEqual([[undefined, 0]]);
  });
});
