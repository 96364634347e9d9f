/**
 * Entity writes: creation with names and lookup keys, aliases, mentions, renames and
 * moving mentions to another entity (splitting a wrongly merged actor).
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Mention } from '../../core/records.js';
import type { AliasDraft, EntityDraft } from '../../store/store.js';
import type { Conn } from './connection.js';
import { membersMatching } from './merges.js';
import { explainReference } from './sqlite-errors.js';
import { journal } from './journal.js';

export function insertEntity(c: Conn, e: EntityDraft): void {
  if (entityExists(c, e.id)) throw new WorkbenchError('conflict', `entity ${e.id} already exists`);
  c.sql(`INSERT INTO entities (id, canonical, type, subtype, name, lat, lon, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(e.id, e.id, e.type, e.subtype, e.name, e.lat, e.lon, JSON.stringify(e.attributes ?? {}));
  const alias = c.sql('INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)');
  for (const a of e.aliases) if (a !== e.name) alias.run(e.id, a);
  const key = c.sql('INSERT OR IGNORE INTO name_keys (key, entity) VALUES (?, ?)');
  for (const k of e.keys) if (k) key.run(k, e.id);
  journal(c, 'entity', e.id);
}

export function addAliases(c: Conn, entity: string, aliases: readonly AliasDraft[]): void {
  const name = requireEntityName(c, entity);
  const alias = c.sql('INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)');
  const key = c.sql('INSERT OR IGNORE INTO name_keys (key, entity) VALUES (?, ?)');
  let changed = 0;
  for (const a of aliases) {
    if (a.alias !== name) changed += alias.run(entity, a.alias).changes;
    if (a.key) changed += key.run(a.key, entity).changes;
  }
  if (changed > 0) journal(c, 'entity', entity);
}

/** Adds mentions; a mention already recorded for this entity is ignored. All or none are added. */
export function insertMentions(c: Conn, entity: string, mentions: readonly Mention[]): void {
  requireEntityName(c, entity);
  const stmt = c.sql('INSERT OR IGNORE INTO mentions (entity, document, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)');
  // Undone by hand on failure (no savepoint per call): bulk loads add millions.
  const added: number[] = [];
  const undo = (): void => {
    const remove = c.sql('DELETE FROM mentions WHERE seq = ?');
    for (const seq of added) remove.run(seq);
  };
  for (const m of mentions) {
    try {
      const res = stmt.run(entity, m.document, m.start, m.end, m.text);
      if (res.changes === 1) added.push(Number(res.lastInsertRowid));
    } catch (e) {
      undo();
      throw explainReference(c, e, `mention of ${entity}`, [['document', 'documents', m.document]]);
    }
  }
  if (added.length === 0) return;
  try {
    journal(c, 'entity', entity);
  } catch (e) {
    undo();
    throw e;
  }
}

/** Renames an entity; the old name stays as an alias so lookups by it still work. */
export function renameEntity(c: Conn, id: string, name: string, key: string): void {
  const old = requireEntityName(c, id);
  if (old === name) return;
  c.sql('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
  c.sql('DELETE FROM aliases WHERE entity = ? AND alias = ?').run(id, name);
  c.sql('INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)').run(id, old);
  if (key) c.sql('INSERT OR IGNORE INTO name_keys (key, entity) VALUES (?, ?)').run(key, id);
  journal(c, 'entity', id);
}

/**
 * Moves mentions (by document and start) of `from` to `into`. When `from` is a
 * canonical entity, mentions of the entities merged into it count as its own.
 */
export function moveMentions(c: Conn, from: string, into: string, mentions: ReadonlyArray<{ document: string; start: number }>): void {
  requireEntityName(c, into);
  const members = membersMatching(c, from);
  const find = c.value(`SELECT seq FROM mentions WHERE document = ? AND span_start = ?
                      AND entity IN (SELECT value FROM json_each(?))`);
  const move = c.sql('UPDATE OR REPLACE mentions SET entity = ? WHERE seq = ?');
  const json = JSON.stringify(members);
  for (const m of mentions) {
    const seqs = find.all(m.document, m.start, json) as number[];
    if (seqs.length === 0) throw new WorkbenchError('not_found', `entity ${from} has no mention in ${m.document} at ${m.start}`);
    for (const seq of seqs) move.run(into, seq);
  }
  if (mentions.length > 0) journal(c, 'entity', ...members, into);
}

export function entityExists(c: Conn, id: string): boolean {
  return c.value('SELECT 1 FROM entities WHERE id = ?').get(id) !== undefined;
}

function requireEntityName(c: Conn, id: string): string {
  const name = c.value('SELECT name FROM entities WHERE id = ?').get(id) as string | undefined;
  if (name === undefined) throw new WorkbenchError('not_found', `no entity ${id}`);
  return name;
}
