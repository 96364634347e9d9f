/**
 * The brief end to end on the fixture ledger: sections present, every statement
 * footnoted, every footnote quoting the stored text exactly, disputes with both sides,
 * the marking banner, and a real PDF printed by Chromium.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scratch } from '../cli/helpers.js';
import { fixtureLedger } from '../cli/fixture-ledger.js';
import { openStore } from '../../src/app/open-store.js';
import { storeConfig } from '../../src/app/config.js';
import { makeBrief, renderBrief } from '../../src/app/brief.js';
import { allStatements, renderHtml, renderMarkdown, type Brief } from '../../src/report/index.js';
import { registerBrief } from '../../src/cli/commands/brief.js';
import { bufferIo } from '../../src/cli/io.js';

const tmp = scratch();
const db = path.join(tmp.dir, 'brief.db');
const ledger = fixtureLedger();
const docText = new Map(ledger.documents.map((d) => [d.id, d.text]));

async function brief(options: Parameters<typeof makeBrief>[1] = {}): Promise<Brief> {
  const store = await openStore(storeConfig({ db }));
  try { return await makeBrief(store, options); } finally { await store.close(); }
}

function assertSourced(b: Brief): void {
  const statements = allStatements(b);
  expect(statements.length).toBeGreaterThan(0);
  for (const s of statements) {
    expect(s.notes.length, s.text).toBeGreaterThan(0);
    expect(s.claims.length + s.events.length, s.text).toBeGreaterThan(0);
    for (const n of s.notes) expect(b.footnotes[n - 1]?.n).toBe(n);
  }
  for (const f of b.footnotes) expect(f.quote).toBe(docText.get(f.document)!.slice(f.start, f.end));
}

beforeAll(async () => {
  const file = path.join(tmp.dir, 'ledger.json');
  writeFileSync(file, JSON.stringify(ledger));
  expect((await cli('import', file, '--db', db)).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('brief', () => {
  it('builds a theatre brief whose every statement is footnoted with exact quotes', async () => {
    const b = await brief();
    expect(b.title).toBe('Theatre brief');
    assertSourced(b);
    expect(b.leadership.map((s) => s.text)).toEqual([
      'Hafiz Saeed Khan was leader of Islamic State Khorasan Province (from 2015-01).',
      'Hafiz Saeed Khan was killed in Nangarhar (2016-07-26).',
    ]);
    const fig = Object.fromEntries(b.figures.map((f) => [f.label, f.value]));
    expect(fig['Incidents']).toBe(2); // the killing, and the Quetta bombing counted once
    expect(fig['Killed']).toBe(70); // the lower of the disputed 70 and 74
    expect(b.network.nodes.length).toBeGreaterThanOrEqual(5);
    expect(b.provinces.reduce((n, r) => n + r.killed, 0)).toBe(70);
    expect(b.disputes.map((d) => d.text)).toContain(
      'Islamic State operates in Pakistan: asserted by 1 claim(s), denied by 1');
  });

  it('shows disputed casualty counts with both quotes, and the denial', async () => {
    const b = await brief();
    const counts = b.disputes.find((d) => d.sides.some((s) => s.text.includes('70')));
    expect(counts).toBeDefined();
    const quotes = counts!.sides.flatMap((s) => s.notes.map((n) => b.footnotes[n - 1]!.quote));
    expect(quotes.some((q) => q.includes('killed 70 people'))).toBe(true);
    expect(quotes.some((q) => q.includes('killed 74 people'))).toBe(true);
    expect(b.disputes.some((d) => d.sides.some((s) => s.text.includes('denied')))).toBe(true);
    const md = renderMarkdown(b);
    expect(md).toContain('killed 70 people');
    expect(md).toContain('killed 74 people');
  });

  it('limits a topic brief to its 2-hop neighbourhood and lists changes since a date', async () => {
    const b = await brief({ topic: 'ent_jua', since: '2014-01', asOf: '2014-12' });
    expect(b.title).toBe('Jamaat-ul-Ahrar');
    assertSourced(b);
    const ids = b.network.nodes.map((n) => n.id);
    expect(ids).toContain('ent_ttp');
    expect(ids).not.toContain('ent_quetta');
    expect(b.changes.map((c) => c.text)).toEqual(['Jamaat-ul-Ahrar split from Tehreek-e-Taliban Pakistan (2014-08).']);
    expect(b.incidents).toEqual([]);
    const md = renderMarkdown(b);
    expect(md).toContain('## What changed since 2014-01');
    expect(md).toMatch(/split from Tehreek-e-Taliban Pakistan \(2014-08\)\.\[\d+\]/);
  });

  it('leaves out what was not yet true as of a date, and proposed claims unless asked', async () => {
    const early = await brief({ asOf: '2014-12' });
    expect(early.leadership).toEqual([]);
    const proposed = await brief({ includeProposed: true });
    expect(proposed.leadership.some((s) => s.text.startsWith('Abdul Hasib'))).toBe(true);
    expect((await brief()).leadership.some((s) => s.text.startsWith('Abdul Hasib'))).toBe(false);
  });

  it('renders self-contained HTML with the marking banner top and bottom and an inline SVG', async () => {
    const html = renderHtml(await brief());
    expect(html.match(/class="marking (top|bottom)"[^>]*>TLP:CLEAR</g)).toHaveLength(2);
    expect(html).toContain('<svg');
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('<h2>Disputed points</h2>');
  });

  it('runs as a command writing Markdown to a file', async () => {
    const program = new Command().exitOverride();
    const io = bufferIo();
    registerBrief(program, io);
    const out = path.join(tmp.dir, 'brief.md');
    await program.parseAsync(['node', 'cellgraph', 'brief', '--db', db, '--topic', 'Khorasan Province', '--format', 'md', '--out', out]);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Islamic State Khorasan Province');
    expect(md).toContain('## Sources');
    expect(io.stdout.join('')).toContain('wrote');
  });

  const skipPdf = !existsSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium') && !process.env['CI'];
  it.skipIf(skipPdf)('prints a PDF with Chromium', async () => {
    const pdf = await renderBrief(await brief(), 'pdf') as Buffer;
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
