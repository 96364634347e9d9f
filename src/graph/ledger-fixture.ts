/**
 * A small builder for hand-made ledgers in tests of the graph and analysis stages:
 * entities by name, claims and events with sensible defaults (accepted, confidence
 * 0.8, one evidence quote), ids derived from a counter so tests stay readable.
 */
import type { PartialDate } from '../core/partial-date.js';
import type { ClaimRecord, EventRecord, Participant } from '../core/records.js';
import type { ClaimStatus, EntityType, EventType, Predicate, Role } from '../model/ontology.js';
import type { EntityLike, GraphInput } from './types.js';

export interface ClaimOptions {
  from?: PartialDate | null;
  to?: PartialDate | null;
  former?: boolean;
  negated?: boolean;
  status?: ClaimStatus;
  confidence?: number;
  doc?: string;
  quote?: string;
  id?: string;
}

export interface EventOptions {
  place?: string | null;
  killed?: number | null;
  injured?: number | null;
  arrested?: number | null;
  status?: ClaimStatus;
  doc?: string;
  quote?: string;
  id?: string;
}

export class LedgerFixture {
  readonly entities: EntityLike[] = [];
  readonly claims: ClaimRecord[] = [];
  readonly events: EventRecord[] = [];
  readonly documents: Array<{ id: string; published: PartialDate | null }> = [];
  private n = 0;

  entity(type: EntityType, name: string, subtype: string | null = null, aliases: string[] = []): string {
    const id = `${type.slice(0, 3)}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (!this.entities.some((e) => e.id === id)) this.entities.push({ id, type, subtype, name, aliases, lat: null, lon: null });
    return id;
  }
  org(name: string, subtype = 'militant_group'): string { return this.entity('organization', name, subtype); }
  person(name: string): string { return this.entity('person', name); }
  place(name: string, subtype = 'city'): string { return this.entity('place', name, subtype); }
  document(id: string, published: PartialDate | null): string { this.documents.push({ id, published }); return id; }

  claim(subject: string, predicate: Predicate, object: string, o: ClaimOptions = {}): string {
    const id = o.id ?? `c${++this.n}`;
    const quote = o.quote ?? `${subject} ${predicate} ${object}`;
    this.claims.push({
      id, subject, predicate, object, valid_from: o.from ?? null, valid_to: o.to ?? null,
      former: o.former ?? false, negated: o.negated ?? false, confidence: o.confidence ?? 0.8,
      status: o.status ?? 'accepted', marking: 'TLP:CLEAR', agency: 'local', credibility: null, extractor: 'test@1',
      evidence: [{ document: o.doc ?? 'doc1', start: 0, end: quote.length, quote }],
    });
    return id;
  }

  event(type: EventType, date: PartialDate | null, participants: Array<[Role, string]>, o: EventOptions = {}): string {
    const id = o.id ?? `ev${++this.n}`;
    const quote = o.quote ?? `${type} on ${date ?? 'an unknown date'}`;
    this.events.push({
      id, type, date, place: o.place ?? null,
      participants: participants.map(([role, entity]): Participant => ({ role, entity })),
      killed: o.killed ?? null, injured: o.injured ?? null, arrested: o.arrested ?? null, amount: null,
      confidence: 0.8, status: o.status ?? 'accepted', marking: 'TLP:CLEAR', agency: 'local', extractor: 'test@1',
      evidence: [{ document: o.doc ?? 'doc1', start: 0, end: quote.length, quote }],
    });
    return id;
  }

  input(): GraphInput {
    return { entities: this.entities, claims: this.claims, events: this.events, documents: this.documents };
  }
}

export function ledger(): LedgerFixture {
  return new LedgerFixture();
}
