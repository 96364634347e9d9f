/**
 * Events with their participants and evidence. Reads give canonical ids for the
 * place and every participant; insertion is idempotent by id, like claims.
 */
import type { EventRecord, Participant } from '../../core/records.js';
import type { Role } from '../../model/ontology.js';
import type { EventFilter } from '../../store/store.js';
import type { Conn } from './connection.js';
import { EVENT_SELECT, eventRecordOf, type EventRow } from '../shared/rows.js';
import { checkEvidence, evidenceFor, insertEvidence } from './evidence.js';
import { checkConfidence } from './claims.js';
import { canonicalId } from './merges.js';
import { explainReference } from './sqlite-errors.js';
import { journal } from './journal.js';

export function insertEvent(c: Conn, event: EventRecord): void {
  if (c.value('SELECT 1 FROM events WHERE id = ?').get(event.id) !== undefined) return;
  checkConfidence(event.id, event.confidence);
  checkEvidence(c, `event ${event.id}`, event.evidence);
  const insert = c.sql(`
    INSERT INTO events (id, type, date, place, killed, injured, arrested, amount_value, amount_unit,
                        confidence, status, marking, agency, extractor)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const owner = `event ${event.id}`;
  let seq: number;
  try {
    seq = Number(insert.run(
      event.id, event.type, event.date, event.place, event.killed, event.injured, event.arrested,
      event.amount?.value ?? null, event.amount?.unit ?? null, event.confidence, event.status,
      event.marking, event.agency, event.extractor).lastInsertRowid);
  } catch (e) {
    throw explainReference(c, e, owner, [['place entity', 'entities', event.place]]);
  }
  const participant = c.sql('INSERT INTO event_participants (event, position, role, entity) VALUES (?, ?, ?, ?)');
  event.participants.forEach((p, i) => {
    try {
      participant.run(seq, i, p.role, p.entity);
    } catch (e) {
      throw explainReference(c, e, owner, [['participant entity', 'entities', p.entity]]);
    }
  });
  insertEvidence(c, 'event_evidence', seq, event.evidence);
  journal(c, 'event', event.id);
}

export function getEvent(c: Conn, id: string): EventRecord | null {
  const row = c.sql(`${EVENT_SELECT} WHERE v.id = ?`).get(id) as EventRow | undefined;
  return row ? complete(c, [row])[0]! : null;
}

export function listEvents(c: Conn, filter: EventFilter = {}): EventRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.type !== undefined) {
    where.push('v.type = ?');
    params.push(filter.type);
  }
  if (filter.entity !== undefined) {
    where.push(`v.seq IN (
      SELECT x.seq FROM events x WHERE x.place IN (SELECT id FROM entities WHERE canonical = ?)
      UNION
      SELECT ep.event FROM event_participants ep WHERE ep.entity IN (SELECT id FROM entities WHERE canonical = ?))`);
    const canonical = canonicalId(c, filter.entity);
    params.push(canonical, canonical);
  }
  if (filter.document !== undefined) {
    where.push('v.seq IN (SELECT event FROM event_evidence WHERE document = ?)');
    params.push(filter.document);
  }
  const sql = `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.seq LIMIT ? OFFSET ?`;
  const rows = c.sql(sql).all(...params, filter.limit ?? -1, filter.offset ?? 0) as EventRow[];
  return complete(c, rows);
}

function complete(c: Conn, rows: EventRow[]): EventRecord[] {
  const seqs = rows.map((r) => r.seq);
  const evidence = evidenceFor(c, 'event_evidence', seqs);
  const participants = loadParticipants(c, seqs);
  return rows.map((r, i) => eventRecordOf(r, participants.get(r.seq) ?? [], evidence[i]!));
}

function loadParticipants(c: Conn, seqs: readonly number[]): Map<number, Participant[]> {
  const out = new Map<number, Participant[]>();
  if (seqs.length === 0) return out;
  const rows = c.sql(`
    SELECT ep.event, ep.role, e.canonical AS entity
    FROM event_participants ep JOIN entities e ON e.id = ep.entity
    WHERE ep.event IN (SELECT value FROM json_each(?)) ORDER BY ep.event, ep.position`)
    .all(JSON.stringify(seqs)) as Array<{ event: number; role: string; entity: string }>;
  for (const r of rows) {
    let list = out.get(r.event);
    if (!list) out.set(r.event, (list = []));
    list.push({ role: r.role as Role, entity: r.entity });
  }
  return out;
}
