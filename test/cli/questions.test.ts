/**
 * The graph questions and curation commands over a small hand-built ledger:
 * as-of projection, paths with evidence, rank, timeline, changes, disputes, exports,
 * merge/unmerge/split/rename and review actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { cli, REPO, scratch } from './helpers.js';
import { fixtureLedger } from './fixture-ledger.js';

const tmp = scratch();
const db = path.join(tmp.dir, 'q.db');
const run = (...args: string[]) => cli(...args, '--db', db);
const jsonOf = async (...args: string[]) => {
  const r = await run(...args, '--json');
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(async () => {
  const file = path.join(tmp.dir, 'fixture.json');
  writeFileSync(file, JSON.stringify(fixtureLedger()));
  const r = await run('import', file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(() => tmp.cleanup());

const edges = (g: { edges: Array<{ source: string; target: string; attributes: { predicate: string } }> }) =>
  g.edges.map((e) => `${e.source} ${e.attributes.predicate} ${e.target}`).sort();

describe('the network as of a date', () => {
  it('honours validity, month precision, proposed claims and deaths', async () => {
    const before = JSON.parse((await run('graph', '--as-of', '2014-07')).stdout);
    expect(edges(before)).not.toContain('ent_jua splinter_of ent_ttp');
    const august = JSON.parse((await run('graph', '--as-of', '2014-08-01')).stdout);
    expect(edges(august)).toContain('ent_jua splinter_of ent_ttp');
    const y2015 = JSON.parse((await run('graph', '--as-of', '2015-06')).stdout);
    expect(edges(y2015)).toContain('ent_hsk leader_of ent_iskp');
    const afterDeath = JSON.parse((await run('graph', '--as-of', '2016-08-15', '--include-proposed')).stdout);
    expect(edges(afterDeath)).not.toContain('ent_hsk leader_of ent_iskp');
    expect(edges(afterDeath)).toContain('ent_hasib leader_of ent_iskp');
    const accepted = JSON.parse((await run('graph', '--as-of', '2016-08-15')).stdout);
    expect(edges(accepted)).not.toContain('ent_hasib leader_of ent_iskp');
  });

  it('writes GraphML and GEXF with time intervals', async () => {
    const gexf = (await run('graph', '--format', 'gexf')).stdout;
    expect(gexf).toMatch(/<gexf[^>]*>/);
    expect(gexf).toMatch(/start="2014-08/);
    const graphml = (await run('graph', '--format', 'graphml')).stdout;
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('splinter_of');
    expect((await run('graph', '--format', 'dot')).code).toBe(2);
  });
});

describe('questions with evidence', () => {
  it('finds the path from a splinter to the Islamic State with quotes', async () => {
    const { paths, claims } = await jsonOf('path', 'JuA', 'Islamic State', '--as-of', '2015-06');
    expect(paths[0].nodes).toEqual(['ent_jua', 'ent_ttp', 'ent_hsk', 'ent_iskp', 'ent_is']);
    expect(claims.map((c: { id: string }) => c.id).sort()).toEqual(['clm_branch', 'clm_hsk_leads', 'clm_hsk_ttp', 'clm_split']);
    const text = await run('path', 'Jamaat-ul-Ahrar', 'Islamic State');
    expect(text.stdout).toContain('“Jamaat-ul-Ahrar broke away');
  });

  it('ranks, groups and lists neighbours', async () => {
    const ranked = await jsonOf('rank', '--metric', 'degree', '--include-proposed');
    expect(ranked[0].node).toBe('ent_iskp');
    expect(ranked[0].claims.length).toBe(3);
    for (const metric of ['betweenness', 'pagerank', 'eigenvector']) expect((await jsonOf('rank', '--metric', metric)).length).toBeGreaterThan(0);
    expect((await run('rank', '--metric', 'fame')).code).toBe(2);
    const hood = await jsonOf('neighbours', 'Khorasan Province', '--hops', '1');
    expect(hood.nodes.map((n: { node: string }) => n.node).sort()).toEqual(['ent_hsk', 'ent_is', 'ent_iskp']);
    const groups = await jsonOf('communities');
    expect(groups.communities.flatMap((c: { members: unknown[] }) => c.members)).toHaveLength(6);
  });

  it('tells what changed and shows a timeline', async () => {
    const changes = await jsonOf('changes', '--from', '2016-01', '--to', '2016-12');
    expect(changes.map((c: { kind: string }) => c.kind)).toContain('leader_killed');
    expect((await run('changes', '--from', '2017', '--to', '2016')).code).toBe(2);
    const items = await jsonOf('timeline', 'Hafiz Saeed Khan');
    expect(items.some((i: { date: string }) => i.date === '2016-07-26')).toBe(true);
  });

  it('lists a claim and its denial, and sources that disagree on a toll', async () => {
    const disputes = await jsonOf('disputes');
    const kinds = disputes.map((d: { kind: string }) => d.kind);
    expect(kinds).toContain('denial');
    expect(kinds).toContain('event_counts');
    const counts = disputes.find((d: { kind: string }) => d.kind === 'event_counts');
    expect(counts.items.map((i: { evidence: Array<{ quote: string }> }) => i.evidence[0]!.quote).join(' ')).toMatch(/70[\s\S]*74|74[\s\S]*70/);
  });
});

describe('curation and review', () => {
  it('merges reversibly and remembers the decision', async () => {
    const merge = await jsonOf('merge', 'Islamic State Khorasan Province', 'Islamic State', '--reason', 'test merge', '--by', 'tester');
    expect((await jsonOf('show', 'Islamic State Khorasan Province')).entity.id).toBe('ent_is');
    const history = await jsonOf('merges');
    expect(history[0]).toMatchObject({ source: 'ent_iskp', target: 'ent_is', actor: 'tester', reason: 'test merge' });
    expect((await run('unmerge', merge.id)).code).toBe(0);
    expect((await jsonOf('show', 'Islamic State Khorasan Province')).entity.id).toBe('ent_iskp');
    const decided = await jsonOf('same-as');
    expect(decided.find((c: { a: string; b: string }) => [c.a, c.b].sort().join() === 'ent_is,ent_iskp').decision).toBe('different');
    expect((await run('merge', 'Quetta', 'Islamic State', '--reason', 'x')).code).toBe(2);
  });

  it('splits an actor by document and renames', async () => {
    const split = await jsonOf('split', 'Hafiz Saeed Khan', '--documents', 'doc_fixture2', '--name', 'Hafiz Saeed Khan (second report)');
    expect(split).toMatchObject({ mentions: 1, events: 1 });
    const original = await jsonOf('show', 'ent_hsk');
    expect(original.entity.mentions.every((m: { document: string }) => m.document === 'doc_fixture1')).toBe(true);
    expect((await run('rename', split.id, 'Saeed Khan (2)')).code).toBe(0);
    expect((await jsonOf('show', split.id)).entity.name).toBe('Saeed Khan (2)');
  });

  it('accepts, rejects, disputes and grades claims and sources', async () => {
    expect((await run('accept', 'clm_hasib_leads')).code).toBe(0);
    expect((await jsonOf('claims', '--status', 'accepted')).map((c: { id: string }) => c.id)).toContain('clm_hasib_leads');
    expect((await run('reject', 'clm_is_pk')).code).toBe(0);
    expect((await run('grade', 'clm_split', '--credibility', '2', '--confidence', '0.9')).code).toBe(0);
    const graded = (await jsonOf('claims')).find((c: { id: string }) => c.id === 'clm_split');
    expect(graded).toMatchObject({ credibility: 2, confidence: 0.9 });
    expect((await run('grade', 'clm_split', '--credibility', '9')).code).toBe(2);
    expect((await run('accept', 'clm_nope')).code).toBe(3);
    expect((await run('grade-source', 'doc_fixture1', 'b')).code).toBe(0);
    expect(JSON.parse((await run('export')).stdout).documents.find((d: { id: string }) => d.id === 'doc_fixture1').reliability).toBe('B');
    const review = await run('review');
    expect(review.code).toBe(2);
    expect(review.stderr).toMatch(/interactive terminal/);
  });
});

describe('STIX 2.1', () => {
  it('exports a bundle with TLP markings and imports it back into an empty store', async () => {
    const bundlePath = path.join(tmp.dir, 'bundle.json');
    expect((await run('export', '--format', 'stix', '--out', bundlePath)).code).toBe(0);
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.some((o: { id: string }) => o.id === 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487')).toBe(true);
    expect(bundle.objects.some((o: { type: string; relationship_type?: string }) => o.type === 'relationship' && o.relationship_type === 'splinter-of')).toBe(true);
    const other = path.join(tmp.dir, 'from-stix.db');
    const imported = await cli('import', bundlePath, '--db', other);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const again = path.join(tmp.dir, 'again.json');
    expect((await cli('export', '--format', 'stix', '--db', other, '--out', again)).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(bundlePath, 'utf8'));
  });

  it('keeps what a foreign bundle holds and exports it again', async () => {
    const apt1 = path.join(REPO, '../shared/data/stix/oasis_cti-documentation_apt1.json');
    const other = path.join(tmp.dir, 'apt1.db');
    const imported = await cli('import', apt1, '--db', other);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/kept \d+ STIX objects from other producers verbatim/);
    const out = path.join(tmp.dir, 'apt1-again.json');
    expect((await cli('export', '--format', 'stix', '--db', other, '--out', out)).code).toBe(0);
    const ids = new Set(JSON.parse(readFileSync(out, 'utf8')).objects.map((o: { id: string }) => o.id));
    const original = JSON.parse(readFileSync(apt1, 'utf8')).objects as Array<{ id: string }>;
    expect(original.filter((o) => !ids.has(o.id))).toEqual([]);
  });
});

describe('incident datasets', () => {
  it('imports a GTD-layout table, aggregates it and exports it back', async () => {
    const other = path.join(tmp.dir, 'gtd.db');
    const sample = path.join(REPO, 'examples/datasets/gtd-sample.csv');
    const imported = await cli('import', sample, '--db', other, '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report.layout).toBe('gtd');
    expect(report.events).toBeGreaterThanOrEqual(50);
    expect((await cli('import', sample, '--db', other)).stdout).toMatch(/already imported/);
    const byProvince = JSON.parse((await cli('aggregate', '--by', 'province', '--year', '2016', '--db', other, '--json')).stdout);
    expect(byProvince.reduce((n: number, r: { incidents: number }) => n + r.incidents, 0)).toBeGreaterThan(0);
    const exported = (await cli('export', '--format', 'gtd', '--db', other)).stdout;
    expect(exported.split('\n')[0]).toMatch(/^eventid,iyear,imonth,iday/);
    expect(exported.trim().split('\n').length).toBe(report.events + 1);
    expect((await cli('aggregate', '--by', 'colour', '--db', other)).code).toBe(2);
  });
});

describe('filters by grading', () => {
  it('filters claims and the graph by confidence and credibility', async () => {
    const db2 = path.join(tmp.dir, 'grading.db');
    const file = path.join(tmp.dir, 'grading.json');
    const ledger = fixtureLedger();
    ledger.claims.find((c) => c.id === 'clm_branch')!.confidence = 0.3;
    writeFileSync(file, JSON.stringify(ledger));
    expect((await cli('import', file, '--db', db2)).code).toBe(0);
    const high = JSON.parse((await cli('claims', '--db', db2, '--min-confidence', '0.5', '--json')).stdout);
    expect(high.map((c: { id: string }) => c.id)).not.toContain('clm_branch');
    expect((await cli('grade', 'clm_split', '--credibility', '2', '--db', db2)).code).toBe(0);
    const credible = JSON.parse((await cli('claims', '--db', db2, '--max-credibility', '2', '--json')).stdout);
    expect(credible.map((c: { id: string }) => c.id)).toEqual(['clm_split']);
    const path1 = JSON.parse((await cli('path', 'JuA', 'Islamic State', '--db', db2, '--min-confidence', '0.5', '--json')).stdout);
    expect(path1.paths).toEqual([]);
  });
});
