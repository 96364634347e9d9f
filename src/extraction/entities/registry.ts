/**
 * Turns per-sentence candidates into document entities: one entity per distinct actor
 * (gazetteer id, or a name key for unknown names), inline definitions ("X (ABC)",
 * "X aka Y") merged, and people linked across name variants ("Hafiz Saeed Khan
 * Orakzai" … "Saeed"). The name is the fullest surface form seen; the rest are aliases.
 */
import { nameKey } from '../../resolution/normalise.js';
import type { Attributes } from '../../core/records.js';
import type { ExtractedEntity, ExtractedMention } from '../types.js';
import type { Candidate, MentionType } from './candidate.js';
import { NAME_HONORIFICS } from '../text/words.js';
import { NAME_PARTICLES } from './name-runs.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly type: MentionType;
  readonly subtype: string | null;
  readonly source: string;
}

interface Entry {
  key: string;
  type: MentionType;
  subtype: string | null;
  names: Map<string, number>;
  canonical: string | null;
  lat: number | null;
  lon: number | null;
  attributes: Record<string, string | number | boolean | null>;
}

/** Drops a trailing possessive and surrounding quotes from a mention's text. */
export function cleanName(s: string): string {
  return s.replace(/[’']s?$/u, '').replace(/^(?:the|The)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function nameParts(name: string): string[] {
  return name.split(/[\s]+/).map((p) => p.replace(/^(?:al|el|ad|ul|ud)[-‐]/i, ''))
    .filter((p) => p.length > 2 && !NAME_HONORIFICS.has(p.toLowerCase()) && !NAME_PARTICLES.has(p.toLowerCase()));
}

export class EntityRegistry {
  private readonly entries = new Map<string, Entry>();
  readonly mentions: Mention[] = [];
  private readonly aliasKeys = new Map<string, string>();

  keyFor(c: Candidate, text: string, sameAs: string | null): string {
    const name = cleanName(text);
    if (sameAs) return sameAs;
    if (c.org) return `organization:${c.org.id}`;
    if (c.place) return `place:${c.place.id}`;
    const viaAlias = this.aliasKeys.get(name);
    if (viaAlias && this.entries.get(viaAlias)?.type === c.type) return viaAlias;
    if (c.type === 'person') {
      const linked = this.personContaining(name);
      if (linked) return linked;
    }
    return `${c.type}:${nameKey(name) || name.toLowerCase()}`;
  }

  /** An earlier person whose name contains every part of `name`, in order. */
  private personContaining(name: string): string | null {
    const parts = name.toLowerCase().split(/\s+/);
    for (const e of this.entries.values()) {
      if (e.type !== 'person') continue;
      for (const n of e.names.keys()) {
        const whole = n.toLowerCase().split(/\s+/);
        let k = 0;
        for (const w of whole) if (k < parts.length && w === parts[k]) k++;
        if (k === parts.length && parts.length < whole.length) return e.key;
        let r = 0;
        for (const w of parts) if (r < whole.length && w === whole[r]) r++;
        if (r === whole.length && whole.length >= 2 && parts.length > whole.length) return e.key;
      }
    }
    return null;
  }

  add(c: Candidate, text: string, key: string): Mention {
    const name = cleanName(text);
    let e = this.entries.get(key);
    if (!e) {
      e = { key, type: c.type, subtype: c.subtype, names: new Map(), canonical: null, lat: null, lon: null, attributes: {} };
      if (c.org) {
        e.canonical = c.org.name;
        e.attributes = { gazetteer_id: c.org.id, ...(c.org.designations?.length ? { designations: JSON.stringify(c.org.designations) } : {}) };
      }
      if (c.place) {
        e.canonical = c.place.name;
        e.lat = c.place.lat; e.lon = c.place.lon;
        e.attributes = { gazetteer_id: c.place.id, country_code: c.place.countryCode ?? null, admin1: c.place.admin1 ?? null, admin2: c.place.admin2 ?? null };
      }
      this.entries.set(key, e);
    }
    if (!e.subtype && c.subtype) e.subtype = c.subtype;
    e.names.set(name, (e.names.get(name) ?? 0) + 1);
    if (!this.aliasKeys.has(name)) this.aliasKeys.set(name, key);
    const m: Mention = { start: c.start, end: c.end, key, type: e.type, subtype: e.subtype, source: c.source };
    this.mentions.push(m);
    return m;
  }

  typeOf(key: string): MentionType | null { return this.entries.get(key)?.type ?? null; }
  subtypeOf(key: string): string | null { return this.entries.get(key)?.subtype ?? null; }
  namesOf(key: string): string[] { return [...(this.entries.get(key)?.names.keys() ?? [])]; }
  entriesOfType(type: MentionType): string[] { return [...this.entries.values()].filter((e) => e.type === type).map((e) => e.key); }

  entities(): ExtractedEntity[] {
    return [...this.entries.values()].map((e) => {
      const seen = [...e.names.keys()];
      const fullest = seen.reduce((a, b) => (b.length > a.length ? b : a), seen[0] ?? '');
      const name = e.canonical ?? fullest;
      const aliases = [...new Set(seen.filter((n) => n !== name))];
      const attributes: Attributes = e.attributes;
      return { key: e.key, type: e.type, subtype: e.subtype, name, aliases, lat: e.lat, lon: e.lon, attributes };
    });
  }

  extractedMentions(text: string): ExtractedMention[] {
    return this.mentions.map((m) => ({ start: m.start, end: m.end, entity: m.key, text: text.slice(m.start, m.end) }));
  }
}
