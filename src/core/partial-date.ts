/**
 * Dates as sources state them: a year, a month or a day. "2014-09" means some time in
 * September 2014, so as an interval it covers the whole month.
 */
import { WorkbenchError } from './errors.js';

export type DatePrecision = 'year' | 'month' | 'day';

/** ISO text with its precision implied by its length: "2014", "2014-09", "2014-09-15". */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Parses a user-given date into canonical partial form, or throws invalid_input. */
export function parsePartialDate(value: string): PartialDate {
  const v = value.trim();
  if (isPartialDate(v)) return v;
  const full = /^(\d{4}-\d{2}-\d{2})T/.exec(v);
  if (full && isPartialDate(full[1]!)) return full[1]!;
  throw new WorkbenchError('invalid_input', `invalid date "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
}

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by a partial date, as YYYY-MM-DD. */
export function startOf(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day covered by a partial date, as YYYY-MM-DD. */
export function endOf(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

export function formatPartialDate(year: number, month?: number, day?: number): PartialDate {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}
