/**
 * Statistics and briefs: incidents and fatalities by province, group or attack type
 * (a table and a bar chart drawn from /api/aggregates), and a form that writes a
 * sourced brief (/api/brief) as HTML, Markdown or PDF.
 */
import { get, enc } from './api.js';
import { h, svg, clear, showError } from './dom.js';
import type { View } from './view.js';

interface AggregateRow { key: string; year: number | null; incidents: number; killed: number; injured: number }

const BAR_W = 560;

function chart(rows: readonly AggregateRow[]): SVGSVGElement {
  const top = rows.slice(0, 15);
  const max = Math.max(1, ...top.map((r) => r.killed));
  const rowH = 22;
  const el = svg('svg', { width: BAR_W + 230, height: top.length * rowH + 10, role: 'img', 'aria-label': 'Fatalities by key (bar chart; the table below has the same figures)' });
  top.forEach((r, i) => {
    const y = i * rowH + 5;
    const w = Math.max(1, Math.round((r.killed / max) * BAR_W));
    el.append(
      svg('text', { x: 0, y: y + 14, 'font-size': 12, fill: 'currentColor' }, document.createTextNode(`${r.key}${r.year ? ` ${r.year}` : ''}`.slice(0, 30))),
      svg('rect', { x: 200, y, width: w, height: rowH - 6, fill: '#b91c1c', rx: 2 }),
      svg('text', { x: 205 + w, y: y + 14, 'font-size': 12, fill: 'currentColor' }, document.createTextNode(String(r.killed))),
    );
  });
  return el;
}

function table(rows: readonly AggregateRow[], by: string): HTMLTableElement {
  return h('table', { class: 'table' },
    h('caption', { text: `Incidents and fatalities by ${by}` }),
    h('thead', {}, h('tr', {}, ...[by, 'year', 'incidents', 'killed', 'injured'].map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('td', { text: r.key }), h('td', { text: r.year ?? '' }),
      h('td', { text: r.incidents }), h('td', { text: r.killed }), h('td', { text: r.injured })))));
}

export function createPublish(): View {
  const by = h('select', { id: 'agg-by', 'aria-label': 'Group incidents by' },
    ...['province', 'group', 'type'].map((v) => h('option', { value: v, text: v })));
  const byYear = h('input', { type: 'checkbox', id: 'agg-year' });
  const result = h('div', { id: 'aggregates', 'aria-live': 'polite' });
  const refresh = async () => {
    try {
      const rows = await get<AggregateRow[]>(`/api/aggregates?by=${enc(by.value)}&byYear=${byYear.checked}`);
      clear(result);
      result.append(rows.length ? chart(rows) : h('p', { text: 'No events in the store yet.' }), table(rows, by.value));
    } catch (e) { showError((e as Error).message); }
  };
  by.addEventListener('change', () => void refresh());
  byYear.addEventListener('change', () => void refresh());

  const topic = h('input', { id: 'brief-topic', placeholder: 'entity id (optional)', size: 28 });
  const asOf = h('input', { id: 'brief-asof', placeholder: 'YYYY[-MM[-DD]]', size: 12 });
  const since = h('input', { id: 'brief-since', placeholder: 'YYYY[-MM[-DD]]', size: 12 });
  const briefUrl = (format: string) => {
    const q = new URLSearchParams({ format });
    if (topic.value.trim()) q.set('topic', topic.value.trim());
    if (asOf.value.trim()) q.set('asOf', asOf.value.trim());
    if (since.value.trim()) q.set('since', since.value.trim());
    return `/api/brief?${q}`;
  };
  const open = (format: string) => () => { window.open(briefUrl(format), '_blank', 'noopener'); };

  const el = h('section', { class: 'view', 'aria-labelledby': 'publish-title' },
    h('h1', { id: 'publish-title', text: 'Statistics and briefs' }),
    h('h2', { text: 'Write a sourced brief' }),
    h('p', { text: 'Every statement in the brief is generated from the store and footnoted to its quote; the TLP banner shows the most restrictive marking of what it cites.' }),
    h('div', { class: 'form-row' },
      h('label', { for: 'brief-topic', text: 'Topic ' }), topic,
      h('label', { for: 'brief-asof', text: ' As of ' }), asOf,
      h('label', { for: 'brief-since', text: ' Changes since ' }), since),
    h('div', { class: 'form-row' },
      h('button', { type: 'button', id: 'brief-html', onclick: open('html'), text: 'Open brief (HTML)' }),
      h('button', { type: 'button', onclick: open('pdf'), text: 'Download PDF' }),
      h('button', { type: 'button', onclick: open('md'), text: 'Markdown' })),
    h('h2', { text: 'Incidents and fatalities' }),
    h('div', { class: 'form-row' }, h('label', { for: 'agg-by', text: 'By ' }), by, ' ', byYear, h('label', { for: 'agg-year', text: ' by year' })),
    result);
  return { el, show: () => refresh() };
}
