/**
 * Re-pointing claims and event roles from one entity to another: the second half of
 * splitting a wrongly merged actor (the first is moving its mentions). The ids given
 * may name claims or events. As with mentions, a canonical `from` covers the
 * entities merged into it; a merged-away `from` only itself.
 */
import { WorkbenchError } from '../../core/errors.js';
import type { Conn } from './connection.js';
import { membersMatching } from './merges.js';
import { journal } from './journal.js';

export function repointClaims(c: Conn, ids: readonly string[], from: string, into: string): void {
  if (c.value('SELECT 1 FROM entities WHERE id = ?').get(into) === undefined) {
    throw new WorkbenchError('not_found', `no entity ${into}`);
  }
  const members = JSON.stringify(membersMatching(c, from));
  for (const id of ids) {
    const claim = c.value('SELECT seq FROM claims WHERE id = ?').get(id) as number | undefined;
    let changed = 0;
    if (claim !== undefined) {
      changed += c.sql('UPDATE claims SET subject = ? WHERE seq = ? AND subject IN (SELECT value FROM json_each(?))').run(into, claim, members).changes;
      changed += c.sql('UPDATE claims SET object = ? WHERE seq = ? AND object IN (SELECT value FROM json_each(?))').run(into, claim, members).changes;
      if (changed > 0) journal(c, 'claim', id);
    } else {
      const event = c.value('SELECT seq FROM events WHERE id = ?').get(id) as number | undefined;
      if (event === undefined) throw new WorkbenchError('not_found', `no claim or event ${id}`);
      changed += c.sql('UPDATE events SET place = ? WHERE seq = ? AND place IN (SELECT value FROM json_each(?))').run(into, event, members).changes;
      changed += c.sql('UPDATE event_participants SET entity = ? WHERE event = ? AND entity IN (SELECT value FROM json_each(?))').run(into, event, members).changes;
      if (changed > 0) journal(c, 'event', id);
    }
    if (changed === 0) throw new WorkbenchError('invalid_input', `${id} does not involve entity ${from}`);
  }
}
