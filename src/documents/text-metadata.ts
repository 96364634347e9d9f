/**
 * Title and publication date as a plain-text or Markdown document states them near
 * its top. Conservative by design: a date met in the body (an event date, an infobox
 * "Date:" row) is not a publication date, so only a line that is a date by itself, or
 * one introduced by a publishing label or a byline, counts; failing that, a date that
 * is a path part of the `SOURCE:` address.
 */
import type { PartialDate } from '../core/partial-date.js';
import { findDate, parseMetadataDate, parseWholeDate } from './date-phrases.js';

export interface TextMetadata {
  readonly title: string | null;
  readonly published: PartialDate | null;
}

/** How many non-blank lines from the top are searched for the title and date. */
const TOP_LINES = 15;
const MAX_TITLE = 150;

const SOURCE_LINE = /^source\s*:\s*(\S+)\s*$/i;
const TITLE_LABEL = /^title\s*:\s*(.+)$/i;
const PUBLISHED_LABEL =
  /^(?:(?:first\s+)?published|publication\s+date|date\s+(?:of\s+)?publication|date\s+published|posted|released|issued|dated)(?:\s+on)?\s*[:\-–—]?\s*/i;
const BYLINE_DATE = /^by\s+[^|·•–—]{1,80}\s*[|·•–—,]\s*(.+)$/i;

export function detectTextMetadata(text: string, kind: 'text' | 'markdown' = 'text'): TextMetadata {
  const { lines, sourceUrl } = topLines(text);
  return {
    title: detectTitle(lines, sourceUrl, kind, text),
    published: detectPublished(lines) ?? (sourceUrl ? urlDate(sourceUrl) : null),
  };
}

/**
 * A date written into the source address as its own path part ("/2017/01/30/",
 * "/2017/01/", "…_2024-04/"), as news sites and dated archive snapshots do. A bare year
 * is not enough: "/2018/" is as often a report's subject year as its release.
 */
export function urlDate(url: string): PartialDate | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const slashed = /\/((?:19|20)\d{2})\/(\d{2})(?:\/(\d{2}))?(?=\/|$)/.exec(pathname);
  // "-2011-12" after a word is more often a fiscal year than a month, hence no "-" before.
  const dashed = /(?:^|[/_])((?:19|20)\d{2})-(\d{2})(?:-(\d{2})(?=$|[/_.-])|(?=$|[/_.]))/.exec(pathname);
  const m = slashed ?? dashed;
  if (!m) return null;
  const text = m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  return parseMetadataDate(text);
}

/** The first non-blank lines, without a leading `SOURCE: <url>` line (kept as a hint). */
export function topLines(text: string): { lines: string[]; sourceUrl: string | null } {
  const lines: string[] = [];
  let sourceUrl: string | null = null;
  // The top of a document is within its first few kilobytes; no need to split it all.
  for (const raw of text.slice(0, 16 * 1024).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const source = SOURCE_LINE.exec(line);
    if (source && lines.length === 0 && sourceUrl === null) {
      sourceUrl = source[1]!;
      continue;
    }
    lines.push(line);
    if (lines.length >= TOP_LINES) break;
  }
  return { lines, sourceUrl };
}

function detectTitle(lines: string[], sourceUrl: string | null, kind: 'text' | 'markdown', text: string): string | null {
  for (const line of lines) {
    const labelled = TITLE_LABEL.exec(line);
    if (labelled) return cleanTitle(labelled[1]!);
  }
  if (kind === 'markdown') {
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text) ?? /^(\S[^\n]*)\n=+[ \t]*$/m.exec(text);
    if (heading && heading[1]!.trim() !== '') return cleanTitle(heading[1]!);
  }
  const first = lines.find((l) => parseWholeDate(l) === null && !/^(?:https?:\/\/|www\.)\S*$/i.test(l));
  if (first !== undefined) {
    const heading = headingText(first);
    if (heading !== null) return cleanTitle(heading);
    if (looksLikeTitle(first)) return cleanTitle(first);
  }
  // The first line is prose; a short line that repeats the address's last segment is the title.
  const slug = sourceUrl ? urlSlug(sourceUrl) : null;
  if (slug) {
    const hit = lines.find((l) => comparable(l) === slug);
    if (hit !== undefined) return cleanTitle(hit);
  }
  return null;
}

/** `# Title`, `= Title =` (wiki markup) or `Title` underlined with `===`. */
function headingText(line: string): string | null {
  const atx = /^#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(line);
  if (atx) return atx[1]!;
  const wiki = /^(={1,6})\s*(.+?)\s*\1$/.exec(line);
  if (wiki) return wiki[2]!;
  return null;
}

function looksLikeTitle(line: string): boolean {
  return line.length <= MAX_TITLE && /\p{L}/u.test(line) && !/[.:;,]$/.test(line) && !line.endsWith('...');
}

function cleanTitle(raw: string): string | null {
  // A title is metadata, not an evidence span, so Markdown emphasis and links are unwrapped.
  const t = raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]+/g, '')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return t === '' || t.length > MAX_TITLE * 2 ? null : t;
}

function urlSlug(url: string): string | null {
  try {
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    const last = segments.at(-1);
    if (!last) return null;
    const slug = comparable(decodeURIComponent(last).replace(/\.[a-z0-9]{2,5}$/i, ''));
    return slug.length >= 3 ? slug : null;
  } catch {
    return null;
  }
}

function comparable(s: string): string {
  return s.toLowerCase().replace(/[\s_\-–]+/g, ' ').trim();
}

function detectPublished(lines: string[]): PartialDate | null {
  for (const raw of lines) {
    const line = raw.replace(/^[*_>]+|[*_]+$/g, '').trim();
    const whole = parseWholeDate(line);
    if (whole) return whole;
    const label = PUBLISHED_LABEL.exec(line);
    if (label) {
      const m = findDate(line.slice(label[0].length));
      if (m && m.index === 0) return m.date;
    }
    const byline = BYLINE_DATE.exec(line);
    if (byline && line.length <= 120) {
      const d = parseWholeDate(byline[1]!);
      if (d) return d;
    }
  }
  return null;
}
