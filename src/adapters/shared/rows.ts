/**
 * Row shapes and row-to-record mappings that both engines share: the SQL they run
 * differs (placeholders, types), the columns they read and the records they build
 * do not, so those live here once.
 */
import type { DocumentRecord, Evidence, EventRecord, Participant } from '../../core/records.js';
import type { ClaimStatus, EventType, Marking, Reliability } from '../../model/ontology.js';
import type { DocumentSummary } from '../../store/store.js';

export interface DocumentRow {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  sha256: string;
  marking: string;
  agency: string;
  media_type: string;
  text_length: number;
  ingested_at: string;
  reliability: string | null;
  text?: string;
}

export const DOCUMENT_SUMMARY_COLUMNS = 'id, title, source, published, sha256, marking, agency, media_type, text_length, ingested_at, reliability';

export function documentSummaryOf(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    published: r.published,
    sha256: r.sha256,
    marking: r.marking as Marking,
    agency: r.agency,
    media_type: r.media_type,
    ingested_at: r.ingested_at,
    reliability: r.reliability as Reliability | null,
    length: r.text_length,
  };
}

/** A row read with `DOCUMENT_SUMMARY_COLUMNS, text`. */
export function documentRecordOf(r: DocumentRow): DocumentRecord {
  const { length: _length, ...rest } = documentSummaryOf(r);
  return { ...rest, text: r.text! };
}

export interface EventRow {
  seq: number;
  id: string;
  type: string;
  date: string | null;
  place: string | null;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
  amount_value: number | null;
  amount_unit: string | null;
  confidence: number;
  status: string;
  marking: string;
  agency: string;
  extractor: string;
}

/** Events with their place resolved to its canonical entity; callers add WHERE/ORDER. */
export const EVENT_SELECT = `
  SELECT v.seq, v.id, v.type, v.date, p.canonical AS place, v.killed, v.injured, v.arrested,
         v.amount_value, v.amount_unit, v.confidence, v.status, v.marking, v.agency, v.extractor
  FROM events v LEFT JOIN entities p ON p.id = v.place`;

export function eventRecordOf(r: EventRow, participants: readonly Participant[], evidence: readonly Evidence[]): EventRecord {
  return {
    id: r.id,
    type: r.type as EventType,
    date: r.date,
    place: r.place,
    participants: [...participants],
    killed: r.killed,
    injured: r.injured,
    arrested: r.arrested,
    amount: r.amount_value === null ? null : { value: r.amount_value, unit: r.amount_unit ?? '' },
    confidence: r.confidence,
    status: r.status as ClaimStatus,
    marking: r.marking as Marking,
    agency: r.agency,
    extractor: r.extractor,
    evidence: [...evidence],
  };
}
