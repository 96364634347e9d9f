/**
 * Entity reads. Every read answers with canonical entities: a merged-away id reads
 * as its target, whose names, aliases, attributes and mentions are the union of all
 * the entities merged into it (the target's own values first).
 */
import type { Attributes, EntityRecord, Mention } from '../../core/records.js';
import type { EntityType } from '../../model/ontology.js';
import type { EntityFilter, EntitySummary } from '../../store/store.js';
import type { Db } from './connection.js';
import { canonicalId } from './merges.js';

interface EntityRow {
  id: string;
  canonical: string;
  type: string;
  subtype: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  attributes: Record<string, Attributes[string]>;
}

type Base = Omit<EntityRecord, 'mentions'>;

export async function getEntity(db: Db, id: string): Promise<EntityRecord | null> {
  const canonical = await canonicalId(db, id);
  const base = (await loadBases(db, [canonical])).get(canonical);
  if (!base) return null;
  const mentions = await db.rows<Mention>(`
    SELECT DISTINCT m.document, m.span_start AS start, m.span_end AS "end", m.text
    FROM mentions m JOIN entities e ON e.id = m.entity
    WHERE e.canonical = $1 ORDER BY m.document, m.span_start, m.span_end, m.text`, [canonical]);
  return { ...base, mentions };
}

export async function listEntities(db: Db, filter: EntityFilter = {}): Promise<EntitySummary[]> {
  const where = ['e.id = e.canonical'];
  const params: unknown[] = [];
  if (filter.type !== undefined) {
    params.push(filter.type);
    where.push(`e.type = $${params.length}`);
  }
  if (filter.document !== undefined) {
    params.push(filter.document);
    where.push(`e.id IN (SELECT me.canonical FROM mentions m JOIN entities me ON me.id = m.entity WHERE m.document = $${params.length})`);
  }
  params.push(filter.limit ?? null, filter.offset ?? 0);
  // Most mentioned first, as the port promises; creation order breaks ties.
  const ids = await db.column<string>(`SELECT e.id FROM entities e WHERE ${where.join(' AND ')}
    ORDER BY (SELECT count(*) FROM mentions m JOIN entities x ON x.id = m.entity WHERE x.canonical = e.id) DESC, e.seq
    LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  return summaries(db, ids);
}

export async function findEntitiesByKeys(db: Db, keys: readonly string[], type?: EntityType): Promise<EntitySummary[]> {
  if (keys.length === 0) return [];
  const ids = await db.column<string>(`
    SELECT t.id FROM entities t WHERE t.id IN (
      SELECT e.canonical FROM name_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ANY($1::text[]))
    AND ($2::text IS NULL OR t.type = $2)
    ORDER BY t.seq`, [keys, type ?? null]);
  return summaries(db, ids);
}

/** Summaries of canonical entities, in the order of `ids`. */
export async function summaries(db: Db, ids: readonly string[]): Promise<EntitySummary[]> {
  if (ids.length === 0) return [];
  const bases = await loadBases(db, ids);
  const counts = new Map<string, number>();
  const countRows = await db.rows<{ canonical: string; n: number }>(`
    SELECT canonical, count(*)::int AS n FROM (
      SELECT DISTINCT e.canonical, m.document, m.span_start, m.span_end
      FROM entities e JOIN mentions m ON m.entity = e.id
      WHERE e.canonical = ANY($1::text[])
    ) d GROUP BY canonical`, [ids]);
  for (const r of countRows) counts.set(r.canonical, r.n);
  const out: EntitySummary[] = [];
  for (const id of ids) {
    const base = bases.get(id);
    if (base) out.push({ ...base, mention_count: counts.get(id) ?? 0 });
  }
  return out;
}

/** Canonical records without mentions, merging in what their members carry. */
async function loadBases(db: Db, canonicalIds: readonly string[]): Promise<Map<string, Base>> {
  const rows = await db.rows<EntityRow>(`
    SELECT id, canonical, type, subtype, name, lat, lon, attributes FROM entities
    WHERE canonical = ANY($1::text[])
    ORDER BY canonical, id = canonical DESC, seq`, [canonicalIds]);
  const aliasRows = await db.rows<{ entity: string; alias: string }>(`
    SELECT a.entity, a.alias FROM aliases a JOIN entities e ON e.id = a.entity
    WHERE e.canonical = ANY($1::text[])
    ORDER BY a.seq`, [canonicalIds]);

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
    const attributes: Record<string, Attributes[string]> = { ...head.attributes };
    for (const member of group.slice(1)) {
      names.add(member.name);
      for (const a of aliasesOf.get(member.id) ?? []) names.add(a);
      for (const [k, v] of Object.entries(member.attributes)) {
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
