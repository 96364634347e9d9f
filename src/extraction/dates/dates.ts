/**
 * Dates in a sentence, resolved to partial ISO dates with their precision. Absolute
 * forms ("July 29, 2015", "29 July 2015", "July 2015", "2014") set a running year
 * context; partial forms ("In July", "August 9") take the year of the paragraph
 * context, else the most recent past occurrence before publication. Decades ("late
 * 1980s") are deliberately left undated: a decade is too coarse for a valid_from.
 */
import { formatPartialDate, type PartialDate } from '../../core/partial-date.js';
import { MONTHS } from '../text/words.js';

export type DateRole = 'point' | 'since' | 'until';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: PartialDate;
  readonly role: DateRole;
}

export interface DateContext {
  /** Publication date parts, when known. */
  published: { y: number; m: number | null; d: number | null } | null;
  /** Year of the last absolute date in this paragraph. */
  paragraphYear: number | null;
  /** Last month mentioned (for "the same month"). */
  lastMonth: { y: number; m: number } | null;
  /** The year a list article is about ("Terrorist incidents in Pakistan in 2016"), from its title. */
  titleYear: number | null;
}

export function newDateContext(published: PartialDate | null | undefined): DateContext {
  let p: DateContext['published'] = null;
  // Tolerate a full timestamp or junk: only a leading YYYY[-MM[-DD]] anchors anything.
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (parts) p = { y: Number(parts[1]), m: parts[2] ? Number(parts[2]) : null, d: parts[3] ? Number(parts[3]) : null };
  return { published: p, paragraphYear: null, lastMonth: null, titleYear: null };
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b((?:1[89]|20)\d{2})-(\d{2})-(\d{2})\b/y, 'iso'],
  // Day ranges ("June 1–3, 2017", "1-3 June 2017") date an incident by its first day.
  [new RegExp(`\\b${MONTH}\\s+${DAY}\\s*[–-]\\s*\\d{1,2},?\\s+${YEAR}\\b`, 'y'), 'mdy'],
  [new RegExp(`\\b${DAY}\\s*[–-]\\s*\\d{1,2}\\s+${MONTH},?\\s+${YEAR}\\b`, 'y'), 'dmy'],
  [new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'y'), 'mdy'],
  [new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'y'), 'dmy'],
  [new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'y'), 'my'],
  [new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?![,.]?\\d)`, 'y'), 'md'],
  [new RegExp(`\\b${DAY}\\s+${MONTH}\\b`, 'y'), 'dm'],
  [new RegExp(`\\b${YEAR}s\\b`, 'y'), 'decade'],
  [new RegExp(`\\b${YEAR}\\b(?![,.]\\d|\\d)`, 'y'), 'y'],
  [/\b(?:the\s+)?same\s+month\b/y, 'same-month'],
  [/\b(?:the\s+(?:following|next)\s+month|a\s+month\s+later)\b/iy, 'next-month'],
  [/\b(last|this|next)\s+(year|month)\b/iy, 'relative'],
  [new RegExp(`\\b${MONTH}\\b`, 'y'), 'm'],
];

/** Words before a bare month that make "May"/"March" a date rather than a verb. */
const BARE_MONTH_CUE = /\b(?:in|during|since|until|till|by|from|of|early|late|mid|end|beginning|last|this|next|the)\s*-?\s*$/i;

function roleBefore(text: string, at: number): DateRole {
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase();
  if (/\b(?:since|from|starting|beginning)\s+(?:(?:early|late|mid)-?\s*)?$/.test(before)) return 'since';
  if (/\b(?:until|till|to|through|up to)\s+(?:(?:early|late|mid)-?\s*)?$/.test(before)) return 'until';
  if (/\bbetween\s+$/.test(before)) return 'since';
  return 'point';
}

/** The year a partial (month or month-day) date falls in. */
function yearFor(ctx: DateContext, month: number, day: number | null): number | null {
  if (ctx.paragraphYear !== null) return ctx.paragraphYear;
  if (ctx.titleYear !== null) return ctx.titleYear;
  const p = ctx.published;
  if (!p) return null;
  if (p.m === null) return p.y;
  const after = month > p.m || (month === p.m && day !== null && p.d !== null && day > p.d);
  return after ? p.y - 1 : p.y;
}

export function findDates(text: string, start: number, end: number, ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const atWordStart = i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!);
    const candidate = atWordStart && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 108 || c === 116 || c === 110 || c === 115);
    if (!candidate) { i++; continue; }
    let hit: { len: number; value: PartialDate | null } | null = null;
    for (const [re, kind] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m || m.index + m[0].length > end) continue;
      const value = resolve(kind, m, ctx, text, i);
      if (value === undefined) continue;
      hit = { len: m[0].length, value };
      break;
    }
    if (!hit) { i++; continue; }
    if (hit.value) {
      const role = roleBefore(text, i);
      out.push({ start: i, end: i + hit.len, value: hit.value, role });
      const parts = hit.value.split('-').map(Number);
      if (parts[1]) ctx.lastMonth = { y: parts[0]!, m: parts[1] };
    }
    i += hit.len;
  }
  // "between 1996 and 2001": the second year closes the interval.
  for (let k = 1; k < out.length; k++) {
    const gap = text.slice(out[k - 1]!.end, out[k]!.start);
    if (out[k - 1]!.role === 'since' && /^\s*(?:and|to|-|–)\s*$/.test(gap)) out[k] = { ...out[k]!, role: 'until' };
  }
  return out;
}

/** undefined = not a date here; null = a date we deliberately do not resolve. */
function resolve(kind: string, m: RegExpExecArray, ctx: DateContext, text: string, at: number): PartialDate | null | undefined {
  const mon = (s: string | undefined) => MONTHS[(s ?? '').toLowerCase().replace('.', '')]!;
  const setYear = (y: number) => { ctx.paragraphYear = y; };
  switch (kind) {
    case 'iso': { const y = Number(m[1]); const mo = Number(m[2]); if (mo < 1 || mo > 12) return undefined; setYear(y); return valid(y, mo, Number(m[3])); }
    case 'mdy': { const y = Number(m[3]); setYear(y); return valid(y, mon(m[1]), Number(m[2])); }
    case 'dmy': { const y = Number(m[3]); setYear(y); return valid(y, mon(m[2]), Number(m[1])); }
    case 'my': { const y = Number(m[2]); setYear(y); return formatPartialDate(y, mon(m[1])); }
    case 'md': case 'dm': {
      const month = mon(kind === 'md' ? m[1] : m[2]);
      const day = Number(kind === 'md' ? m[2] : m[1]);
      if (day < 1 || day > 31) return undefined;
      const y = yearFor(ctx, month, day);
      return y === null ? null : valid(y, month, day);
    }
    case 'decade': return null;
    case 'y': { const y = Number(m[1]); setYear(y); return formatPartialDate(y); }
    case 'same-month': return ctx.lastMonth ? formatPartialDate(ctx.lastMonth.y, ctx.lastMonth.m) : null;
    case 'next-month': {
      if (!ctx.lastMonth) return null;
      const { y, m: mo } = ctx.lastMonth;
      return mo === 12 ? formatPartialDate(y + 1, 1) : formatPartialDate(y, mo + 1);
    }
    case 'relative': {
      const p = ctx.published;
      if (!p) return null;
      const rel = m[1]!.toLowerCase();
      const delta = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      if (m[2]!.toLowerCase() === 'year') return formatPartialDate(p.y + delta);
      if (p.m === null) return null;
      const idx = p.y * 12 + (p.m - 1) + delta;
      return formatPartialDate(Math.floor(idx / 12), (idx % 12) + 1);
    }
    case 'm': {
      if (!BARE_MONTH_CUE.test(text.slice(Math.max(0, at - 16), at))) return undefined;
      const month = mon(m[1]);
      const y = yearFor(ctx, month, null);
      return y === null ? null : formatPartialDate(y, month);
    }
  }
  return undefined;
}

function valid(y: number, m: number, d: number): PartialDate | undefined {
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return formatPartialDate(y, m, d);
}

/**
 * The year named in a document's title line, if the title names exactly one: list
 * articles ("Terrorist incidents in Pakistan in 2016") date their entries by it.
 * Only the first line counts (after source lines), and a bare date line is no title.
 */
export function titleYear(text: string): number | null {
  const lines = text.slice(0, 2000).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^(?:SOURCE|URL|https?:)/i.test(l));
  const title = lines[0];
  if (!title || title.length > 150 || /[.!?]$/.test(title)) return null;
  const years = title.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.length !== 1) return null;
  if (/^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})$/.test(title)) return null;
  return Number(years[0]);
}
