import { describe, expect, it } from 'vitest';
import { findDates, newDateContext, titleYear } from './dates.js';

const run = (sentences: string[], published: string | null = null) => {
  const ctx = newDateContext(published);
  return sentences.map((s) => findDates(s, 0, s.length, ctx).map((d) => `${d.role}:${d.value}`));
};

describe('findDates', () => {
  it('reads absolute dates with their precision', () => {
    expect(run(['On March 3, 2012 and 4 May 2013, then in June 2014 and in 2015.'])).toEqual([['point:2012-03-03', 'point:2013-05-04', 'point:2014-06', 'point:2015']]);
    expect(run(['Filed 2016-03-04, not 2016-13-40.'])).toEqual([['point:2016-03-04', 'point:2016']]);
  });

  it('reads "the following month" from the last month named', () => {
    expect(run(['In December 2018 the talks began.', 'In the following month they failed.'])).toEqual([['point:2018-12'], ['point:2019-01']]);
  });

  it('dates a day range by its first day', () => {
    expect(run(['Raids ran on August 5–7, 2019 and again 11-12 October 2020.'])).toEqual([['point:2019-08-05', 'point:2020-10-11']]);
  });

  it('marks since/until and between-and', () => {
    expect(run(['active since 2009 until 2012', 'between 1994 and 1999'])).toEqual([['since:2009', 'until:2012'], ['since:1994', 'until:1999']]);
  });

  it('takes the year of a partial date from the paragraph context', () => {
    expect(run(['In February 2011, they met.', 'In October, they split.'], '2019-05-01')).toEqual([['point:2011-02'], ['point:2011-10']]);
  });

  it('anchors a bare day and month on the most recent past occurrence before publication', () => {
    expect(run(['The June 5 raid.'], '2020-03-10')).toEqual([['point:2019-06-05']]);
    expect(run(['The February 5 raid.'], '2020-03-10')).toEqual([['point:2020-02-05']]);
  });

  it('resolves the same month and last year, and leaves decades undated', () => {
    expect(run(['In August 2010 a cell formed.', 'It grew in the same month.'])).toEqual([['point:2010-08'], ['point:2010-08']]);
    expect(run(['It happened last year.'], '2018-07')).toEqual([['point:2017']]);
    expect(run(['founded in the late 1970s'])).toEqual([[]]);
  });

  it('takes the year of a list article from its title, but not from a date line', () => {
    expect(titleYear('SOURCE: https://example.org/x\n= Bombings in Sindh in 2012 =\n\n3 May - …')).toBe(2012);
    expect(titleYear('Mar 3, 2012\nSome text.')).toBeNull();
    expect(titleYear('A long report that mentions 2011 and 2012 in its title')).toBeNull();
    const ctx = newDateContext('2015-01-01');
    ctx.titleYear = 2012;
    expect(findDates('5 May - a blast', 0, 15, ctx).map((d) => d.value)).toEqual(['2012-05-05']);
  });

  it('accepts a timestamp as publication date and ignores junk', () => {
    expect(run(['The June 5 raid.'], '2020-03-10T08:00:00Z')).toEqual([['point:2019-06-05']]);
    expect(run(['The June 5 raid.'], 'soon')).toEqual([[]]);
  });

  it('does not read the modal "may" or large numbers as dates', () => {
    expect(run(['They may attack. It cost 2,015 rupees.'])).toEqual([[]]);
  });
});
