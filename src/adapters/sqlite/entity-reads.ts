/**
 * Entity reads. Every read answers with canonical entities: a merged-away id reads
 * as its target, whose names, aliases, attributes and mentions are the union of all
 * the entities merged into it (the target's own values first).
 */
import type { Attributes, EntityRecord, Mention } from '../../core/records.js';
import type { EntityType } from '../../model/ontology.js';
import type { EntityFilter, EntitySummary } from '../../store/store.js';
import type { Conn } from './connection.js';
import { canonicalId } from './merges.js';

interface EntityRow {
  seq: number;
  id: string;
  canonical: string;
  type: string;
  subtype: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  attributes: string;
}

type Base = Omit<EntityRecord, 'mentions'>;

export function getEntity(c: Conn, id: string): EntityRecord | null {
  const canonical = canonicalId(c, id);
  const base = loadBases(c, [canonical]).get(canonical);
  if (!base) return null;
  const mentions = c.sql(`
    SELECT DISTINCT m.document, m.span_start AS start, m.span_end AS end, m.text
    FROM mentions m JOIN entities e ON e.id = m.entity
    WHERE e.canonical = ? ORDER BY m.document, m.span_start, m.span_end`).all(canonical) as Mention[];
  return { ...base, mentions };
}

export function listEntities(c: Conn, filter: EntityFilter = {}): EntitySummary[] {
  const where = ['e.id = e.canonical'];
  const params: unknown[] = [];
  if (filter.type !== undefined) {
    where.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.document !== undefined) {
    where.push(`e.id IN (SELECT me.canonical FROM mentions m JOIN entities me ON me.id = m.entity WHERE m.document = ?)`);
    params.push(filter.document);
  }
  // Most mentioned first, as the port promises; creation order breaks ties.
  const ids = c.value(`SELECT e.id FROM entities e WHERE ${where.join(' AND ')}
    ORDER BY (SELECT count(*) FROM mentions m JOIN entities x ON x.id = m.entity WHERE x.canonical = e.id) DESC, e.seq
    LIMIT ? OFFSET ?`)
    .all(...params, filter.limit ?? -1, filter.offset ?? 0) as string[];
  return summaries(c, ids);
}

export function findEntitiesByKeys(c: Conn, keys: readonly string[], type?: EntityType): EntitySummary[] {
  if (keys.length === 0) return [];
  const rows = c.value(`
    SELECT DISTINCT t.id FROM name_keys k
    JOIN entities e ON e.id = k.entity
    JOIN entities t ON t.id = e.canonical
    WHERE k.key IN (SELECT value FROM json_each(?)) AND (? IS NULL OR t.type = ?)
    ORDER BY t.seq`).all(JSON.stringify(keys), type ?? null, type ?? null) as string[];
  return summaries(c, rows);
}

/** Summaries of canonical entities, in the order of `ids`. */
export function summaries(c: Conn, ids: readonly string[]): EntitySummary[] {
  if (ids.length === 0) return [];
  const bases = loadBases(c, ids);
  const counts = new Map<string, number>();
  const countRows = c.sql(`
    SELECT canonical, count(*) AS n FROM (
      SELECT DISTINCT e.canonical, m.document, m.span_start, m.span_end
      FROM entities e JOIN mentions m ON m.entity = e.id
      WHERE e.canonical IN (SELECT value FROM json_each(?))
    ) GROUP BY canonical`).all(JSON.stringify(ids)) as Array<{ canonical: string; n: number }>;
  for (const r of countRows) counts.set(r.canonical, r.n);
  const out: EntitySummary[] = [];
  for (const id of ids) {
    const base = bases.get(id);
    if (base) out.push({ ...base, mention_count: counts.get(id) ?? 0 });
  }
  return out;
}

/** Canonical records without mentions, merging in what their members carry. */
function loadBases(c: Conn, canonicalIds: readonly string[]): Map<string, Base> {
  const json = JSON.stringify(canonicalIds);
  const rows = c.sql(`
    SELECT seq, id, canonical, type, subtype, name, lat, lon, attributes FROM entities
    WHERE canonical IN (SELECT value FROM json_each(?))
    ORDER BY canonical, id = canonical DESC, seq`).all(json) as EntityRow[];
  const aliasRows = c.sql(`
    SELECT a.entity, a.alias FROM aliases a JOIN entities e ON e.id = a.entity
    WHERE e.canonical IN (SELECT value FROM json_each(?))
    ORDER BY a.seq`).all(json) as Array<{ entity: string; alias: string }>;

  const groups = new Map<string, EntityRow[]>();
  for (const r of rows) {
    const g = groups.get(r.canonical);
    if (g) g.push(r);
    else groups.set(r.canonical, [r]);
  }
  const aliasesOf = new Map<string, string[]>();
  for (const r of aliasRows) {
    const list = aliasesOf.get(r.entity);
    if (list) list.push(r.alias);
    else aliasesOf.set(r.entity, [r.alias]);
  }

  const out = new Map<string, Base>();
  for (const [canonical, group] of groups) {
    const head = group[0]!;
    if (head.id !== canonical) continue; // a canonical id always names a stored entity; never invent one
    const names = new Set<string>(aliasesOf.get(head.id));
    const attributes: Record<string, Attributes[string]> = JSON.parse(head.attributes) as Attributes;
    for (const member of group.slice(1)) {
      names.add(member.name);
      for (const a of aliasesOf.get(member.id) ?? []) names.add(a);
      for (const [k, v] of Object.entries(JSON.parse(member.attributes) as Attributes)) {
        if (!(k in attributes)) attributes[k] = v;
      }
    }
    names.delete(head.name);
    out.set(canonical, {
      id: head.id,
      type: head.type as EntityType,
      subtype: head.subtype,
      name: head.name,
      aliases: [...names],
      lat: head.lat,
      lon: head.lon,
      attributes,
    });
  }
  return out;
}
