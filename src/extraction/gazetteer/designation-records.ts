/**
 * Reads the three public designation lists (UN 1267/1988 entities, OFAC FTO/SDGT
 * entities, Canada's listed entities) into one record shape, so matching does not care
 * which list a record came from. Pure: takes the parsed file contents, returns records.
 */

export interface DesignationRecord {
  list: 'un' | 'ofac' | 'canada';
  ref: string;
  /** Names as the list writes them: the primary name first. */
  names: string[];
  listed_on: string | null;
  /** Free text used only to judge whether the record concerns our region. */
  context: string;
  /** Longer description, kept for readers; not used for matching. */
  narrative?: string;
  /** A country the list itself gives, when it gives one. */
  country: string | null;
  /** Canada's list also names people; records that may be a person are flagged. */
  maybePerson: boolean;
  /** OFAC: listed under secondary-sanctions (Iran finance) programmes rather than as a group. */
  financialOnly: boolean;
}

interface UnEntity {
  reference_number: string;
  name: string;
  name_original_script?: string | null;
  aliases?: Array<{ name: string; quality?: string }>;
  listed_on?: string | null;
  addresses?: Array<Record<string, string>>;
  comments?: string | null;
}

interface OfacEntity {
  ent_num: string;
  name: string;
  programs?: string[];
  is_fto?: boolean;
  aliases?: Array<{ name: string }>;
  remarks?: string | null;
}

interface MispValue {
  uuid?: string;
  description?: string;
  meta?: { content?: string[] | string };
}

export function unRecords(file: { entities: UnEntity[] }): DesignationRecord[] {
  return file.entities.map((e) => {
    const countries = (e.addresses ?? []).map((a) => a['COUNTRY']).filter((c): c is string => !!c);
    const notes = (e.addresses ?? []).flatMap((a) => Object.values(a));
    return {
      list: 'un',
      ref: e.reference_number,
      // The original-script name (Urdu, Arabic) lets Urdu or Arabic text match too.
      names: [e.name, ...(e.aliases ?? []).map((a) => a.name), ...(e.name_original_script ? [e.name_original_script] : [])],
      listed_on: e.listed_on ?? null,
      context: [e.name, ...notes, e.comments ?? ''].join(' \n '),
      country: countries[0] ?? null,
      maybePerson: false,
      financialOnly: false,
    };
  });
}

/** OFAC remarks carry extra short names: "a.k.a. 'JUD'; a.k.a. 'TAJK'". */
function remarkAliases(remarks: string): string[] {
  return [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => m[1]!);
}

export function ofacRecords(file: { entities: OfacEntity[] }): DesignationRecord[] {
  return file.entities.map((e) => {
    const remarks = e.remarks ?? '';
    const programs = e.programs ?? [];
    const financial = !e.is_fto && (/Secondary Sanctions/i.test(remarks)
      || programs.some((p) => p === 'IRAN' || p === 'IRGC' || p === 'IFSR' || p === 'NPWMD'));
    return {
      list: 'ofac',
      ref: String(e.ent_num),
      names: [e.name, ...(e.aliases ?? []).map((a) => a.name), ...remarkAliases(remarks)],
      listed_on: null,
      context: [e.name, ...(e.aliases ?? []).map((a) => a.name), remarks].join(' \n '),
      country: null,
      maybePerson: false,
      financialOnly: financial,
    };
  });
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** Splits a free-text alias summary on commas and semicolons outside parentheses, and a final "and". */
export function splitAliasSummary(summary: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of summary) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';') && depth === 0) { parts.push(cur); cur = ''; } else cur += c;
  }
  parts.push(cur);
  const out: string[] = [];
  for (const [i, raw] of parts.entries()) {
    const p = raw.trim().replace(/\.$/, '').replace(/^and\s+/i, '');
    // "A, B and C": only the last item of a list hides a second name behind "and".
    const last = i === parts.length - 1 && parts.length > 1;
    if (last && / and /.test(p) && !/\(/.test(p)) out.push(...p.split(/ and /));
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter((s) => s && s !== 'N/A');
}

const ORG_WORD = /\b(?:group|army|front|movement|brigades?|organi[sz]ation|party|network|jama'?a?t|jamaat|lashkar|jaish|jaysh|harakat|harkat|tehrik|tehreek|islamic|state|mujahide?en|mujahidin|force|corps|division|council|league|union|foundation|trust|society|committee|taliban|qa'?ida|qaeda|cartel|collective|battalion|gang|base|front|federation|tigers|hizb\w*|ansar\w*|jund\w*|daesh|isis|isil)\b/i;

export function canadaRecords(csvText: string, misp: { values: MispValue[] } | null): DesignationRecord[] {
  const rows = parseCsv(csvText);
  const header = rows[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const content = new Map<string, string>();
  for (const v of misp?.values ?? []) {
    const meta = v.meta?.content;
    const text = [v.description ?? '', ...(Array.isArray(meta) ? meta : meta ? [meta] : [])].join(' \n ');
    if (v.uuid) content.set(v.uuid, text);
  }
  return rows.slice(1).map((r) => {
    const uuid = r[col('uuid')] ?? '';
    const value = r[col('value')] ?? '';
    const summary = r[col('aliases_summary')] ?? '';
    const published = r[col('published')] ?? '';
    const names = [...splitAliasSummary(value), ...splitAliasSummary(summary)];
    return {
      list: 'canada',
      ref: uuid,
      names,
      listed_on: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
      // The narrative mentions many places in passing (a group "trained in Afghanistan"),
      // so only the names decide whether a Canadian listing concerns our region.
      context: [value, summary].join(' \n '),
      narrative: content.get(uuid) ?? '',
      country: null,
      maybePerson: !names.some((n) => ORG_WORD.test(n)),
      financialOnly: false,
    };
  });
}
