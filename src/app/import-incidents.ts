/**
 * The dataset import use case (`cellgraph import FILE.csv --format gtd|acled|ucdp`):
 * one transaction per file. The file becomes a document whose text is the CSV verbatim,
 * each good row an event whose evidence is that row's exact line, and actors and places
 * are resolved against the store the same way report extraction resolves them.
 * A file already stored (same sha256) imports nothing.
 */
import { LOCAL_AGENCY } from '../model/access.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { WorkbenchError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';
import type { DocumentRecord, EventRecord, Mention } from '../core/records.js';
import type { Marking, Reliability } from '../model/ontology.js';
import type { Ledger, LedgerQueries, LedgerTransaction } from '../store/store.js';
import type { LayoutName } from '../datasets/incident.js';
import { eventTypeOf } from '../datasets/event-type.js';
import { LAYOUTS } from '../datasets/layouts/index.js';
import { LocalEntities, type IncidentRefs } from '../datasets/local-entities.js';
import { parseIncidents, type ParsedIncident, type RowProblem } from '../datasets/parse.js';
import { exportIncidents } from '../datasets/export.js';
import { sourceRowReader, type SourceRowReader } from '../datasets/source-rows.js';
import type { EventFilter } from '../store/store.js';
import { documentId, eventId } from './record-ids.js';
import { resolveEntities, type Resolved } from './resolve-entities.js';
import type { ExtractedEntity } from '../extraction/types.js';

export interface ImportIncidentsOptions {
  readonly marking: Marking;
  /** Owner of the imported records; the local agency when not given. */
  readonly agency?: string;
  readonly reliability?: Reliability | null;
  readonly title?: string | null;
  /** How the file is named in the ledger (defaults to the path as given). */
  readonly sourceName?: string;
  readonly now?: () => string;
}

export interface ImportIncidentsReport {
  readonly layout: LayoutName;
  /** The dataset document's id, or null when the file was already stored. */
  readonly document: string | null;
  readonly duplicate: boolean;
  readonly rows: number;
  readonly events: number;
  readonly newEntities: number;
  readonly matchedEntities: number;
  readonly problems: readonly RowProblem[];
}

/** Confidence of events from curated datasets: coded by people, but still one source. */
const DATASET_CONFIDENCE = 0.9;

export async function importIncidents(
  store: Ledger,
  file: string,
  layout: LayoutName | null,
  options: ImportIncidentsOptions,
): Promise<ImportIncidentsReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new WorkbenchError('not_found', `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = bytes.toString('utf8');
  const parsed = parseIncidents(text, layout);
  const def = LAYOUTS[parsed.layout];
  if (parsed.incidents.length === 0) {
    const first = parsed.problems[0];
    throw new WorkbenchError('invalid_input', `${file}: no readable ${def.label} rows`
      + (first ? ` (${parsed.problems.length} malformed; line ${first.line}: ${first.reason})` : ''));
  }
  const sha256 = sha256Hex(bytes);
  const base = { layout: parsed.layout, rows: parsed.incidents.length + parsed.problems.length, problems: parsed.problems };
  const none = { ...base, document: null, duplicate: true, events: 0, newEntities: 0, matchedEntities: 0 };
  if (await store.findDocumentBySha(sha256)) return none;

  const document: DocumentRecord = {
    id: documentId(sha256),
    title: options.title ?? `${def.label}: ${path.basename(file)}`,
    source: options.sourceName ?? file,
    published: null,
    sha256,
    marking: options.marking,
    agency: options.agency ?? LOCAL_AGENCY,
    media_type: 'text/csv',
    text,
    ingested_at: (options.now ?? (() => new Date().toISOString()))(),
    reliability: options.reliability ?? null,
  };
  return store.transaction(async (tx) => {
    if (await tx.findDocumentBySha(sha256)) return none;
    await tx.insertDocument(document);
    const written = await writeIncidents(tx, document, parsed.incidents, def.extractor);
    return { ...base, document: document.id, duplicate: false, ...written };
  });
}

async function writeIncidents(
  tx: LedgerTransaction, document: DocumentRecord, incidents: readonly ParsedIncident[], extractor: string,
): Promise<{ events: number; newEntities: number; matchedEntities: number }> {
  const local = new LocalEntities();
  const refs: IncidentRefs[] = incidents.map((p) => local.refsOf(p.incident));
  const resolved = await resolveEach(tx, document, local.entities());
  const idOf = (key: string) => resolved.idByKey.get(key) ?? null;

  const mentions = new Map<string, Mention[]>();
  const mention = (entity: string, row: ParsedIncident, name: string) => {
    const at = document.text.slice(row.start, row.end).indexOf(name);
    if (at < 0) return;
    const start = row.start + at;
    const list = mentions.get(entity) ?? [];
    list.push({ document: document.id, start, end: start + name.length, text: name });
    mentions.set(entity, list);
  };

  for (const [ordinal, row] of incidents.entries()) {
    const r = refs[ordinal]!;
    const place = r.place ? idOf(r.place.key) : null;
    if (place && r.place) mention(place, row, r.place.text);
    const participants = r.participants.flatMap((p) => {
      const entity = idOf(p.key);
      if (!entity) return [];
      mention(entity, row, p.text);
      return [{ role: p.role, entity }];
    });
    const i = row.incident;
    const type = eventTypeOf(i);
    const event: EventRecord = {
      id: eventId({ document: document.id, type, start: row.start, date: i.date, ordinal }),
      type, date: i.date, place, participants,
      killed: i.killed, injured: i.injured, arrested: null, amount: null,
      confidence: DATASET_CONFIDENCE, status: 'proposed', marking: document.marking, agency: document.agency, extractor,
      evidence: [{ document: document.id, start: row.start, end: row.end, quote: document.text.slice(row.start, row.end) }],
    };
    await tx.insertEvent(event);
  }
  for (const [entity, list] of mentions) await tx.insertMentions(entity, dedupe(list));
  return { events: incidents.length, newEntities: resolved.created, matchedEntities: resolved.matched };
}

/**
 * Resolves each local entity on its own. A dataset's distinct actor names are distinct
 * actors by the dataset's own coding, so they must not be merged with one another by
 * fuzzy matching ("Lashkar of Akakhel tribe" is not "Lashkar of Zakakhel tribe");
 * each is still matched against stored entities by key and gazetteer id.
 */
async function resolveEach(tx: LedgerTransaction, document: DocumentRecord, entities: readonly ExtractedEntity[]): Promise<Resolved> {
  const idByKey = new Map<string, string>();
  let created = 0;
  let matched = 0;
  for (const e of entities) {
    const r = await resolveEntities(tx, document, { entities: [e], mentions: [], claims: [], events: [] });
    for (const [k, id] of r.idByKey) idByKey.set(k, id);
    created += r.created;
    matched += r.matched;
  }
  return { idByKey, created, matched };
}

function dedupe(list: Mention[]): Mention[] {
  const seen = new Set<number>();
  return list.filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true)));
}

/**
 * `cellgraph export --format gtd|acled|ucdp`: every event (or those the filter selects)
 * as dataset CSV. Events imported from a dataset are re-read from their stored row, so
 * summaries, attack types and dataset-specific columns survive the round trip.
 */
export async function exportStoredIncidents(
  store: LedgerQueries, layout: LayoutName, filter: Omit<EventFilter, 'limit' | 'offset'> = {},
): Promise<string> {
  const events = await store.listEvents({ ...filter });
  const entities = await store.listEntities();
  const readers = new Map<string, SourceRowReader | null>();
  for (const e of events) {
    const ev = e.evidence[0];
    if (!e.extractor.startsWith('dataset:') || !ev || readers.has(ev.document)) continue;
    const doc = await store.getDocument(ev.document);
    readers.set(ev.document, doc && doc.media_type === 'text/csv' ? sourceRowReader(doc.text) : null);
  }
  return exportIncidents(events, entities, layout, {
    original: (e) => {
      const ev = e.evidence[0];
      const read = ev && e.extractor.startsWith('dataset:') ? readers.get(ev.document) : null;
      return read ? read(ev!.start, ev!.end) : null;
    },
  });
}
