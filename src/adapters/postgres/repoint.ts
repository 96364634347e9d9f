/**
 * Re-pointing claims and event roles from one entity to another: the second half of
 * splitting a wrongly merged actor (the first is moving its mentions). The ids given
 * may name claims or events. As with mentions, a canonical `from` covers the
 * entities merged into it; a merged-away `from` only itself.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Db } from './connection.js';
import { membersMatching } from './merges.js';
import { journal } from './journal.js';

export async function repointClaims(db: Db, ids: readonly string[], from: string, into: string): Promise<void> {
  if ((await db.value('SELECT 1 FROM entities WHERE id = $1', [into])) === undefined) {
    throw new WorkbenchError('not_found', `no entity ${into}`);
  }
  const members = await membersMatching(db, from);
  for (const id of ids) {
    const claim = await db.value<number>('SELECT seq FROM claims WHERE id = $1', [id]);
    let changed = 0;
    if (claim !== undefined) {
      changed += await db.run('UPDATE claims SET subject = $1 WHERE seq = $2 AND subject = ANY($3::text[])', [into, claim, members]);
      changed += await db.run('UPDATE claims SET object = $1 WHERE seq = $2 AND object = ANY($3::text[])', [into, claim, members]);
      if (changed > 0) await journal(db, 'claim', id);
    } else {
      const event = await db.value<number>('SELECT seq FROM events WHERE id = $1', [id]);
      if (event === undefined) throw new WorkbenchError('not_found', `no claim or event ${id}`);
      changed += await db.run('UPDATE events SET place = $1 WHERE seq = $2 AND place = ANY($3::text[])', [into, event, members]);
      changed += await db.run('UPDATE event_participants SET entity = $1 WHERE event = $2 AND entity = ANY($3::text[])', [into, event, members]);
      if (changed > 0) await journal(db, 'event', id);
    }
    if (changed === 0) throw new WorkbenchError('invalid_input', `${id} does not involve entity ${from}`);
  }
}
