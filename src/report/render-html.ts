/**
 * Lays a brief out as one self-contained HTML page: inline CSS and SVG, the TLP
 * marking banner at top and bottom, print rules for A4 with page numbers.
 */
import type { Brief, Statement } from './brief-model.js';
import { barChartSvg, escapeXml as esc, networkSvg } from './svg.js';
import { periodOf } from './render-markdown.js';

const BANNER: Readonly<Record<string, string>> = {
  'TLP:CLEAR': '#ffffff;color:#000;border:1px solid #000', 'TLP:GREEN': '#33ff00;color:#000', 'TLP:AMBER': '#ffc000;color:#000',
  'TLP:AMBER+STRICT': '#ffc000;color:#000', 'TLP:RED': '#ff2b2b;color:#000',
};

const refs = (ns: readonly number[]) => ns.map((n) => `<sup><a href="#fn${n}">[${n}]</a></sup>`).join('');
const li = (s: Statement) => `<li>${esc(s.text)}${refs(s.notes)}</li>`;
const list = (items: readonly Statement[], empty: string) => (items.length === 0 ? `<p>${esc(empty)}</p>` : `<ul>${items.map(li).join('')}</ul>`);

const CSS = `
body{font-family:Georgia,serif;max-width:60em;margin:1em auto;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.4em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 8px;text-align:left}
.marking{font:bold 12px sans-serif;text-align:center;padding:3px;margin:0 0 1em}
.marking.bottom{margin:1.5em 0 0}
ol.sources li{margin-bottom:.3em}blockquote{margin:0}svg{max-width:100%;height:auto}
@page{size:A4;margin:18mm 14mm;@bottom-center{content:counter(page) " / " counter(pages)}}
@media print{body{max-width:none;margin:0}h2{page-break-after:avoid}svg{page-break-inside:avoid}}
`;

export function renderHtml(b: Brief): string {
  const banner = (where: string) => `<div class="marking ${where}" style="background:${BANNER[b.marking] ?? '#fff'}">${esc(b.marking)}</div>`;
  const nodeName = (id: string) => b.network.nodes.find((x) => x.id === id)?.name ?? id;
  const parts = [
    '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', `<title>${esc(b.title)}</title>`, `<style>${CSS}</style>`, '</head><body>',
    banner('top'), `<h1>${esc(b.title)}</h1>`, `<p>Period: ${esc(periodOf(b))}</p>`,
    '<h2>Summary figures</h2><table><tr><th>Figure</th><th>Count</th></tr>',
    ...b.figures.map((f) => `<tr><td>${esc(f.label)}</td><td>${f.value}${refs(f.notes)}</td></tr>`), '</table>',
    '<h2>Allegiance map</h2>', networkSvg(b.network.nodes, b.network.edges),
    b.network.edges.length === 0 ? '<p>No relations hold in this period.</p>'
      : `<ul>${b.network.edges.map((e) => `<li>${esc(nodeName(e.source))} — ${esc(e.label)} → ${esc(nodeName(e.target))}</li>`).join('')}</ul>`,
    '<h2>Leadership timeline</h2>', list(b.leadership, 'No leadership records in this period.'),
    '<h2>Cells and incidents by province</h2>',
  ];
  if (b.provinces.length > 0) {
    parts.push('<table><tr><th>Province</th><th>Incidents</th><th>Killed</th></tr>',
      ...b.provinces.map((r) => `<tr><td>${esc(r.province)}</td><td>${r.incidents}</td><td>${r.killed}</td></tr>`), '</table>',
      barChartSvg(b.provinces.map((r) => ({ label: r.province, value: r.incidents }))));
  }
  parts.push(list(b.incidents, 'No incidents in this period.'));
  if (b.since) parts.push(`<h2>What changed since ${esc(b.since)}</h2>`, list(b.changes, 'No changes recorded.'));
  parts.push('<h2>Disputed points</h2>', b.disputes.length === 0 ? '<p>No disputes.</p>'
    : `<ul>${b.disputes.map((d) => `<li>${esc(d.text)}<ul>${d.sides.map(li).join('')}</ul></li>`).join('')}</ul>`);
  parts.push('<h2>Sources</h2><ol class="sources">',
    ...b.footnotes.map((f) => `<li id="fn${f.n}">${esc(f.title)} — <q>${esc(f.quote.replace(/\s+/g, ' '))}</q></li>`), '</ol>',
    banner('bottom'), '</body></html>');
  return parts.join('\n');
}
