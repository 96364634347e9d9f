/**
 * The web app's chart layout (web/src/layout.ts) is pure, so it is tested here in
 * Node: the chart's promise that nodes never move depends on it being deterministic.
 */
import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../web/src/layout.js';

const nodes = Array.from({ length: 40 }, (_, i) => `n${i}`);
// Two stars and a chain, plus isolated pairs: the shape of a young ledger.
const edges: Array<[string, string]> = [
  ...Array.from({ length: 8 }, (_, i): [string, string] => ['n0', `n${i + 1}`]),
  ...Array.from({ length: 6 }, (_, i): [string, string] => ['n10', `n${i + 11}`]),
  ...Array.from({ length: 6 }, (_, i): [string, string] => [`n${i + 20}`, `n${i + 21}`]),
  ['n30', 'n31'], ['n32', 'n33'], ['n34', 'n35'],
];
const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  it('gives the same positions whatever the input order', () => {
    const a = forceLayout(nodes, edges);
    const b = forceLayout([...nodes].reverse(), [...edges].reverse());
    for (const n of nodes) expect(b.get(n)).toEqual(a.get(n));
  });

  it('places linked nodes closer than unlinked ones, with no two nodes on top of each other', () => {
    const p = forceLayout(nodes, edges);
    for (const n of nodes) { expect(Number.isFinite(p.get(n)!.x)).toBe(true); expect(Number.isFinite(p.get(n)!.y)).toBe(true); }
    const linked = edges.map(([s, t]) => dist(p.get(s)!, p.get(t)!));
    const all: number[] = [];
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) all.push(dist(p.get(nodes[i]!)!, p.get(nodes[j]!)!));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all) / 2);
    expect(Math.min(...all)).toBeGreaterThan(0.05 * Math.max(...all));
  });
});
