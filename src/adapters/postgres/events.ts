/**
 * Events with their participants and evidence. Reads give canonical ids for the
 * place and every participant; insertion is idempotent by id, like claims.
 */
import type { EventRecord, Participant } from '../../core/records.js';
import type { Role } from '../../model/ontology.js';
import type { EventFilter } from '../../store/store.js';
import type { Db } from './connection.js';
import { EVENT_SELECT, eventRecordOf, type EventRow } from '../shared/rows.js';
import { checkEvidence, evidenceFor, insertEvidence } from './evidence.js';
import { checkConfidence } from './claims.js';
import { canonicalId } from './merges.js';
import { journal } from './journal.js';

/** Runs inside the writer's savepoint, so a failure half-way leaves nothing behind. */
export async function insertEvent(db: Db, event: EventRecord): Promise<void> {
  if ((await db.value('SELECT 1 FROM events WHERE id = $1', [event.id])) !== undefined) return;
  checkConfidence(event.id, event.confidence);
  await checkEvidence(db, `event ${event.id}`, event.evidence);
  const seq = await db.value<number>(`
    INSERT INTO events (id, type, date, place, killed, injured, arrested, amount_value, amount_unit,
                        confidence, status, marking, agency, extractor)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT (id) DO NOTHING RETURNING seq`,
  [event.id, event.type, event.date, event.place, event.killed, event.injured, event.arrested,
    event.amount?.value ?? null, event.amount?.unit ?? null, event.confidence, event.status,
    event.marking, event.agency, event.extractor]);
  if (seq === undefined) return;
  if (event.participants.length > 0) {
    await db.run(`INSERT INTO event_participants (event, position, role, entity)
      SELECT $1, t.ord - 1, t.role, t.entity FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(role, entity, ord)`,
    [seq, event.participants.map((p) => p.role), event.participants.map((p) => p.entity)]);
  }
  await insertEvidence(db, 'event_evidence', seq, event.evidence);
  await journal(db, 'event', event.id);
}

export async function getEvent(db: Db, id: string): Promise<EventRecord | null> {
  const rows = await db.rows<EventRow>(`${EVENT_SELECT} WHERE v.id = $1`, [id]);
  return rows.length ? (await complete(db, rows))[0]! : null;
}

export async function listEvents(db: Db, filter: EventFilter = {}): Promise<EventRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown): string => `$${params.push(v)}`;
  if (filter.type !== undefined) where.push(`v.type = ${param(filter.type)}`);
  if (filter.entity !== undefined) {
    const p = param(await canonicalId(db, filter.entity));
    where.push(`v.seq IN (
      SELECT x.seq FROM events x WHERE x.place IN (SELECT id FROM entities WHERE canonical = ${p})
      UNION
      SELECT ep.event FROM event_participants ep WHERE ep.entity IN (SELECT id FROM entities WHERE canonical = ${p}))`);
  }
  if (filter.document !== undefined) where.push(`v.seq IN (SELECT event FROM event_evidence WHERE document = ${param(filter.document)})`);
  const sql = `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.seq
    LIMIT ${param(filter.limit ?? null)} OFFSET ${param(filter.offset ?? 0)}`;
  return complete(db, await db.rows<EventRow>(sql, params));
}

async function complete(db: Db, rows: readonly EventRow[]): Promise<EventRecord[]> {
  const seqs = rows.map((r) => r.seq);
  const evidence = await evidenceFor(db, 'event_evidence', seqs);
  const participants = await loadParticipants(db, seqs);
  return rows.map((r, i) => eventRecordOf(r, participants.get(r.seq) ?? [], evidence[i]!));
}

async function loadParticipants(db: Db, seqs: readonly number[]): Promise<Map<number, Participant[]>> {
  const out = new Map<number, Participant[]>();
  if (seqs.length === 0) return out;
  const rows = await db.rows<{ event: number; role: string; entity: string }>(`
    SELECT ep.event, ep.role, e.canonical AS entity
    FROM event_participants ep JOIN entities e ON e.id = ep.entity
    WHERE ep.event = ANY($1::bigint[]) ORDER BY ep.event, ep.position`, [seqs]);
  for (const r of rows) {
    let list = out.get(r.event);
    if (!list) out.set(r.event, (list = []));
    list.push({ role: r.role as Role, entity: r.entity });
  }
  return out;
}
