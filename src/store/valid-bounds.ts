/**
 * The day interval a claim's validity covers, as the engines store it next to the
 * partial dates (columns valid_start/valid_end, schema v2) so an as-of filter is two
 * plain string comparisons an index can serve. Open ends become sentinel days that
 * sort before and after every real date.
 */
import { endOf, startOf, type PartialDate } from '../core/partial-date.js';

export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

export function validStart(from: PartialDate | null): string {
  return from ? startOf(from) : OPEN_START;
}

export function validEnd(to: PartialDate | null): string {
  return to ? endOf(to) : OPEN_END;
}

/** Statuses a neighbourhood walks over: proposed claims only when asked. */
export function walkedStatuses(includeProposed: boolean | undefined): string[] {
  return includeProposed ? ['accepted', 'disputed', 'proposed'] : ['accepted', 'disputed'];
}
