/**
 * "Possibly the same as" suggestions. A pair is unordered, so it is stored with
 * a < b; refreshing a suggestion updates its score and reasons but never an
 * analyst's decision.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { SameAsCandidate } from '../../store/store.js';
import type { Conn } from './connection.js';

function ordered(a: string, b: string): [string, string] {
  if (a === b) throw new WorkbenchError('invalid_input', `an entity cannot be a candidate for itself (${a})`);
  return a < b ? [a, b] : [b, a];
}

export function upsertSameAs(c: Conn, cand: Pick<SameAsCandidate, 'a' | 'b' | 'score' | 'reasons'>): void {
  const [a, b] = ordered(cand.a, cand.b);
  requireEntities(c, a, b);
  c.sql(`INSERT INTO same_as (a, b, score, reasons) VALUES (?, ?, ?, ?)
         ON CONFLICT (a, b) DO UPDATE SET score = excluded.score, reasons = excluded.reasons`)
    .run(a, b, cand.score, JSON.stringify(cand.reasons));
}

/** Records a decision; a pair never suggested is recorded too, with score 0. */
export function decideSameAs(c: Conn, x: string, y: string, decision: 'same' | 'different', actor: string): void {
  if (decision !== 'same' && decision !== 'different') {
    throw new WorkbenchError('invalid_input', `decision must be "same" or "different", got "${String(decision)}"`);
  }
  const [a, b] = ordered(x, y);
  requireEntities(c, a, b);
  c.sql(`INSERT INTO same_as (a, b, score, reasons, decision, decided_by, decided_at) VALUES (?, ?, 0, '[]', ?, ?, ?)
         ON CONFLICT (a, b) DO UPDATE SET decision = excluded.decision, decided_by = excluded.decided_by,
                                          decided_at = excluded.decided_at`)
    .run(a, b, decision, actor, new Date().toISOString());
}

interface SameAsRow {
  a: string;
  b: string;
  score: number;
  reasons: string;
  decision: 'same' | 'different' | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** Best-scored first. */
export function listSameAs(c: Conn, options: { readonly pending?: boolean; readonly entity?: string } = {}): SameAsCandidate[] {
  const rows = c.sql(`
    SELECT a, b, score, reasons, decision, decided_by, decided_at FROM same_as
    WHERE (@pending = 0 OR decision IS NULL) AND (@entity IS NULL OR a = @entity OR b = @entity)
    ORDER BY score DESC, a, b`).all({ pending: options.pending ? 1 : 0, entity: options.entity ?? null }) as SameAsRow[];
  return rows.map((r) => ({ ...r, reasons: JSON.parse(r.reasons) as string[] }));
}

function requireEntities(c: Conn, ...ids: string[]): void {
  for (const id of ids) {
    if (c.value('SELECT 1 FROM entities WHERE id = ?').get(id) === undefined) {
      throw new WorkbenchError('not_found', `no entity ${id}`);
    }
  }
}
