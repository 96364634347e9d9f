/**
 * The benchmark's report must compare like with like (ratio against the baseline at the
 * same size) and must update its own section of docs/benchmarks.md without touching others.
 */
import { describe, expect, it } from 'vitest';
import { type Measurement, bestOf, replaceSection, section, table } from './bench-extract.js';

const m = (system: Measurement['system'], sizeMB: number, wordsPerSecond: number): Measurement => ({
  system, sizeMB, documents: 10, words: 1000, seconds: 1000 / wordsPerSecond, wordsPerSecond,
  baseRssMB: 100, peakRssMB: 150, items: 5, failures: 0, firstFailure: null,
});

describe('table', () => {
  it('gives each system its speed relative to compromise at the same corpus size', () => {
    const out = table([m('cellgraph', 1, 60_000), m('compromise', 1, 20_000), m('cellgraph', 5, 10_000), m('compromise', 5, 40_000)]);
    const rows = out.split('\n').slice(2);
    expect(rows[0]).toMatch(/^\| 1 MB \| cellgraph .*\| 3\.00× \|$/);
    expect(rows[1]).toMatch(/^\| 1 MB \| compromise .*\| 1\.00× \|$/);
    expect(rows[2]).toMatch(/^\| 5 MB \| cellgraph .*\| 0\.25× \|$/);
  });

  it('says n/a when the baseline was not measured', () => {
    expect(table([m('cellgraph', 20, 5000)])).toMatch(/\| n\/a \|$/);
  });
});

describe('replaceSection', () => {
  const fresh = section([m('compromise', 1, 20_000)], [{ system: 'cellgraph', sizeMB: 1, error: 'missing' }], 1);

  it('creates the file with a heading when there is none', () => {
    const out = replaceSection(null, fresh);
    expect(out.startsWith('# Benchmarks\n\n<!-- bench:extract:start -->')).toBe(true);
    expect(out).toContain('cellgraph at 1 MB was not measured: missing');
  });

  it('replaces only its own section and keeps what surrounds it', () => {
    const before = '# Benchmarks\n\n## Store\n\nfast\n\n<!-- bench:extract:start -->\nold table\n<!-- bench:extract:end -->\n\n## Graph\n\nslow\n';
    const out = replaceSection(before, fresh);
    expect(out).not.toContain('old table');
    expect(out).toContain('## Store\n\nfast');
    expect(out).toContain('## Graph\n\nslow');
    expect(out.match(/bench:extract:start/g)).toHaveLength(1);
  });

  it('appends when the markers are absent', () => {
    const out = replaceSection('# Benchmarks\n\n## Store\n\nfast\n', fresh);
    expect(out.indexOf('## Store')).toBeLessThan(out.indexOf('## Extraction throughput'));
  });
});

describe('bestOf', () => {
  it('keeps the fastest run but the largest peak memory', async () => {
    const runs = [{ ...m('compromise', 1, 10_000), peakRssMB: 300 }, m('compromise', 1, 30_000), m('compromise', 1, 20_000)];
    const r = await bestOf(3, async () => runs.shift()!);
    expect('error' in r).toBe(false);
    expect(r).toMatchObject({ wordsPerSecond: 30_000, peakRssMB: 300 });
  });

  it('stops at the first failure', async () => {
    let calls = 0;
    const r = await bestOf(3, async () => { calls += 1; return { system: 'cellgraph', sizeMB: 1, error: 'boom' }; });
    expect(r).toEqual({ system: 'cellgraph', sizeMB: 1, error: 'boom' });
    expect(calls).toBe(1);
  });
});
