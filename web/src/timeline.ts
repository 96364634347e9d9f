/**
 * The timeline of one entity: its relations as bars over their validity intervals
 * and its events as dots, on a horizontal SVG axis with year ticks. Open ends run to
 * the edge of the axis and fade; undated relations are listed, not drawn.
 * The same facts follow as a list for screen readers and keyboard users.
 */
import { get, enc, type Timeline } from './api.js';
import { h, svg, clear, showError } from './dom.js';
import { predicateLabel, span, STATUS_COLOURS, typeColour } from './labels.js';
import { evidenceHref } from './profile.js';
import { entityName, graphAllTime } from './state.js';
import type { RouteParams, View } from './view.js';
import { go } from './view.js';

const DAY = 86_400_000;
const t = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export function createTimeline(): View {
  const el = h('section', { class: 'view view-timeline', 'aria-labelledby': 'timeline-title' });

  async function picker(selectedId: string | null): Promise<HTMLElement> {
    const all = await graphAllTime();
    const select = h('select', { id: 'timeline-entity' }, h('option', { value: '' }, 'Choose an entity…'),
      ...[...all.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((n) => h('option', { value: n.id, selected: n.id === selectedId }, `${n.name} (${n.type ?? '?'})`)));
    select.addEventListener('change', () => { if (select.value) go(`#/timeline/${enc(select.value)}`); });
    return h('p', {}, h('label', { for: 'timeline-entity' }, 'Entity '), select);
  }

  function chart(tl: Timeline, self: string): SVGSVGElement | HTMLElement {
    const dated = tl.relations.filter((r) => r.from || r.to);
    const days = [...dated.flatMap((r) => [r.from, r.to]), ...tl.events.map((e) => e.day)].filter((d): d is string => Boolean(d));
    if (days.length === 0) return h('p', {}, 'Nothing dated to draw.');
    days.sort();
    const lo = t(days[0]!) - 180 * DAY;
    const hi = t(days[days.length - 1]!) + 180 * DAY;
    const W = 900, left = 220, right = 20, rowH = 22, top = 30;
    const rows = dated.length + (tl.events.length ? 1 : 0);
    const H = top + rows * rowH + 24;
    const x = (ms: number): number => left + ((ms - lo) / (hi - lo)) * (W - left - right);
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-labelledby': 'timeline-svg-title', class: 'timeline-svg' },
      svg('title', { id: 'timeline-svg-title' }, document.createTextNode('Relations and events over time')));
    root.append(svg('line', { x1: left, x2: W - right, y1: top - 6, y2: top - 6, stroke: '#6b7280' }));
    for (let y = new Date(lo).getUTCFullYear() + 1; t(`${y}-01-01`) < hi; y++) {
      const xx = x(t(`${y}-01-01`));
      root.append(svg('line', { x1: xx, x2: xx, y1: top - 8, y2: H - 10, stroke: '#d1d5db' }),
        svg('text', { x: xx + 3, y: top - 12, 'font-size': 11, fill: '#374151' }, document.createTextNode(String(y))));
    }
    dated.forEach((r, i) => {
      const y = top + i * rowH;
      const a = x(r.from ? t(r.from) : lo);
      const b = x(r.to ? t(r.to) + DAY : hi);
      const label = r.direction === 'out' ? `${r.negated ? 'not ' : ''}${predicateLabel(r.predicate)} ${r.other.name}` : `${r.other.name} ${r.negated ? 'not ' : ''}${predicateLabel(r.predicate)} ${self}`;
      const link = svg('a', { href: `#/entity/${enc(r.other.id)}` },
        svg('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 12, fill: '#111827' }, document.createTextNode(label.length > 34 ? `${label.slice(0, 33)}…` : label)),
        svg('rect', { x: a, y: y + 4, width: Math.max(3, b - a), height: 12, rx: 2, fill: STATUS_COLOURS[r.status] ?? '#334155', opacity: r.from && r.to ? 1 : 0.6 },
          svg('title', {}, document.createTextNode(`${label} (${span(r.valid_from, r.valid_to)}, ${r.status})`))));
      root.append(link);
    });
    const undated = tl.relations.length - dated.length;
    if (undated > 0) root.append(svg('text', { x: W - right, y: H - 2, 'text-anchor': 'end', 'font-size': 11, fill: '#4b5563' }, document.createTextNode(`${undated} undated relation(s): see the list below`)));
    if (tl.events.length) {
      const y = top + dated.length * rowH;
      root.append(svg('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 12, fill: '#111827' }, document.createTextNode('Events')));
      for (const e of tl.events.filter((ev) => ev.day)) {
        const dot = svg('circle', { cx: x(t(e.day!)), cy: y + 10, r: 4 + Math.sqrt(e.killed ?? 0), fill: '#7c3aed', 'fill-opacity': 0.7, class: 'timeline-event' },
          svg('title', {}, document.createTextNode(`${e.date} ${e.type}${e.killed !== null ? `, ${e.killed} killed` : ''}`)));
        root.append(e.evidence ? svg('a', { href: evidenceHref(e.evidence) }, dot) : dot);
      }
    }
    return root;
  }

  return {
    el,
    async show(params: RouteParams) {
      try {
        clear(el);
        el.append(h('h1', { id: 'timeline-title' }, 'Timeline'), await picker(params.id));
        if (!params.id) return;
        const [tl, who] = await Promise.all([get<Timeline>(`/api/timeline?entity=${enc(params.id)}`), entityName(params.id)]);
        el.querySelector('h1')!.textContent = `Timeline of ${who.name}`;
        el.append(h('div', { class: 'timeline-chart', style: `border-left: 4px solid ${typeColour(who.type)}` }, chart(tl, who.name)),
          h('h2', {}, 'Relations'), h('ol', { class: 'timeline-list' }, ...tl.relations.map((r) => h('li', {},
            `${span(r.from, r.to) || 'undated'}: ${r.direction === 'out' ? '' : `${r.other.name} `}${r.negated ? 'not ' : ''}${predicateLabel(r.predicate)} `,
            r.direction === 'out' ? h('a', { href: `#/entity/${enc(r.other.id)}` }, r.other.name) : who.name, ` (${r.status})`,
            r.evidence ? [' ', h('a', { href: evidenceHref(r.evidence) }, 'source')] : []))),
          h('h2', {}, 'Events'), h('ol', { class: 'timeline-list' }, ...tl.events.map((e) => h('li', {},
            `${e.date ?? 'undated'}: ${e.type.replace(/_/g, ' ')} (${e.roles.join(', ').replace(/_/g, ' ')})${e.killed !== null ? `, ${e.killed} killed` : ''}`,
            e.evidence ? [' ', h('a', { href: evidenceHref(e.evidence) }, 'source')] : []))));
      } catch (e) { showError((e as Error).message); }
    },
  };
}
