/**
 * What the recognisers need from a gazetteer, as a narrow structural interface so the
 * pipeline can be tested with small hand-built dictionaries and wired to the real
 * gazetteer in one place (pipeline.ts).
 */

export interface LexiconOrg {
  readonly id: string;
  readonly name: string;
  readonly subtype: string | null;
  readonly aliases: readonly string[];
  readonly parent?: unknown;
  readonly designations?: readonly unknown[];
}

export interface LexiconPlace {
  readonly id: string;
  readonly name: string;
  readonly subtype: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly countryCode?: string | null;
  readonly country?: string | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
  readonly population?: number | null;
}

export interface Lexicon {
  /** Every surface form as written → its organisation. */
  readonly orgs: ReadonlyMap<string, LexiconOrg>;
  /** Every surface form as written → its place. */
  readonly places: ReadonlyMap<string, LexiconPlace>;
}

export const EMPTY_LEXICON: Lexicon = { orgs: new Map(), places: new Map() };

/** Builds a lexicon from plain lists (tests and small custom dictionaries). */
export function lexiconOf(orgs: readonly LexiconOrg[], places: readonly LexiconPlace[] = []): Lexicon {
  const o = new Map<string, LexiconOrg>();
  for (const e of orgs) for (const s of [e.name, ...e.aliases]) if (!o.has(s)) o.set(s, e);
  const p = new Map<string, LexiconPlace>();
  for (const e of places) {
    const aliases = (e as { aliases?: readonly string[] }).aliases ?? [];
    for (const s of [e.name, ...aliases]) if (!p.has(s)) p.set(s, e);
  }
  return { orgs: o, places: p };
}
