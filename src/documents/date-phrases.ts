/**
 * Reads the few unambiguous ways a publication date is written ("Jan 30, 2017",
 * "30 January 2017", "2017-01-30", "January 2017", ISO timestamps, PDF "D:2017…")
 * into a PartialDate. Purely numeric day/month orders (01/02/2017) are ambiguous
 * between countries and are deliberately not read: no date beats a wrong one.
 */
import { formatPartialDate, isPartialDate, type PartialDate } from '../core/partial-date.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Each pattern yields [year, month, day?] from its groups. */
const PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => [string, string, string | undefined] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/, pick: (m) => [m[1]!, m[2]!, m[3]] },
  { re: /\b(\d{4})\/(\d{2})\/(\d{2})\b/, pick: (m) => [m[1]!, m[2]!, m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), pick: (m) => [m[3]!, m[1]!, m[2]] },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'), pick: (m) => [m[3]!, m[2]!, m[1]] },
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'i'), pick: (m) => [m[2]!, m[1]!, undefined] },
  { re: /\b(\d{4})-(\d{2})(?![\d-])/, pick: (m) => [m[1]!, m[2]!, undefined] },
];

export interface DateMatch {
  readonly date: PartialDate;
  readonly index: number;
  readonly length: number;
}

/** The earliest-starting explicit date in `text`, or null. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = toPartial(...pick(m));
    if (!date) continue;
    // Earlier start wins; at the same start the longer (more precise) reading wins.
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { date, index: m.index, length: m[0].length };
    }
  }
  return best;
}

/** A date only when `text` is nothing but that date (weekday and punctuation allowed). */
export function parseWholeDate(text: string): PartialDate | null {
  const t = text
    .trim()
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/[.\s]+$/, '');
  const m = findDate(t);
  if (!m || m.index !== 0) return null;
  // A trailing clock time ("10:30 AM", "T09:00:00Z", "| 10:30") is allowed.
  const rest = t.slice(m.length).trim();
  return rest === '' || /^(?:T|at\s+|[|,·-]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?$/i.test(rest)
    ? m.date
    : null;
}

/** Machine-written dates from metadata: ISO text, ISO timestamps, PDF "D:YYYYMMDD…". */
export function parseMetadataDate(value: unknown): PartialDate | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v);
  if (pdf) return toPartial(pdf[1]!, pdf[2] ?? '', pdf[3]);
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(v);
  if (iso) return toPartial(iso[1]!, iso[2] ?? '', iso[3]);
  return parseWholeDate(v);
}

function toPartial(yearText: string, monthText: string, dayText: string | undefined): PartialDate | null {
  const year = Number(yearText);
  if (year < 1800 || year > 2200) return null;
  if (monthText === '') return formatPartialDate(year);
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase().replace(/\.$/, '')];
  if (month === undefined) return null;
  const date = dayText === undefined ? formatPartialDate(year, month) : formatPartialDate(year, month, Number(dayText));
  return isPartialDate(date) ? date : null;
}
