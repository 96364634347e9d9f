/**
 * Builders for hand-made gold files and predictions in the scorer's tests: only the
 * fields a test is about need spelling out.
 */
import type { ClaimRecord, EntityRecord, EventRecord } from '../core/records.js';
import type { Interchange } from '../interchange/types.js';
import { parseGold, type Gold } from './gold.js';

export function gold(parts: { entities: unknown[]; relations?: unknown[]; events?: unknown[] }): Gold {
  return parseGold({ format: 'cellgraph-gold/1', document: 'doc.txt', title: 'test', ...parts });
}

export function ent(id: string, type: EntityRecord['type'], name: string, aliases: string[] = []): EntityRecord {
  return { id, type, subtype: null, name, aliases, lat: null, lon: null, attributes: {}, mentions: [] };
}

export function claim(subject: string, predicate: ClaimRecord['predicate'], object: string, extra: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: `c${counter++}`, subject, predicate, object, valid_from: null, valid_to: null, former: false, negated: false,
    confidence: 0.8, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local', credibility: null, extractor: 'test', evidence: [], ...extra,
  };
}

export function event(type: EventRecord['type'], extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id: `v${counter++}`, type, date: null, place: null, participants: [], killed: null, injured: null, arrested: null,
    amount: null, confidence: 0.8, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local', extractor: 'test', evidence: [], ...extra,
  };
}

export function quoted(quote: string) {
  return [{ document: 'd', start: 0, end: quote.length, quote }];
}

let counter = 0;

export function predicted(parts: { entities: EntityRecord[]; claims?: ClaimRecord[]; events?: EventRecord[] }): Interchange {
  return { format: 'cellgraph/1', documents: [], entities: parts.entities, claims: parts.claims ?? [], events: parts.events ?? [] };
}
