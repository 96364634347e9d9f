/**
 * A simulated ingest for the concurrency tests, runnable in-process or as a child
 * process (`node --import tsx test-writer.ts URL WRITER COUNT`). Every writer's
 * documents name the same actors, and every writer resolves names the way ingest
 * does (look the key up, create the entity with an id derived from the creating
 * document when nothing is found), so racing writers would create duplicates if the
 * store let them.
 */
import { pathToFileURL } from 'node:url';
import { isWorkbenchError } from '../../core/errors.js';
import { hashId, sha256Hex } from '../../core/ids.js';
import type { DocumentRecord } from '../../core/records.js';
import type { Store } from '../../store/store.js';
import { openPostgresStore } from './postgres-store.js';

export const ACTORS = ['Lashkar-e-Jhangvi', 'Tehrik-i-Taliban Pakistan', 'Jamaat-ul-Ahrar', 'Usman Kurd', 'Quetta', 'Mastung'];
const SHARED_TEXT = `Shared bulletin: ${ACTORS.join(', ')}.`;

function document(text: string): DocumentRecord {
  const sha256 = sha256Hex(text);
  return {
    id: hashId('doc', sha256), title: null, source: null, published: '2014-09', sha256, text,
    marking: 'TLP:CLEAR', agency: 'local', media_type: 'text/plain', ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  };
}

export function writerDocument(writer: number, i: number): DocumentRecord {
  return document(`Report ${writer}-${i}: ${ACTORS.join(' and ')} were named.`);
}

async function ingest(store: Store, doc: DocumentRecord): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.insertDocument(doc);
    const ids: string[] = [];
    for (const name of ACTORS) {
      const key = name.toLowerCase();
      const found = await tx.findEntitiesByKeys([key]);
      let id = found[0]?.id;
      if (id === undefined) {
        id = hashId('ent', doc.id, key);
        await tx.insertEntity({ id, type: 'organization', subtype: null, name, aliases: [], lat: null, lon: null, attributes: {}, keys: [key] });
      }
      const start = doc.text.indexOf(name);
      await tx.insertMentions(id, [{ document: doc.id, start, end: start + name.length, text: name }]);
      ids.push(id);
    }
    const quote = (name: string) => {
      const start = doc.text.indexOf(name);
      return { document: doc.id, start, end: start + name.length, quote: name };
    };
    const claim = (id: string) => ({
      id, subject: ids[0]!, predicate: 'operates_in' as const, object: ids[4]!, valid_from: '2014-09', valid_to: null,
      former: false, negated: false, confidence: 0.5, status: 'proposed' as const, marking: 'TLP:CLEAR' as const, agency: 'local',
      credibility: null, extractor: 'test/writer@1', evidence: [quote(ACTORS[0]!)],
    });
    await tx.insertClaim(claim(hashId('clm', doc.id)));
    await tx.insertClaim(claim('clm_everyone')); // the same claim from every writer: stored once
  });
}

/** Ingests `count` own documents plus the shared one; says whether the shared one was ours. */
export async function runWriter(store: Store, writer: number, count: number): Promise<{ shared: boolean }> {
  let shared = false;
  for (let i = 0; i < count; i++) {
    if (i === Math.floor(count / 2)) {
      try {
        await ingest(store, document(SHARED_TEXT));
        shared = true;
      } catch (e) {
        if (!isWorkbenchError(e) || e.code !== 'conflict') throw e;
      }
    }
    await ingest(store, writerDocument(writer, i));
  }
  return { shared };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, writer, count] = process.argv.slice(2);
  const store = await openPostgresStore(url!);
  try {
    process.stdout.write(`${JSON.stringify(await runWriter(store, Number(writer), Number(count)))}\n`);
  } finally {
    await store.close();
  }
}
