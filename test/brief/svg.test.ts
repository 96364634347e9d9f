/** The SVG drawings are deterministic, escape labels and colour nodes by type. */
import { describe, expect, it } from 'vitest';
import { barChartSvg, networkSvg } from '../../src/report/index.js';

const nodes = [
  { id: 'a', name: 'Group <A> & co', type: 'organization' },
  { id: 'b', name: 'Someone', type: 'person' },
];
const edges = [{ source: 'b', target: 'a', label: 'leader of' }];

describe('svg', () => {
  it('draws the same network the same way, escaped and coloured by type', () => {
    const svg = networkSvg(nodes, edges);
    expect(networkSvg(nodes, edges)).toBe(svg);
    expect(svg).toContain('Group &lt;A&gt; &amp; co');
    expect(svg).toContain('leader of');
    expect(new Set(svg.match(/fill="#[0-9a-f]{6}"(?= stroke="#222")/g))).toHaveProperty('size', 2);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('scales bars to the largest value', () => {
    const svg = barChartSvg([{ label: 'X', value: 4 }, { label: 'Y', value: 2 }]);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeCloseTo(widths[1]! * 2);
  });
});
