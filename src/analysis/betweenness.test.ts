import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { ledger } from '../graph/ledger-fixture.js';
import { projectGraph } from '../graph/project.js';
import { betweenness } from './betweenness.js';
import { cjsDefault } from './cjs-interop.js';
import { collapse, seededRandom } from './collapse.js';

const reference = cjsDefault(betweennessModule);

describe('betweenness', () => {
  it('agrees with graphology-metrics on a random graph', () => {
    const L = ledger();
    const r = seededRandom(5);
    const ids = Array.from({ length: 60 }, (_, i) => L.org(`g${i}`));
    for (let i = 0; i < 150; i++) L.claim(ids[Math.floor(r() * 60)]!, 'allied_with', ids[Math.floor(r() * 60)]!);
    const simple = collapse(projectGraph(L.input()));
    const ours = betweenness(simple);
    const theirs = reference(simple, { normalized: true, getEdgeWeight: null });
    for (const n of simple.nodes()) expect(ours[n]).toBeCloseTo(theirs[n]!, 10);
    const raw = betweenness(simple, { normalized: false });
    const rawTheirs = reference(simple, { normalized: false, getEdgeWeight: null });
    for (const n of simple.nodes()) expect(raw[n]).toBeCloseTo(rawTheirs[n]!, 8);
  });
});
