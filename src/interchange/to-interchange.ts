/**
 * Builds a `cellgraph/1` file from ledger records. Records are sorted by id, spans by
 * position and every object is rebuilt with a fixed key order, so two exports of the
 * same store are byte-identical whatever order the store returned things in.
 */
import type {
  ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence, Mention,
} from '../core/records.js';
import type { Interchange, InterchangeRecords } from './types.js';

export function toInterchange(records: InterchangeRecords): Interchange {
  return {
    format: 'cellgraph/1',
    documents: byId(records.documents).map(documentOut),
    entities: byId(records.entities).map(entityOut),
    claims: byId(records.claims).map(claimOut),
    events: byId(records.events).map(eventOut),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.id, b.id));
}

function bySpan<T extends { readonly document: string; readonly start: number; readonly end: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.document, b.document) || a.start - b.start || a.end - b.end);
}

function documentOut(d: DocumentRecord): DocumentRecord {
  return {
    id: d.id, title: d.title, source: d.source, published: d.published, sha256: d.sha256, marking: d.marking, agency: d.agency,
    media_type: d.media_type, text: d.text, ingested_at: d.ingested_at, reliability: d.reliability,
  };
}

function mentionOut(m: Mention): Mention {
  return { document: m.document, start: m.start, end: m.end, text: m.text };
}

function evidenceOut(e: Evidence): Evidence {
  return { document: e.document, start: e.start, end: e.end, quote: e.quote };
}

function entityOut(e: EntityRecord): EntityRecord {
  const attributes = Object.fromEntries(Object.keys(e.attributes).sort().map((k) => [k, e.attributes[k]!]));
  return {
    id: e.id, type: e.type, subtype: e.subtype, name: e.name, aliases: [...e.aliases], lat: e.lat, lon: e.lon,
    attributes, mentions: bySpan(e.mentions).map(mentionOut),
  };
}

function claimOut(c: ClaimRecord): ClaimRecord {
  return {
    id: c.id, subject: c.subject, predicate: c.predicate, object: c.object,
    valid_from: c.valid_from, valid_to: c.valid_to, former: c.former, negated: c.negated,
    confidence: c.confidence, status: c.status, marking: c.marking, agency: c.agency, credibility: c.credibility,
    extractor: c.extractor, evidence: bySpan(c.evidence).map(evidenceOut),
  };
}

function eventOut(e: EventRecord): EventRecord {
  return {
    id: e.id, type: e.type, date: e.date, place: e.place,
    participants: e.participants.map((p) => ({ role: p.role, entity: p.entity })),
    killed: e.killed, injured: e.injured, arrested: e.arrested,
    amount: e.amount ? { value: e.amount.value, unit: e.amount.unit } : null,
    confidence: e.confidence, status: e.status, marking: e.marking, agency: e.agency, extractor: e.extractor,
    evidence: bySpan(e.evidence).map(evidenceOut),
  };
}
