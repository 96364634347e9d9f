/**
 * Writes one read-and-extracted document into the ledger inside the caller's
 * transaction: the document, its entities (resolved against what is stored), their
 * mentions, and the claims and events with evidence quotes taken from the text.
 */
import type { LedgerTransaction } from '../store/store.js';
import type { Extraction, Span } from '../extraction/types.js';
import type { DocumentRecord, Evidence } from '../core/records.js';
import type { Marking } from '../model/ontology.js';
import { claimId, eventId } from './record-ids.js';
import { resolveEntities } from './resolve-entities.js';

export interface WriteSummary {
  readonly document: string;
  readonly newEntities: number;
  readonly matchedEntities: number;
  readonly claims: number;
  readonly events: number;
}

export async function writeExtraction(
  tx: LedgerTransaction,
  document: DocumentRecord,
  extraction: Extraction,
): Promise<WriteSummary> {
  await tx.insertDocument(document);
  const resolved = await resolveEntities(tx, document, extraction);

  const byEntity = new Map<string, Array<{ document: string; start: number; end: number; text: string }>>();
  for (const m of extraction.mentions) {
    const id = resolved.idByKey.get(m.entity);
    if (!id) continue;
    const list = byEntity.get(id) ?? [];
    list.push({ document: document.id, start: m.start, end: m.end, text: document.text.slice(m.start, m.end) });
    byEntity.set(id, list);
  }
  for (const [id, mentions] of byEntity) await tx.insertMentions(id, mentions);

  const evidence = (spans: readonly Span[]): Evidence[] =>
    spans.map((s) => ({ document: document.id, start: s.start, end: s.end, quote: document.text.slice(s.start, s.end) }));
  const marking: Marking = document.marking;

  let claims = 0;
  for (const c of extraction.claims) {
    const subject = resolved.idByKey.get(c.subject);
    const object = resolved.idByKey.get(c.object);
    if (!subject || !object || subject === object) continue;
    const start = c.evidence[0]?.start ?? 0;
    await tx.insertClaim({
      id: claimId({ document: document.id, subject, predicate: c.predicate, object, start, negated: c.negated }),
      subject, predicate: c.predicate, object,
      valid_from: c.valid_from, valid_to: c.valid_to, former: c.former, negated: c.negated,
      confidence: c.confidence, status: 'proposed', marking, agency: document.agency,
      credibility: null, extractor: c.extractor, evidence: evidence(c.evidence),
    });
    claims += 1;
  }

  let events = 0;
  for (const [ordinal, e] of extraction.events.entries()) {
    const participants = e.participants.flatMap((p) => {
      const entity = resolved.idByKey.get(p.entity);
      return entity ? [{ role: p.role, entity }] : [];
    });
    const start = e.evidence[0]?.start ?? 0;
    await tx.insertEvent({
      id: eventId({ document: document.id, type: e.type, start, date: e.date, ordinal }),
      type: e.type, date: e.date, place: e.place ? resolved.idByKey.get(e.place) ?? null : null,
      participants, killed: e.killed, injured: e.injured, arrested: e.arrested, amount: e.amount,
      confidence: e.confidence, status: 'proposed', marking, agency: document.agency, extractor: e.extractor, evidence: evidence(e.evidence),
    });
    events += 1;
  }

  return {
    document: document.id,
    newEntities: resolved.created,
    matchedEntities: resolved.matched,
    claims,
    events,
  };
}
