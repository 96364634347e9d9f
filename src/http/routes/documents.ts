/**
 * Document routes: list, read with mentions, upload-and-ingest, and export.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { ingest } from '../../app/ingest.js';
import { exportLedger } from '../../app/exchange.js';
import { asMarking } from '../../model/vocabulary.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { SUPPORTED_EXTENSIONS } from '../../documents/index.js';

const id = z.object({ id: z.string().min(1).max(200) });

/** Parser failures of a broken multipart body are the client's error, not ours. */
function asClientError(e: unknown): never {
  const err = e as { code?: string; statusCode?: number; message?: string };
  if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413 || e instanceof WorkbenchError) throw e;
  throw new WorkbenchError('invalid_input', `malformed multipart body: ${String(err.message ?? e).split('\n')[0]}`);
}

export const documentRoutes: AnyRoute[] = [
  route({
    method: 'GET', access: 'read', url: '/api/documents', tag: 'documents', summary: 'List stored documents (without their text)',
    handler: async (_i, { ledger }) => ({ items: await ledger.listDocuments() }),
  }),
  route({
    method: 'GET', access: 'read', url: '/api/documents/{id}', tag: 'documents', summary: 'One document with its verbatim text, mentions, claims and events',
    params: id,
    handler: async ({ params }, { ledger }) => {
      const document = await ledger.getDocument(params.id);
      if (!document) throw new WorkbenchError('not_found', `no document "${params.id}"`);
      const entities = await ledger.listEntities({ document: document.id, limit: 10_000 });
      const mentions = [];
      for (const e of entities) {
        const full = await ledger.getEntity(e.id);
        for (const m of full?.mentions ?? []) {
          if (m.document === document.id) mentions.push({ ...m, entity: e.id, type: e.type, name: e.name });
        }
      }
      mentions.sort((a, b) => a.start - b.start);
      const [claims, events] = await Promise.all([
        ledger.listClaims({ document: document.id, limit: 10_000 }), ledger.listEvents({ document: document.id, limit: 10_000 }),
      ]);
      return { document, mentions, claims, events };
    },
  }),
  route({
    method: 'POST', url: '/api/documents', tag: 'documents', access: 'write', audit: 'ingest', consumes: 'multipart/form-data',
    summary: 'Upload reports (multipart field `file`, repeatable; optional fields `marking`, `published`) and ingest them',
    handler: async (_i, { ledger, viewer, request }) => {
      if (!request.isMultipart()) throw new WorkbenchError('invalid_input', 'expected a multipart/form-data upload');
      const dir = await mkdtemp(path.join(tmpdir(), 'cellgraph-upload-'));
      try {
        const files: string[] = [];
        const names = new Map<string, string>();
        let marking = 'TLP:CLEAR';
        let published: string | null = null;
        try {
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'marking') marking = String(part.value);
              if (part.fieldname === 'published' && String(part.value).trim()) published = String(part.value);
              continue;
            }
            // The client's file name is used only for its extension: no path from outside reaches the file system.
            const ext = path.extname(part.filename ?? '').toLowerCase();
            if (!SUPPORTED_EXTENSIONS.includes(ext)) {
              throw new WorkbenchError('unsupported', `unsupported file type "${ext || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
            }
            const target = path.join(dir, `upload-${files.length}${ext}`);
            await writeFile(target, await part.toBuffer());
            files.push(target);
            names.set(target, `upload:${(part.filename ?? '').split(/[\\/]/).pop() || 'unnamed'}`);
          }
        } catch (e) {
          asClientError(e);
        }
        if (files.length === 0) throw new WorkbenchError('invalid_input', 'no file in the upload (field "file")');
        const report = await ingest(ledger, files, {
          marking: asMarking(marking), agency: viewer.agency, published: published ? parsePartialDate(published) : null, sourceNames: names,
        });
        return { ingested: report.ingested, duplicates: report.duplicates.length };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  }),
  route({
    method: 'GET', url: '/api/export', tag: 'export', access: 'read', audit: 'export', summary: 'Export the ledger (or what one document supports) as cellgraph/1 JSON',
    query: z.object({ format: z.enum(['json']).default('json'), document: z.string().max(200).optional() }),
    handler: async ({ query }, { ledger }) => exportLedger(ledger, { document: query.document }),
  }),
];
