/**
 * Acronyms and the names they stand for. "LeJ" stands for Lashkar-e-Jhangvi and "TTP"
 * for Tehreek-e-Taliban Pakistan: the capitals are the initials of the content words,
 * and the lower-case letters (when written) are the joins. A mixed-case acronym must
 * match the joins too ("HuM" is Harkat-ul-Mujahideen, whose joins are part of it); an
 * all-capital one is compared with or without them.
 */
import { isAcronym, simplify } from './normalise.js';
import { JOINS } from './transliterate.js';

/** Letters of an acronym as written, without dots, spaces or hyphens ("ISIS-K" → "ISISK"). */
export function acronymLetters(name: string): string {
  return name.replace(/[\s.\-–]/g, '');
}

/** Joins that are conventionally written in an acronym, by their first letter. */
const WRITTEN_JOINS = new Set(['e', 'i', 'ul', 'ud', 'us', 'ut', 'ur', 'al', 'el', 'wal']);

/**
 * Initials of a full name: `plain` from content words only, `withJoins` also keeping
 * izafat joins as lower-case letters. Both are lower case for comparison.
 */
export function initialsOf(name: string): { plain: string; withJoins: string } {
  let plain = '';
  let withJoins = '';
  for (const t of simplify(name).split(' ')) {
    if (!t) continue;
    if (JOINS.has(t)) {
      if (WRITTEN_JOINS.has(t)) withJoins += t[0];
      continue;
    }
    plain += t[0];
    withJoins += t[0];
  }
  return { plain, withJoins };
}

/**
 * Whether `acronym` is the initials of `full` (both as written by sources). Content
 * initials are required in order; a written join may appear or not (HuJI and HJI both
 * fit Harkat-ul-Jihad al-Islami); in a mixed-case acronym the capitals must be content
 * initials and the small letters joins, so "HuM" does not fit "Hizbul Mujahideen".
 */
export function acronymFits(acronym: string, full: string): boolean {
  if (!isAcronym(acronym) || isAcronym(full)) return false;
  const letters = acronymLetters(acronym);
  const mixed = /[a-z]/.test(letters);
  let pattern = '';
  let content = 0;
  for (const t of simplify(full).split(' ')) {
    if (!t) continue;
    const c = t[0]!.replace(/[^a-z0-9]/g, '');
    if (!c) continue;
    if (JOINS.has(t)) {
      if (WRITTEN_JOINS.has(t)) {
        // e and i are the same izafat in different romanisations (LeJ, LiJ).
        const letter = c === 'e' || c === 'i' ? '[ei]' : c;
        pattern += `(?:${mixed ? letter : letter.toUpperCase()})?`;
      }
      continue;
    }
    pattern += c.toUpperCase();
    content++;
  }
  if (content < 2) return false;
  return new RegExp(`^${pattern}$`).test(mixed ? letters : letters.toUpperCase());
}

/** Blocking keys for acronym lookup: what an acronym would be for this name. */
export function acronymKeys(name: string): string[] {
  if (isAcronym(name)) return [`#${acronymLetters(name).toLowerCase()}`];
  const { plain, withJoins } = initialsOf(name);
  if (plain.length < 2) return [];
  return [...new Set([`#${plain}`, `#${withJoins}`])];
}
