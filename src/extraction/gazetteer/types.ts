/**
 * The shapes the gazetteer hands to extraction (OrgEntry, PlaceEntry) and the shape of
 * the generated organisation file it ships (data/gazetteer/organizations.json).
 */

export interface OrgEntry {
  id: string;
  name: string;
  subtype: string;
  aliases: string[];
  parent: { id: string; relation: string } | null;
  designations: Array<{ list: string; ref: string; listed_on: string | null }>;
}

export type PlaceSubtype = 'country' | 'province' | 'district' | 'city' | 'locality' | 'region' | 'facility';

export interface PlaceEntry {
  /** "geonames:1174872", "admin:PK.05", "country:PK", "region:central-asia", "district:pk-noshki". */
  id: string;
  name: string;
  subtype: PlaceSubtype;
  lat: number | null;
  lon: number | null;
  countryCode: string | null;
  country: string | null;
  /** Province name. */
  admin1: string | null;
  /** District name, when known. */
  admin2: string | null;
  population: number | null;
  aliases: string[];
}

/** "curated", or "<list>:<ref>" such as "un:QDe.132", "ofac:12206", "canada:<uuid>". */
export type AliasSource = string;

export interface GeneratedAlias {
  text: string;
  sources: AliasSource[];
}

export interface GeneratedDesignation {
  list: 'un' | 'ofac' | 'canada';
  ref: string;
  listed_on: string | null;
  /** The name as the list writes it, so a reader can check the match. */
  listed_name: string;
}

export interface GeneratedOrg {
  id: string;
  name: string;
  subtype: string;
  country: string | null;
  parent: { id: string; relation: string } | null;
  /** "curated" for our own entries, "designation" for entries added from the lists. */
  origin: 'curated' | 'designation';
  /** Every surface form including the name itself, each with where it came from. */
  aliases: GeneratedAlias[];
  designations: GeneratedDesignation[];
}

export interface GeneratedOrgFile {
  _about: string;
  counts: { entries: number; curated: number; from_designations: number; aliases: number; designations: Record<string, number> };
  entries: GeneratedOrg[];
}
