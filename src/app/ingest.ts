/**
 * The ingest use case: read every input, extract, then write each document in its
 * own transaction. Reading and extraction of all inputs happen before the first
 * write, so a bad input named on the command line stops the command with the store
 * untouched; a crash during the writes leaves whole documents only, and running the
 * same command again adds the rest (documents already stored are recognised by the
 * sha256 of their bytes).
 */
import { LOCAL_AGENCY } from '../model/access.js';
import { readDocument, listInputs } from '../documents/index.js';
import type { ReadDocument } from '../documents/index.js';
import { extract } from '../extraction/pipeline.js';
import type { Extraction } from '../extraction/types.js';
import type { Ledger } from '../store/store.js';
import type { Marking, Reliability } from '../model/ontology.js';
import type { PartialDate } from '../core/partial-date.js';
import { isWorkbenchError, oneLine, WorkbenchError } from '../core/errors.js';
import { documentId } from './record-ids.js';
import { writeExtraction, type WriteSummary } from './write-extraction.js';

export interface IngestOptions {
  readonly marking: Marking;
  /** Owner of the ingested records; the local agency when not given. */
  readonly agency?: string;
  readonly published?: PartialDate | null;
  readonly title?: string | null;
  readonly reliability?: Reliability | null;
  /** Display names for inputs whose path means nothing to the user (uploads). */
  readonly sourceNames?: ReadonlyMap<string, string>;
  /** Skip unreadable files with a warning instead of stopping. */
  readonly keepGoing?: boolean;
  readonly now?: () => string;
}

export interface IngestProgress {
  phase(name: 'read' | 'write', total: number): void;
  tick(label: string): void;
  warn(message: string): void;
}

export interface IngestReport {
  readonly ingested: WriteSummary[];
  readonly duplicates: string[];
  readonly skipped: Array<{ path: string; reason: string }>;
}

interface Prepared {
  readonly read: ReadDocument;
  readonly extraction: Extraction;
}

const silent: IngestProgress = { phase: () => {}, tick: () => {}, warn: () => {} };

export async function ingest(
  store: Ledger,
  paths: readonly string[],
  options: IngestOptions,
  progress: IngestProgress = silent,
): Promise<IngestReport> {
  const { files, skipped } = await listInputs([...paths]);
  const skippedAll = [...skipped];
  const named = new Set(paths);
  for (const s of skipped) {
    // A file the user named explicitly is an error; files found in a directory are warnings.
    if (named.has(s.path) && !options.keepGoing) throw new WorkbenchError('unsupported', `${s.path}: ${s.reason}`);
    progress.warn(`skipped ${s.path}: ${s.reason}`);
  }
  if (files.length > 1 && (options.title)) {
    throw new WorkbenchError('invalid_input', '--title applies to one document; give a single file');
  }

  const prepared: Prepared[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  progress.phase('read', files.length);
  for (const file of files) {
    progress.tick(file);
    let read: ReadDocument;
    try {
      read = await readDocument(file);
    } catch (e) {
      if (!options.keepGoing) throw e;
      skippedAll.push({ path: file, reason: oneLine(e) });
      progress.warn(`skipped ${file}: ${oneLine(e)}`);
      continue;
    }
    if (seen.has(read.sha256) || (await store.findDocumentBySha(read.sha256))) {
      duplicates.push(file);
      continue;
    }
    seen.add(read.sha256);
    const published = options.published ?? read.published;
    prepared.push({ read: { ...read, published, title: options.title ?? read.title }, extraction: extract(read.text, { published }) });
  }

  const ingested: WriteSummary[] = [];
  progress.phase('write', prepared.length);
  const now = options.now ?? (() => new Date().toISOString());
  for (const { read, extraction } of prepared) {
    progress.tick(read.source);
    const doc = {
      id: documentId(read.sha256),
      title: read.title,
      source: options.sourceNames?.get(read.source) ?? read.source,
      published: read.published,
      sha256: read.sha256,
      marking: options.marking,
      agency: options.agency ?? LOCAL_AGENCY,
      media_type: read.media_type,
      text: read.text,
      ingested_at: now(),
      reliability: options.reliability ?? null,
    };
    // Another process may store the same document meanwhile: checked again inside the
    // transaction, and a lost race on the unique sha256 counts as a duplicate.
    const summary = await store.transaction(async (tx) => ((await tx.findDocumentBySha(read.sha256)) ? null : writeExtraction(tx, doc, extraction)))
      .catch(async (e: unknown) => {
        if (isWorkbenchError(e) && e.code === 'conflict' && (await store.findDocumentBySha(read.sha256))) return null;
        throw e;
      });
    if (summary === null) {
      duplicates.push(read.source);
      continue;
    }
    ingested.push(summary);
  }
  return { ingested, duplicates, skipped: skippedAll };
}
