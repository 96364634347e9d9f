/**
 * The foundation workflow end to end through the CLI: ingest the example reports,
 * list and show what was found, search, export, import into an empty store and
 * export again (lossless), re-ingest (adds nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { cli, cliProcess, REPO, scratch } from './helpers.js';

const tmp = scratch();
const db = path.join(tmp.dir, 'demo.db');
const examples = path.join(REPO, 'examples/reports');

describe('ingest → query → export → import', () => {
  beforeAll(async () => {
    const r = await cli('ingest', examples, '--db', db);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('stores every example report with entities, claims and events', async () => {
    const r = await cli('stats', '--db', db, '--json');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.documents).toBeGreaterThanOrEqual(3);
    expect(stats.entities.organization).toBeGreaterThan(5);
    expect(stats.entities.person).toBeGreaterThan(3);
    expect(stats.entities.place).toBeGreaterThan(3);
    expect(Object.values(stats.claims as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(Object.values(stats.events as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
  });

  it('re-ingesting the same content adds nothing', async () => {
    const before = JSON.parse((await cli('stats', '--db', db, '--json')).stdout);
    const r = await cli('ingest', examples, '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested 0 document/);
    expect(JSON.parse((await cli('stats', '--db', db, '--json')).stdout)).toEqual(before);
  });

  it('lists entities and shows one with aliases, claims and quotes', async () => {
    const list = JSON.parse((await cli('entities', '--db', db, '--json', '--type', 'organization')).stdout);
    expect(list.length).toBeGreaterThan(0);
    const top = list[0];
    const shown = await cli('show', top.name, '--db', db, '--json');
    expect(shown.code).toBe(0);
    const { entity, claims } = JSON.parse(shown.stdout);
    expect(entity.id).toBe(top.id);
    for (const c of claims) for (const ev of c.evidence) expect(ev.quote.length).toBeGreaterThan(0);
    const text = await cli('show', top.name, '--db', db);
    expect(text.stdout).toContain(top.name);
  });

  it('filters claims by status and predicate and rejects unknown ones', async () => {
    const proposed = JSON.parse((await cli('claims', '--db', db, '--status', 'proposed', '--json')).stdout);
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((c: { status: string }) => c.status === 'proposed')).toBe(true);
    const bad = await cli('claims', '--db', db, '--predicate', 'likes');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('searches full text', async () => {
    const r = await cli('search', 'Taliban', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    const odd = await cli('search', '"AND OR*', '--db', db, '--json');
    expect(odd.code).toBe(0);
  });

  it('round-trips the ledger losslessly through cellgraph/1 JSON', async () => {
    const first = path.join(tmp.dir, 'first.json');
    const second = path.join(tmp.dir, 'second.json');
    expect((await cli('export', '--db', db, '--format', 'json', '--out', first)).code).toBe(0);
    const data = JSON.parse(readFileSync(first, 'utf8'));
    expect(data.format).toBe('cellgraph/1');
    for (const c of data.claims) {
      for (const ev of c.evidence) {
        const doc = data.documents.find((d: { id: string }) => d.id === ev.document);
        expect(doc.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    const copy = path.join(tmp.dir, 'copy.db');
    const imported = await cli('import', first, '--db', copy);
    expect(imported.code).toBe(0);
    expect((await cli('export', '--db', copy, '--format', 'json', '--out', second)).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('exports what one document supports', async () => {
    const docs = JSON.parse((await cli('export', '--db', db)).stdout).documents;
    const one = JSON.parse((await cli('export', '--db', db, '--document', docs[0].id)).stdout);
    expect(one.documents.map((d: { id: string }) => d.id)).toEqual([docs[0].id]);
    for (const c of one.claims) expect(c.evidence.every((e: { document: string }) => e.document === docs[0].id)).toBe(true);
  });

  it('runs as a real process through the bin entry', () => {
    const r = cliProcess(['stats', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/documents\s+\d+/);
    const help = cliProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('ingest');
  });
});
