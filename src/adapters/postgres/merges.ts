/**
 * Merges and the canonical id of every entity. The merge history is the truth; the
 * `entities.canonical` column is derived from the active merges (following chains:
 * a→b and b→c make a resolve to c) and rebuilt on merge and unmerge, so undoing a
 * merge restores exactly the resolution that held before it.
 */
import { WorkbenchError } from '../../core/errors.js';
import { randomId } from '../../core/ids.js';
import type { MergeRecord } from '../../store/store.js';
import type { Db } from './connection.js';
import { journal } from './journal.js';

/** The id `id` resolves to; an unknown id resolves to itself. */
export async function canonicalId(db: Db, id: string): Promise<string> {
  return (await db.value<string>('SELECT canonical FROM entities WHERE id = $1', [id])) ?? id;
}

/** Every entity id resolving to this canonical id, canonical first. */
export async function membersOf(db: Db, canonical: string): Promise<string[]> {
  return db.column<string>('SELECT id FROM entities WHERE canonical = $1 ORDER BY id = canonical DESC, seq', [canonical]);
}

/**
 * The stored ids an edit addressed to `id` applies to: a canonical entity speaks for
 * everything merged into it; a merged-away entity only for itself.
 */
export async function membersMatching(db: Db, id: string): Promise<string[]> {
  const canonical = await canonicalId(db, id);
  return canonical === id ? membersOf(db, id) : [id];
}

export async function mergeEntities(db: Db, source: string, target: string, actor: string, reason: string): Promise<MergeRecord> {
  const sourceCanonical = await requireCanonical(db, source);
  const targetCanonical = await requireCanonical(db, target);
  if (sourceCanonical !== source) {
    throw new WorkbenchError('conflict', `entity ${source} is already merged into ${sourceCanonical}`);
  }
  if (targetCanonical === source) throw new WorkbenchError('conflict', `cannot merge ${source} into itself`);
  const record: MergeRecord = {
    id: randomId('mrg'), source, target, actor, reason, at: new Date().toISOString(), undone_at: null,
  };
  await db.run('INSERT INTO merges (id, source, target, actor, reason, at) VALUES ($1, $2, $3, $4, $5, $6)',
    [record.id, source, target, actor, reason, record.at]);
  const moved = await membersOf(db, source);
  await db.run('UPDATE entities SET canonical = $1 WHERE canonical = $2', [targetCanonical, source]);
  await journal(db, 'entity', targetCanonical, ...moved);
  return record;
}

export async function unmerge(db: Db, mergeId: string, actor: string, reason: string): Promise<void> {
  const [row] = await db.rows<{ source: string; undone_at: string | null }>(
    'SELECT source, undone_at FROM merges WHERE id = $1 FOR UPDATE', [mergeId]);
  if (!row) throw new WorkbenchError('not_found', `no merge ${mergeId}`);
  if (row.undone_at !== null) throw new WorkbenchError('conflict', `merge ${mergeId} was already undone at ${row.undone_at}`);
  const formerCanonical = await canonicalId(db, row.source);
  await db.run('UPDATE merges SET undone_at = $1, undone_by = $2, undo_reason = $3 WHERE id = $4',
    [new Date().toISOString(), actor, reason, mergeId]);
  // The source and everything that resolves through it now resolve to the source.
  await db.run(`
    WITH RECURSIVE tree(id) AS (
      SELECT $1::text COLLATE "C"
      UNION
      SELECT m.source FROM merges m JOIN tree ON m.target = tree.id WHERE m.undone_at IS NULL
    )
    UPDATE entities SET canonical = $1 WHERE id IN (SELECT id FROM tree)`, [row.source]);
  // The entity it was merged into loses the source's names and mentions: it changed too.
  await journal(db, 'entity', formerCanonical, ...(await membersOf(db, row.source)));
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
export async function listMerges(db: Db, entity?: string): Promise<MergeRecord[]> {
  const cols = 'id, source, target, actor, reason, at, undone_at';
  const rows = entity === undefined
    ? await db.rows<MergeRow>(`SELECT ${cols} FROM merges ORDER BY seq`)
    : await db.rows<MergeRow>(`SELECT ${cols} FROM merges WHERE source = $1 OR target = $1 ORDER BY seq`, [entity]);
  return rows.map((r) => ({ ...r }));
}

async function requireCanonical(db: Db, id: string): Promise<string> {
  const canonical = await db.value<string>('SELECT canonical FROM entities WHERE id = $1', [id]);
  if (canonical === undefined) throw new WorkbenchError('not_found', `no entity ${id}`);
  return canonical;
}
