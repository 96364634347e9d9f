/**
 * The incident: one row of an event dataset (GTD, ACLED, UCDP GED) in a shape shared by
 * every layout, plus the value rules the layouts share. Unknowns are null, never a
 * sentinel number, so a "-9" in GTD can never be summed as nine deaths.
 */
import type { PartialDate } from '../core/partial-date.js';
import { daysInMonth, formatPartialDate, isPartialDate } from '../core/partial-date.js';

export type LayoutName = 'gtd' | 'acled' | 'ucdp';

export type RawValue = string | number | null;

export interface Incident {
  readonly layout: LayoutName;
  readonly source_id: string | null;
  readonly date: PartialDate | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  /** City, village or the dataset's own location text. */
  readonly location: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Acting groups, as the dataset names them. */
  readonly perpetrators: readonly string[];
  /** Named organisations attacked or fought (state forces, rival groups). */
  readonly targets: readonly string[];
  /** Generic victims ("Civilians", "Private Citizens & Property"): kept, never made entities. */
  readonly victims: readonly string[];
  readonly killed: number | null;
  readonly injured: number | null;
  readonly attack_type: string | null;
  readonly target_type: string | null;
  /** True when the perpetrator claimed it; null when the dataset does not say. */
  readonly claimed: boolean | null;
  readonly summary: string | null;
  /** Layout-specific columns kept verbatim (UCDP low/high, date_prec …) for a lossless export. */
  readonly attributes: Readonly<Record<string, RawValue>>;
}

/** A row the layout cannot read; the parser reports the reason with the line number. */
export class RowError extends Error {}

const UNKNOWN_TEXT = new Set(['', 'unknown', 'n/a', 'na', 'none']);
const UNKNOWN_NUMBER = new Set(['-9', '-99', '-9.0', '-99.0']);

/** GTD-style unknowns (-9, -99, "Unknown", empty) → true. */
export function isUnknown(raw: string | undefined): boolean {
  if (raw === undefined) return true;
  const v = raw.trim();
  return UNKNOWN_TEXT.has(v.toLowerCase()) || UNKNOWN_NUMBER.has(v);
}

export function text(raw: string | undefined): string | null {
  return isUnknown(raw) ? null : raw!.trim();
}

/** A count of people: null when unknown, an error when negative or not a number. */
export function count(raw: string | undefined, column: string): number | null {
  if (isUnknown(raw)) return null;
  const v = raw!.trim();
  if (!/^-?\d+(?:\.0+)?$/.test(v)) throw new RowError(`${column}: "${v}" is not a whole number`);
  const n = Number(v);
  if (n < 0) throw new RowError(`${column}: negative count ${v}`);
  return n;
}

/** A decimal such as a latitude: null when unknown, an error when unparseable or out of range. */
export function decimal(raw: string | undefined, column: string, limit: number): number | null {
  if (isUnknown(raw)) return null;
  const v = raw!.trim();
  const n = Number(v);
  if (!Number.isFinite(n) || !/^[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(v)) throw new RowError(`${column}: "${v}" is not a number`);
  if (Math.abs(n) > limit) throw new RowError(`${column}: ${v} is out of range`);
  return n;
}

/** Year, month, day as GTD gives them (0 = unknown month or day). */
export function dateFromParts(y: string | undefined, m: string | undefined, d: string | undefined): PartialDate | null {
  if (isUnknown(y)) return null;
  if (!/^\d{4}$/.test(y!.trim())) throw new RowError(`bad year "${y}"`);
  const year = Number(y);
  const month = isUnknown(m) || m!.trim() === '0' ? 0 : Number(m);
  const day = isUnknown(d) || d!.trim() === '0' ? 0 : Number(d);
  if (!Number.isInteger(month) || month < 0 || month > 12) throw new RowError(`bad month "${m}"`);
  if (!Number.isInteger(day) || day < 0 || day > 31) throw new RowError(`bad day "${d}"`);
  if (month === 0) return formatPartialDate(year);
  if (day === 0) return formatPartialDate(year, month);
  if (day > daysInMonth(year, month)) throw new RowError(`bad date ${year}-${month}-${day}`);
  return formatPartialDate(year, month, day);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2016-03-27", "2016-03-27 00:00:00.000", "27 March 2016", "27-Mar-16", "March 2016", "2016". */
export function parseDateText(raw: string | undefined, column: string): PartialDate | null {
  if (isUnknown(raw)) return null;
  const v = raw!.trim();
  const iso = /^(\d{4}-\d{2}(?:-\d{2})?)(?:[ T][\d:.]+Z?)?$/.exec(v) ?? /^(\d{4})$/.exec(v);
  if (iso) {
    if (!isPartialDate(iso[1]!)) throw new RowError(`${column}: bad date "${v}"`);
    return iso[1]!;
  }
  const dmy = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{2}|\d{4})$/.exec(v);
  const my = /^([A-Za-z]+)\s+(\d{4})$/.exec(v);
  if (dmy || my) {
    const name = (dmy ? dmy[2]! : my![1]!).toLowerCase();
    const month = MONTHS.findIndex((mo) => name.length >= 3 && mo.startsWith(name)) + 1;
    if (month === 0) throw new RowError(`${column}: bad date "${v}"`);
    const yText = dmy ? dmy[3]! : my![2]!;
    const year = yText.length === 2 ? 2000 + Number(yText) : Number(yText);
    if (!dmy) return formatPartialDate(year, month);
    const day = Number(dmy[1]);
    if (day < 1 || day > daysInMonth(year, month)) throw new RowError(`${column}: bad date "${v}"`);
    return formatPartialDate(year, month, day);
  }
  throw new RowError(`${column}: bad date "${v}"`);
}

/** A list of names from several columns, unknowns dropped, duplicates removed. */
export function names(...values: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = text(v);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export function attr(raw: string | undefined): string | null {
  return raw === undefined || raw.trim() === '' ? null : raw;
}

/** The attribute as text, or undefined so a layout falls back to the canonical field. */
export function attrText(i: Incident, key: string): string | undefined {
  const v = i.attributes[key];
  return v === null || v === undefined ? undefined : String(v);
}
