/** Which written dates are read, which are refused as ambiguous or impossible. */
import { describe, expect, it } from 'vitest';
import { findDate, parseMetadataDate, parseWholeDate } from './date-phrases.js';

describe('parseWholeDate', () => {
  it.each([
    ['Jan 30, 2017', '2017-01-30'],
    ['January 30 2017', '2017-01-30'],
    ['Sept. 3, 2015', '2015-09-03'],
    ['30 January 2017', '2017-01-30'],
    ['1st of March, 2016', '2016-03-01'],
    ['2017-01-30', '2017-01-30'],
    ['Monday, January 30, 2017', '2017-01-30'],
    ['January 2017', '2017-01'],
    ['Jan 30, 2017 10:45 AM EST', '2017-01-30'],
  ])('reads %s', (input, expected) => {
    expect(parseWholeDate(input)).toBe(expected);
  });

  it.each([
    'On 13 May 2015, eight gunmen attacked a bus',
    '01/02/2017',
    'Feb 30, 2017',
    'Chapter 12',
  ])('refuses %s', (input) => {
    expect(parseWholeDate(input)).toBeNull();
  });
});

describe('findDate', () => {
  it('finds the earliest date and prefers the precise reading at the same place', () => {
    expect(findDate('killed on 12 May 2016 and again in June 2017')).toMatchObject({ date: '2016-05-12', index: 10 });
  });
});

describe('parseMetadataDate', () => {
  it('reads ISO timestamps, PDF dates and Date objects', () => {
    expect(parseMetadataDate('2017-01-30T08:00:00+05:00')).toBe('2017-01-30');
    expect(parseMetadataDate("D:20170130120000+05'00'")).toBe('2017-01-30');
    expect(parseMetadataDate('D:2017')).toBe('2017');
    expect(parseMetadataDate(new Date(Date.UTC(2016, 11, 5)))).toBe('2016-12-05');
    expect(parseMetadataDate('2017/01/30')).toBe('2017-01-30');
    expect(parseMetadataDate('not a date')).toBeNull();
    expect(parseMetadataDate(undefined)).toBeNull();
  });
});
