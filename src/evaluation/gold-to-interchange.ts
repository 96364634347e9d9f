/**
 * A gold file read as if it were a prediction: every gold entity, relation and event
 * becomes a predicted one, with mentions and evidence located in the document text.
 * Scoring it must give 1.0 everywhere, which guards the matcher against rules that
 * would fail even a perfect extractor; it also exercises the interchange validator
 * on real documents.
 */
import { LOCAL_AGENCY } from '../model/access.js';
import { hashId, sha256Hex } from '../core/ids.js';
import type { ClaimRecord, EntityRecord, EventRecord, Evidence, Mention } from '../core/records.js';
import type { Interchange } from '../interchange/types.js';
import { toInterchange } from '../interchange/to-interchange.js';
import type { Gold } from './gold.js';

export function goldToInterchange(gold: Gold, text: string): Interchange {
  const sha256 = sha256Hex(text);
  const doc = hashId('doc', sha256);
  const evidence = (quote: string | undefined): Evidence[] => {
    // Hand-written quotes may skip text with "..."; the longest piece that occurs verbatim stands for it.
    const pieces = (quote ?? '').split(/\.{3}|…/).map((s) => s.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
    for (const piece of pieces) {
      const at = text.indexOf(piece);
      if (at >= 0) return [{ document: doc, start: at, end: at + piece.length, quote: piece }];
    }
    return [];
  };
  const entities: EntityRecord[] = gold.entities.map((e) => {
    const mentions: Mention[] = [];
    for (const n of new Set([e.name, ...e.aliases])) {
      const at = text.indexOf(n);
      if (at >= 0) mentions.push({ document: doc, start: at, end: at + n.length, text: n });
    }
    return {
      id: `gold:${e.id}`, type: e.type, subtype: e.subtype ?? null, name: e.name, aliases: e.aliases,
      lat: null, lon: null, attributes: {}, mentions,
    };
  });
  const claims: ClaimRecord[] = gold.relations.map((r, i) => ({
    id: hashId('clm', doc, i), subject: `gold:${r.subject}`, predicate: r.predicate, object: `gold:${r.object}`,
    valid_from: r.valid_from ?? null, valid_to: r.valid_to ?? null, former: r.former, negated: r.negated,
    confidence: 1, status: 'accepted', marking: 'TLP:CLEAR', agency: LOCAL_AGENCY, credibility: null, extractor: 'gold', evidence: evidence(r.quote),
  }));
  const events: EventRecord[] = gold.events.map((e, i) => ({
    id: hashId('evt', doc, i), type: e.type, date: e.date ?? null, place: e.place ? `gold:${e.place}` : null,
    participants: e.participants.map((p) => ({ role: p.role, entity: `gold:${p.entity}` })),
    killed: e.killed ?? null, injured: e.injured ?? null, arrested: e.arrested ?? null, amount: null,
    confidence: 1, status: 'accepted', marking: 'TLP:CLEAR', agency: LOCAL_AGENCY, extractor: 'gold', evidence: evidence(e.quote),
  }));
  return toInterchange({
    documents: [{
      id: doc, title: gold.title ?? null, source: gold.document, published: gold.published ?? null, sha256,
      marking: 'TLP:CLEAR', agency: LOCAL_AGENCY, media_type: 'text/plain', text, ingested_at: '1970-01-01T00:00:00.000Z', reliability: null,
    }],
    entities, claims, events,
  });
}
