/** Title and publication date detection on plain text and Markdown: what counts and, as much, what must not. */
import { describe, expect, it } from 'vitest';
import { detectTextMetadata, urlDate } from './text-metadata.js';

describe('detectTextMetadata: title', () => {
  it('takes the first short line, skipping a SOURCE line and blank lines', () => {
    const text = 'SOURCE: https://example.org/a\n\n\nCells in the North: A Survey\n\nBody text follows here.';
    expect(detectTextMetadata(text).title).toBe('Cells in the North: A Survey');
  });

  it('does not take a prose sentence as a title', () => {
    expect(detectTextMetadata('The group was founded in 1996 and operates in two provinces.\nMore.').title).toBeNull();
  });

  it('reads wiki "= Title =" headings and Title: lines', () => {
    expect(detectTextMetadata('= 2015 Harbour attack =\n\nText.').title).toBe('2015 Harbour attack');
    expect(detectTextMetadata('Report 7\nTitle: The Real Title\nbody').title).toBe('The Real Title');
  });

  it('uses the SOURCE address only to confirm a later short line', () => {
    const text = 'SOURCE: https://wiki.example/A/Jamaat_ul-Ahrar\nA long first paragraph that is prose and ends with a period.\nJamaat ul-Ahrar\nMore.';
    expect(detectTextMetadata(text).title).toBe('Jamaat ul-Ahrar');
    const unrelated = 'SOURCE: https://wiki.example/A/Other\nA long first paragraph that is prose and ends with a period.\nJamaat ul-Ahrar\n';
    expect(detectTextMetadata(unrelated).title).toBeNull();
  });

  it('prefers the first # heading in Markdown, even below an intro line', () => {
    const md = 'Some intro line\n\n# The Heading\n\nText.';
    expect(detectTextMetadata(md, 'markdown').title).toBe('The Heading');
    expect(detectTextMetadata(md, 'text').title).toBe('Some intro line');
  });
});

describe('detectTextMetadata: published', () => {
  it('reads a date line near the top', () => {
    expect(detectTextMetadata('Title\n\nby Someone\n\nJan 30, 2017\n\nBody.').published).toBe('2017-01-30');
  });

  it('reads a Published: label and a byline with a date', () => {
    expect(detectTextMetadata('Title\nPublished: 3 March 2016\nBody').published).toBe('2016-03-03');
    expect(detectTextMetadata('Title\nBy A. Writer | March 3, 2016\nBody').published).toBe('2016-03-03');
  });

  it('ignores dates inside sentences and infobox Date rows', () => {
    const text = 'Title\n- Date: 13 May 2015\nOn 13 May 2015, gunmen attacked a bus.\n';
    expect(detectTextMetadata(text).published).toBeNull();
  });

  it('ignores a date line far below the top', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Line ${i} of the body`).join('\n');
    expect(detectTextMetadata(`Title\n${body}\nJan 30, 2017\n`).published).toBeNull();
  });

  it('falls back to a date that is a path part of the SOURCE address', () => {
    expect(detectTextMetadata('SOURCE: https://news.example/2016/08/09/blast\nTitle\nText.').published).toBe('2016-08-09');
    expect(detectTextMetadata('SOURCE: https://mirror.example/wiki_all_2024-04/A/X\nTitle\n').published).toBe('2024-04');
  });
});

describe('urlDate', () => {
  it('needs at least a month, as its own path part', () => {
    expect(urlDate('https://example.org/reports/2018/en/121966')).toBeNull();
    expect(urlDate('https://example.org/wiki/2015_Karachi_bus_shooting')).toBeNull();
    expect(urlDate('https://example.org/id/12017-0130')).toBeNull();
    expect(urlDate('https://example.org/2017/01/story')).toBe('2017-01');
    expect(urlDate('https://example.org/news/2017-01-30-cell-arrested')).toBe('2017-01-30');
    expect(urlDate('https://example.org/annual-report-2011-12/')).toBeNull();
  });
});
