/**
 * Entity writes: creation with names and lookup keys, aliases, mentions, renames and
 * moving mentions to another entity (splitting a wrongly merged actor). Repeated
 * aliases, keys and mentions are ignored (ON CONFLICT DO NOTHING), so concurrent
 * writers adding the same ones never fail on each other.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Mention } from '../../core/records.js';
import type { AliasDraft, EntityDraft } from '../../store/store.js';
import type { Db } from './connection.js';
import { membersMatching } from './merges.js';
import { journal } from './journal.js';

const ADD_ALIASES = `INSERT INTO aliases (entity, alias) SELECT $1, a FROM unnest($2::text[]) WITH ORDINALITY AS t(a, ord)
  ORDER BY ord ON CONFLICT DO NOTHING`;
const ADD_KEYS = `INSERT INTO name_keys (key, entity) SELECT k, $1 FROM unnest($2::text[]) AS t(k) ON CONFLICT DO NOTHING`;

export async function insertEntity(db: Db, e: EntityDraft): Promise<void> {
  if (await entityExists(db, e.id)) throw new WorkbenchError('conflict', `entity ${e.id} already exists`);
  await db.run(`INSERT INTO entities (id, canonical, type, subtype, name, lat, lon, attributes) VALUES ($1, $1, $2, $3, $4, $5, $6, $7)`,
    [e.id, e.type, e.subtype, e.name, e.lat, e.lon, JSON.stringify(e.attributes ?? {})]);
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) await db.run(ADD_ALIASES, [e.id, aliases]);
  const keys = e.keys.filter((k) => k);
  if (keys.length) await db.run(ADD_KEYS, [e.id, keys]);
  await journal(db, 'entity', e.id);
}

export async function addAliases(db: Db, entity: string, aliases: readonly AliasDraft[]): Promise<void> {
  const name = await requireEntityName(db, entity);
  const names = aliases.map((a) => a.alias).filter((a) => a !== name);
  let changed = 0;
  if (names.length) changed += await db.run(ADD_ALIASES, [entity, names]);
  const keys = aliases.map((a) => a.key).filter((k) => k);
  if (keys.length) changed += await db.run(ADD_KEYS, [entity, keys]);
  if (changed > 0) await journal(db, 'entity', entity);
}

/** Adds mentions in one statement (all or none); a mention already recorded is ignored. */
export async function insertMentions(db: Db, entity: string, mentions: readonly Mention[]): Promise<void> {
  await requireEntityName(db, entity);
  if (mentions.length === 0) return;
  const added = await db.run(`INSERT INTO mentions (entity, document, span_start, span_end, text)
    SELECT $1, t.document, t.span_start, t.span_end, t.text
    FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) WITH ORDINALITY AS t(document, span_start, span_end, text, ord)
    ORDER BY t.ord ON CONFLICT DO NOTHING`,
  [entity, mentions.map((m) => m.document), mentions.map((m) => m.start), mentions.map((m) => m.end), mentions.map((m) => m.text)]);
  if (added > 0) await journal(db, 'entity', entity);
}

/** Renames an entity; the old name stays as an alias so lookups by it still work. */
export async function renameEntity(db: Db, id: string, name: string, key: string): Promise<void> {
  const old = await requireEntityName(db, id);
  if (old === name) return;
  await db.run('UPDATE entities SET name = $1 WHERE id = $2', [name, id]);
  await db.run('DELETE FROM aliases WHERE entity = $1 AND alias = $2', [id, name]);
  await db.run(ADD_ALIASES, [id, [old]]);
  if (key) await db.run(ADD_KEYS, [id, [key]]);
  await journal(db, 'entity', id);
}

/**
 * Moves mentions (by document and start) of `from` to `into`. When `from` is a
 * canonical entity, mentions of the entities merged into it count as its own. A
 * mention `into` already has is dropped rather than duplicated.
 */
export async function moveMentions(db: Db, from: string, into: string, mentions: ReadonlyArray<{ document: string; start: number }>): Promise<void> {
  await requireEntityName(db, into);
  const members = await membersMatching(db, from);
  for (const m of mentions) {
    const rows = await db.rows<{ seq: number; span_end: number }>(
      'SELECT seq, span_end FROM mentions WHERE document = $1 AND span_start = $2 AND entity = ANY($3::text[])',
      [m.document, m.start, members]);
    if (rows.length === 0) throw new WorkbenchError('not_found', `entity ${from} has no mention in ${m.document} at ${m.start}`);
    for (const r of rows) {
      // Same effect as SQLite's UPDATE OR REPLACE: the target's copy wins, ours goes.
      await db.run('DELETE FROM mentions WHERE entity = $1 AND document = $2 AND span_start = $3 AND span_end = $4',
        [into, m.document, m.start, r.span_end]);
      await db.run('UPDATE mentions SET entity = $1 WHERE seq = $2', [into, r.seq]);
    }
  }
  if (mentions.length > 0) await journal(db, 'entity', ...members, into);
}

export async function entityExists(db: Db, id: string): Promise<boolean> {
  return (await db.value('SELECT 1 FROM entities WHERE id = $1', [id])) !== undefined;
}

async function requireEntityName(db: Db, id: string): Promise<string> {
  const name = await db.value<string>('SELECT name FROM entities WHERE id = $1', [id]);
  if (name === undefined) throw new WorkbenchError('not_found', `no entity ${id}`);
  return name;
}
