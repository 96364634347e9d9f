/**
 * Crash safety: a writer process killed with SIGKILL in the middle of its
 * transactions must leave a store holding only whole documents (each with all its
 * entities, mentions, claims and events) that passes SQLite's integrity check.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cellgraph-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MENTIONS_PER_ENTITY = 40;

// The writer: one transaction per document, yielding to the event loop between
// writes so the kill lands inside a transaction, and announcing each commit.
const WRITER = `
const { openSqliteStore } = await import(process.env.CG_MODULE);
const store = await openSqliteStore(process.env.CG_DB);
const pause = () => new Promise((r) => setImmediate(r));
const N = ${MENTIONS_PER_ENTITY};
for (let i = 0; ; i++) {
  await store.transaction(async (tx) => {
    const parts = [];
    for (let k = 0; k < N; k++) parts.push('Group' + i + ' met Town' + i + ' today.');
    const text = parts.join(' ');
    const doc = 'doc_' + i;
    await tx.insertDocument({ id: doc, title: 'Report ' + i, source: null, published: null, sha256: 'sha' + i,
      marking: 'TLP:CLEAR', agency: 'local', media_type: 'text/plain', text, ingested_at: new Date().toISOString(), reliability: null });
    process.stdout.write('in ' + i + '\\n');
    const org = 'org_' + i, place = 'plc_' + i;
    await tx.insertEntity({ id: org, type: 'organization', subtype: null, name: 'Group' + i, aliases: [], lat: null, lon: null, attributes: {}, keys: ['group' + i] });
    await pause();
    await tx.insertEntity({ id: place, type: 'place', subtype: null, name: 'Town' + i, aliases: [], lat: null, lon: null, attributes: {}, keys: ['town' + i] });
    const spans = (word) => { const out = []; let at = -1; while ((at = text.indexOf(word, at + 1)) >= 0) out.push({ document: doc, start: at, end: at + word.length, text: word }); return out; };
    for (const m of spans('Group' + i + ' ')) { await tx.insertMentions(org, [{ ...m, end: m.end - 1, text: m.text.trim() }]); await pause(); }
    for (const m of spans('Town' + i + ' ')) { await tx.insertMentions(place, [{ ...m, end: m.end - 1, text: m.text.trim() }]); await pause(); }
    const ev = (k) => { const s = spans('Group' + i + ' ')[k]; return [{ document: doc, start: s.start, end: s.end - 1, quote: s.text.trim() }]; };
    for (const [k, predicate] of [[0, 'operates_in'], [1, 'based_in'], [2, 'supports']]) {
      const object = predicate === 'supports' ? org : place;
      await tx.insertClaim({ id: 'clm_' + i + '_' + k, subject: org, predicate, object, valid_from: null, valid_to: null,
        former: false, negated: false, confidence: 0.5, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local', credibility: null,
        extractor: 'crash@1', evidence: ev(k) });
      await pause();
    }
    await tx.insertEvent({ id: 'evt_' + i, type: 'attack', date: null, place, participants: [{ role: 'perpetrator', entity: org }],
      killed: null, injured: null, arrested: null, amount: null, confidence: 0.5, status: 'proposed', marking: 'TLP:CLEAR', agency: 'local',
      extractor: 'crash@1', evidence: ev(3) });
  });
  process.stdout.write('done ' + i + '\\n');
}
`;

interface Run {
  readonly committed: number;
  readonly startedLast: number;
}

/** Runs the writer until it is inside transaction number `target`, then kills it. */
function runAndKill(file: string, target: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER], {
      cwd: repoRoot,
      env: { ...process.env, CG_DB: file, CG_MODULE: pathToFileURL(path.join(here, 'sqlite-store.ts')).href },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let committed = -1;
    let startedLast = -1;
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer did not reach document ${target} in time: ${stderr.slice(0, 500)}`));
    }, 45_000);
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [what, num] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        if (what === 'done') committed = Number(num);
        if (what === 'in') {
          startedLast = Number(num);
          if (startedLast >= target) child.kill('SIGKILL');
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ committed, startedLast });
      else reject(new Error(`writer exited by itself (code ${code}): ${stderr.slice(0, 500)}`));
    });
  });
}

it('keeps only whole documents after the writer is killed mid-transaction', async () => {
  const file = path.join(dir, 'crash.db');
  const run = await runAndKill(file, 25);
  expect(run.committed).toBeGreaterThanOrEqual(24);

  const raw = new Database(file);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.pragma('foreign_key_check')).toEqual([]);
  raw.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"); // throws if the index drifted
  raw.close();

  const store = await openSqliteStore(file);
  const docs = await store.listDocuments();
  expect(docs.length).toBeGreaterThanOrEqual(run.committed + 1);
  expect(docs.length).toBeLessThanOrEqual(run.startedLast + 1);
  expect(docs.map((d) => d.id)).toEqual(docs.map((_, i) => `doc_${i}`));
  for (const d of docs) {
    const entities = await store.listEntities({ document: d.id });
    expect(entities.map((e) => e.mention_count), d.id).toEqual([MENTIONS_PER_ENTITY, MENTIONS_PER_ENTITY]);
    const claims = await store.listClaims({ document: d.id });
    expect(claims.map((c) => c.evidence.length), d.id).toEqual([1, 1, 1]);
    expect((await store.listEvents({ document: d.id })).length, d.id).toBe(1);
  }
  const stats = await store.stats();
  expect(stats.entities).toEqual({ organization: docs.length, place: docs.length });
  expect(Object.values(stats.claims).reduce((a, b) => a + b, 0)).toBe(3 * docs.length);
  await store.close();
}, 60_000);
