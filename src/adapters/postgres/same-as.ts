/**
 * "Possibly the same as" suggestions. A pair is unordered, so it is stored with
 * a < b; refreshing a suggestion updates its score and reasons but never an
 * analyst's decision.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { SameAsCandidate } from '../../store/store.js';
import type { Db } from './connection.js';

function ordered(a: string, b: string): [string, string] {
  if (a === b) throw new WorkbenchError('invalid_input', `an entity cannot be a candidate for itself (${a})`);
  return a < b ? [a, b] : [b, a];
}

export async function upsertSameAs(db: Db, cand: Pick<SameAsCandidate, 'a' | 'b' | 'score' | 'reasons'>): Promise<void> {
  const [a, b] = ordered(cand.a, cand.b);
  await requireEntities(db, a, b);
  await db.run(`INSERT INTO same_as (a, b, score, reasons) VALUES ($1, $2, $3, $4)
                ON CONFLICT (a, b) DO UPDATE SET score = excluded.score, reasons = excluded.reasons`,
  [a, b, cand.score, JSON.stringify(cand.reasons)]);
}

/** Records a decision; a pair never suggested is recorded too, with score 0. */
export async function decideSameAs(db: Db, x: string, y: string, decision: 'same' | 'different', actor: string): Promise<void> {
  if (decision !== 'same' && decision !== 'different') {
    throw new WorkbenchError('invalid_input', `decision must be "same" or "different", got "${String(decision)}"`);
  }
  const [a, b] = ordered(x, y);
  await requireEntities(db, a, b);
  await db.run(`INSERT INTO same_as (a, b, score, reasons, decision, decided_by, decided_at) VALUES ($1, $2, 0, '[]', $3, $4, $5)
                ON CONFLICT (a, b) DO UPDATE SET decision = excluded.decision, decided_by = excluded.decided_by,
                                                 decided_at = excluded.decided_at`,
  [a, b, decision, actor, new Date().toISOString()]);
}

/** Best-scored first. */
export async function listSameAs(db: Db, options: { readonly pending?: boolean; readonly entity?: string } = {}): Promise<SameAsCandidate[]> {
  return db.rows<SameAsCandidate>(`
    SELECT a, b, score, reasons, decision, decided_by, decided_at FROM same_as
    WHERE (NOT $1::boolean OR decision IS NULL) AND ($2::text IS NULL OR a = $2 OR b = $2)
    ORDER BY score DESC, a, b`, [options.pending === true, options.entity ?? null]);
}

async function requireEntities(db: Db, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    if ((await db.value('SELECT 1 FROM entities WHERE id = $1', [id])) === undefined) {
      throw new WorkbenchError('not_found', `no entity ${id}`);
    }
  }
}
