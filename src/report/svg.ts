/**
 * Small deterministic SVG drawings for the brief: the allegiance network on a circle
 * (nodes sorted by id, so the same ledger always draws the same picture) and a
 * horizontal bar chart. No scripts, no external references: safe to inline and print.
 */
import type { NetworkEdge, NetworkNode } from './brief-model.js';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const COLOURS: Readonly<Record<string, string>> = {
  organization: '#c0392b', person: '#2c7fb8', place: '#31a354', event: '#756bb1',
};

export function networkSvg(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): string {
  const w = 720, h = 520, cx = w / 2, cy = h / 2, r = Math.min(w, h) / 2 - 90;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return [n.id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) }];
  }));
  const f = (v: number) => v.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Allegiance network">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
  ];
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    parts.push(`<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}" stroke="#888" stroke-width="1.2" marker-end="url(#arrow)"/>`);
    parts.push(`<text x="${f((a.x + b.x) / 2)}" y="${f((a.y + b.y) / 2 - 3)}" font-size="10" fill="#444" text-anchor="middle">${escapeXml(e.label)}</text>`);
  }
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    parts.push(`<circle cx="${f(p.x)}" cy="${f(p.y)}" r="9" fill="${COLOURS[n.type] ?? '#999'}" stroke="#222" stroke-width="0.8"/>`);
    const anchor = p.x < cx - 5 ? 'end' : p.x > cx + 5 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -13 : anchor === 'start' ? 13 : 0;
    // Labels at the top and bottom of the circle sit above or below the node, not on it.
    const dy = anchor !== 'middle' ? 4 : p.y < cy ? -14 : 24;
    parts.push(`<text x="${f(p.x + dx)}" y="${f(p.y + dy)}" font-size="12" text-anchor="${anchor}">${escapeXml(n.name)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export function barChartSvg(rows: ReadonlyArray<{ label: string; value: number }>): string {
  const bar = 20, w = 620, left = 180, max = Math.max(1, ...rows.map((r) => r.value));
  const h = rows.length * (bar + 6) + 10;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Incidents by province">`];
  rows.forEach((r, i) => {
    const y = 5 + i * (bar + 6);
    const len = ((w - left - 60) * r.value) / max;
    parts.push(`<text x="${left - 8}" y="${y + 14}" font-size="12" text-anchor="end">${escapeXml(r.label)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${len.toFixed(1)}" height="${bar}" fill="#c0392b"/>`);
    parts.push(`<text x="${(left + len + 6).toFixed(1)}" y="${y + 14}" font-size="12">${r.value}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
