/**
 * Turns one document's extraction into a `cellgraph/1` file in memory, without a
 * store: local entity keys become entity ids, mentions are attached to their
 * entities, and evidence spans get their quotes from the text. Claims and event
 * references to keys the extraction did not define are dropped (and counted), so
 * the result always passes parseInterchange.
 */
import { LOCAL_AGENCY } from '../model/access.js';
import { hashId, sha256Hex } from '../core/ids.js';
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence } from '../core/records.js';
import type { PartialDate } from '../core/partial-date.js';
import type { Marking } from '../model/ontology.js';
import type { Extraction, Span } from '../extraction/types.js';
import type { Interchange } from '../interchange/types.js';
import { toInterchange } from '../interchange/to-interchange.js';

export interface DocumentInfo {
  readonly title?: string | null;
  readonly source?: string | null;
  readonly published?: PartialDate | null;
  readonly marking?: Marking;
  readonly media_type?: string;
  /** Fixed by default so that the conversion is deterministic. */
  readonly ingested_at?: string;
}

export interface Converted {
  readonly interchange: Interchange;
  /** References to undefined entity keys that had to be dropped, as "claim subject x" lines. */
  readonly dropped: readonly string[];
}

export function extractionToInterchange(text: string, extraction: Extraction, info: DocumentInfo = {}): Converted {
  const sha256 = sha256Hex(text);
  const marking = info.marking ?? 'TLP:CLEAR';
  const document: DocumentRecord = {
    id: hashId('doc', sha256), title: info.title ?? null, source: info.source ?? null,
    published: info.published ?? null, sha256, marking, agency: LOCAL_AGENCY, media_type: info.media_type ?? 'text/plain',
    text, ingested_at: info.ingested_at ?? '1970-01-01T00:00:00.000Z', reliability: null,
  };
  const evidence = (spans: readonly Span[]): Evidence[] => spans
    .filter((s) => s.start >= 0 && s.end >= s.start && s.end <= text.length)
    .map((s) => ({ document: document.id, start: s.start, end: s.end, quote: text.slice(s.start, s.end) }));

  const known = new Set(extraction.entities.map((e) => e.key));
  const entities: EntityRecord[] = extraction.entities.map((e) => ({
    id: e.key, type: e.type, subtype: e.subtype, name: e.name, aliases: e.aliases, lat: e.lat, lon: e.lon,
    attributes: e.attributes,
    mentions: extraction.mentions
      .filter((m) => m.entity === e.key && m.start >= 0 && m.end >= m.start && m.end <= text.length)
      .map((m) => ({ document: document.id, start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
  }));

  const dropped: string[] = [];
  const claims: ClaimRecord[] = [];
  extraction.claims.forEach((c, i) => {
    const missing = [c.subject, c.object].filter((k) => !known.has(k));
    if (missing.length > 0) { dropped.push(`claim ${c.predicate}: unknown entity ${missing.join(', ')}`); return; }
    claims.push({
      id: hashId('clm', document.id, i, c.subject, c.predicate, c.object),
      subject: c.subject, predicate: c.predicate, object: c.object,
      valid_from: c.valid_from, valid_to: c.valid_to, former: c.former, negated: c.negated,
      confidence: c.confidence, status: 'proposed', marking, agency: LOCAL_AGENCY, credibility: null, extractor: c.extractor,
      evidence: evidence(c.evidence),
    });
  });

  const events: EventRecord[] = extraction.events.map((e, i) => {
    if (e.place !== null && !known.has(e.place)) dropped.push(`event ${e.type}: unknown place ${e.place}`);
    for (const p of e.participants) if (!known.has(p.entity)) dropped.push(`event ${e.type}: unknown participant ${p.entity}`);
    return {
      id: hashId('evt', document.id, i, e.type), type: e.type, date: e.date,
      place: e.place !== null && known.has(e.place) ? e.place : null,
      participants: e.participants.filter((p) => known.has(p.entity)).map((p) => ({ role: p.role, entity: p.entity })),
      killed: e.killed, injured: e.injured, arrested: e.arrested, amount: e.amount,
      confidence: e.confidence, status: 'proposed', marking, agency: LOCAL_AGENCY, extractor: e.extractor, evidence: evidence(e.evidence),
    };
  });
  return { interchange: toInterchange({ documents: [document], entities, claims, events }), dropped };
}
