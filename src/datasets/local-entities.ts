/**
 * Incidents → document-local entities, the same shape report extraction produces:
 * organisations found in the gazetteer carry its canonical name, aliases and
 * `gazetteer_id` (so resolution lands a UCDP "TTP" on the entity a report's
 * "Tehreek-e-Taliban Pakistan" created), places come from the place gazetteer at the
 * finest level that agrees with the row (city, district, province, country).
 * Generic actors ("Unknown", "Civilians", "Unidentified Armed Group") are not entities.
 */
import { findOrganization, findPlace } from '../extraction/gazetteer/index.js';
import type { PlaceEntry } from '../extraction/gazetteer/index.js';
import type { ExtractedEntity } from '../extraction/types.js';
import type { Role } from '../model/ontology.js';
import { nameKey } from '../resolution/normalise.js';
import type { Incident } from './incident.js';

/** Tested on the name without a trailing "(Pakistan)", as ACLED writes its generic actors. */
const GENERIC = /^(?:unknown|civilians?|private citizens.*|unidentified.*|unknown .*|other|gunmen|militants|rioters|protesters|individual|labou?r group)$/i;
/** State actors: UCDP "Government of X", ACLED "Military Forces of X", "Police Forces of X". */
const STATE = /^(?:government|military forces|police forces) of\b/i;

function isGeneric(name: string): boolean {
  return GENERIC.test(name.trim().replace(/\s*\([^()]*\)$/, ''));
}

export interface LocalRef {
  readonly key: string;
  /** The text as the row writes it, for the mention. */
  readonly text: string;
}

export interface LocalParticipant extends LocalRef {
  readonly role: Role;
}

export interface IncidentRefs {
  readonly place: LocalRef | null;
  readonly participants: readonly LocalParticipant[];
}

export class LocalEntities {
  private readonly byKey = new Map<string, ExtractedEntity>();
  private readonly placeMemo = new Map<string, LocalRef | null>();
  private readonly actorMemo = new Map<string, string | null>();

  entities(): ExtractedEntity[] {
    return [...this.byKey.values()];
  }

  refsOf(incident: Incident): IncidentRefs {
    const participants: LocalParticipant[] = [];
    const add = (role: Role, name: string, knownOnly = false) => {
      if (knownOnly && !findGroup(name) && !STATE.test(name)) return;
      const key = this.actor(name);
      if (key && !participants.some((p) => p.key === key && p.role === role)) participants.push({ role, key, text: name });
    };
    const actorRole: Role = incident.claimed ? 'claimed_by' : 'perpetrator';
    for (const n of incident.perpetrators) add(actorRole, n);
    // GTD's corp1 and target1 are often descriptions ("Market"): only known bodies become entities.
    for (const n of incident.targets) add('target', n, incident.layout === 'gtd');
    for (const n of incident.victims) add('victim', n, true);
    return { place: this.place(incident), participants };
  }

  /** The local key of an actor name, or null for generic actors. */
  actor(name: string): string | null {
    const memo = this.actorMemo.get(name);
    if (memo !== undefined) return memo;
    let key: string | null = null;
    if (!isGeneric(name)) {
      const org = findGroup(name);
      if (org) {
        key = `organization:${org.id}`;
        if (!this.byKey.has(key)) {
          this.byKey.set(key, {
            key, type: 'organization', subtype: org.subtype, name: org.name,
            aliases: [...new Set([name, ...org.aliases].filter((a) => a !== org.name))],
            lat: null, lon: null, attributes: { gazetteer_id: org.id },
          });
        }
      } else {
        key = `organization:${nameKey(name) || name.toLowerCase()}`;
        if (!this.byKey.has(key)) {
          this.byKey.set(key, {
            key, type: 'organization', subtype: STATE.test(name) ? 'state_agency' : 'other', name: name.trim(),
            aliases: [], lat: null, lon: null, attributes: {},
          });
        }
      }
    }
    this.actorMemo.set(name, key);
    return key;
  }

  private place(i: Incident): LocalRef | null {
    const memoKey = [i.location, i.admin2, i.admin1, i.country].join('|');
    const memo = this.placeMemo.get(memoKey);
    if (memo !== undefined) return memo;
    const found = resolvePlace(i);
    let ref: LocalRef | null = null;
    if (found) {
      const key = `place:${found.entry.id}`;
      if (!this.byKey.has(key)) {
        const p = found.entry;
        this.byKey.set(key, {
          key, type: 'place', subtype: p.subtype, name: p.name, aliases: p.aliases.slice(0, 20),
          lat: p.lat ?? i.lat, lon: p.lon ?? i.lon,
          attributes: { gazetteer_id: p.id, country_code: p.countryCode, admin1: p.admin1, admin2: p.admin2 },
        });
      }
      ref = { key, text: found.text };
    } else if (i.location) {
      // Not in the gazetteer: a locality named as the row names it, at the row's coordinates.
      const key = `place:${nameKey(i.location)}|${i.admin1 ?? ''}`;
      if (!this.byKey.has(key)) {
        this.byKey.set(key, {
          key, type: 'place', subtype: 'locality', name: i.location, aliases: [], lat: i.lat, lon: i.lon,
          attributes: { admin1: i.admin1, admin2: i.admin2, country: i.country },
        });
      }
      ref = { key, text: i.location };
    }
    this.placeMemo.set(memoKey, ref);
    return ref;
  }
}

/** A gazetteer group for a dataset name; GTD writes "Name (ACRONYM)", so both halves are tried. */
export function findGroup(name: string): ReturnType<typeof findOrganization> {
  const direct = findOrganization(name);
  if (direct) return direct;
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  return m ? findOrganization(m[1]!) ?? findOrganization(m[2]!) : null;
}

const LOCALITY_SUFFIX = /\s+(?:village|town|tehsil|area|bazaar|market|subdivision|sub-division)$/i;

/** The finest gazetteer place that agrees with the row's coarser levels. */
export function resolvePlace(i: Incident): { entry: PlaceEntry; text: string } | null {
  const country = i.country ? findPlace(i.country, { preferSubtype: 'country' }) : null;
  const cc = country?.subtype === 'country' ? country.countryCode ?? undefined : undefined;
  const hint = cc ? { countryCode: cc } : {};
  const province = i.admin1 ? findPlace(i.admin1, { ...hint, preferSubtype: 'province' }) : null;
  const fits = (p: PlaceEntry | null): p is PlaceEntry => {
    if (!p) return false;
    if (cc && p.countryCode && p.countryCode !== cc) return false;
    if (province?.subtype === 'province' && p.admin1 && p.admin1 !== province.admin1) return false;
    return true;
  };
  const tries: Array<[string | null, string | undefined]> = [
    [i.location, undefined], [i.location?.replace(LOCALITY_SUFFIX, '') ?? null, undefined],
    [i.admin2, 'district'],
  ];
  for (const [name, prefer] of tries) {
    if (!name) continue;
    const p = findPlace(name, { ...hint, ...(prefer ? { preferSubtype: prefer } : {}) });
    if (fits(p) && p.subtype !== 'country' && p.subtype !== 'province') return { entry: p, text: name };
  }
  if (fits(province)) return { entry: province, text: i.admin1! };
  if (country) return { entry: country, text: i.country! };
  return null;
}
