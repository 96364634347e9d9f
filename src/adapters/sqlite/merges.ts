/**
 * Merges and the canonical id of every entity. The merge history is the truth; the
 * `entities.canonical` column is derived from the active merges (following chains:
 * a→b and b→c make a resolve to c) and rebuilt on merge and unmerge, so undoing a
 * merge restores exactly the resolution that held before it.
 */
import { WorkbenchError } from '../../core/errors.js';
import { randomId } from '../../core/ids.js';
import type { MergeRecord } from '../../store/store.js';
import type { Conn } from './connection.js';
import { journal } from './journal.js';

/** The id `id` resolves to; an unknown id resolves to itself. */
export function canonicalId(c: Conn, id: string): string {
  return (c.value('SELECT canonical FROM entities WHERE id = ?').get(id) as string | undefined) ?? id;
}

/** Every entity id resolving to this canonical id, canonical first. */
export function membersOf(c: Conn, canonical: string): string[] {
  return c.value('SELECT id FROM entities WHERE canonical = ? ORDER BY id = canonical DESC, seq').all(canonical) as string[];
}

/**
 * The stored ids an edit addressed to `id` applies to: a canonical entity speaks for
 * everything merged into it; a merged-away entity only for itself.
 */
export function membersMatching(c: Conn, id: string): string[] {
  const canonical = canonicalId(c, id);
  return canonical === id ? membersOf(c, id) : [id];
}

export function mergeEntities(c: Conn, source: string, target: string, actor: string, reason: string): MergeRecord {
  const sourceCanonical = requireCanonical(c, source);
  const targetCanonical = requireCanonical(c, target);
  if (sourceCanonical !== source) {
    throw new WorkbenchError('conflict', `entity ${source} is already merged into ${sourceCanonical}`);
  }
  if (targetCanonical === source) throw new WorkbenchError('conflict', `cannot merge ${source} into itself`);
  const record: MergeRecord = {
    id: randomId('mrg'), source, target, actor, reason, at: new Date().toISOString(), undone_at: null,
  };
  c.sql('INSERT INTO merges (id, source, target, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(record.id, source, target, actor, reason, record.at);
  const moved = membersOf(c, source);
  c.sql('UPDATE entities SET canonical = ? WHERE canonical = ?').run(targetCanonical, source);
  journal(c, 'entity', targetCanonical, ...moved);
  return record;
}

export function unmerge(c: Conn, mergeId: string, actor: string, reason: string): void {
  const row = c.sql('SELECT source, undone_at FROM merges WHERE id = ?').get(mergeId) as { source: string; undone_at: string | null } | undefined;
  if (!row) throw new WorkbenchError('not_found', `no merge ${mergeId}`);
  if (row.undone_at !== null) throw new WorkbenchError('conflict', `merge ${mergeId} was already undone at ${row.undone_at}`);
  const formerCanonical = canonicalId(c, row.source);
  c.sql('UPDATE merges SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?')
    .run(new Date().toISOString(), actor, reason, mergeId);
  // The source and everything that resolves through it now resolve to the source.
  c.sql(`
    WITH RECURSIVE tree(id) AS (
      SELECT ?
      UNION
      SELECT m.source FROM merges m JOIN tree ON m.target = tree.id WHERE m.undone_at IS NULL
    )
    UPDATE entities SET canonical = ? WHERE id IN (SELECT id FROM tree)`).run(row.source, row.source);
  // The entity it was merged into loses the source's names and mentions: it changed too.
  journal(c, 'entity', formerCanonical, ...membersOf(c, row.source));
}

interface MergeRow {
  id: string;
  source: string;
  target: string;
  actor: string;
  reason: string;
  at: string;
  undone_at: string | null;
}

/** All merges (undone ones too), oldest first; with `entity`, those it took part in. */
export function listMerges(c: Conn, entity?: string): MergeRecord[] {
  const cols = 'id, source, target, actor, reason, at, undone_at';
  const rows = entity === undefined
    ? c.sql(`SELECT ${cols} FROM merges ORDER BY seq`).all()
    : c.sql(`SELECT ${cols} FROM merges WHERE source = ? OR target = ? ORDER BY seq`).all(entity, entity);
  return (rows as MergeRow[]).map((r) => ({ ...r }));
}

function requireCanonical(c: Conn, id: string): string {
  const canonical = c.value('SELECT canonical FROM entities WHERE id = ?').get(id) as string | undefined;
  if (canonical === undefined) throw new WorkbenchError('not_found', `no entity ${id}`);
  return canonical;
}
